import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { DoneView } from "../../state/followUpView";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  picks: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  when: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface DoneDialogProps {
  /** Stays mounted while closed (with the last form), as the pane's own dialogs do. */
  open: boolean;
  done: DoneView;
  onEdit(patch: { nextStep?: string; date?: string; time?: string }): void;
  onSave(): void;
  onCopy(text: string): void;
  onClose(): void;
}

/** "Done…": log the touch and set the next step, its day (quick picks) and an optional promised time. */
export function DoneDialog({ open, done, onEdit, onSave, onCopy, onClose }: DoneDialogProps): React.JSX.Element {
  const styles = useStyles();
  const saved = done.promise !== undefined;
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="done-explain" data-testid="done-dialog">
        <DialogBody>
          <DialogTitle>{saved ? `Next step saved: ${done.prospect}` : `Done with ${done.prospect}?`}</DialogTitle>
          <DialogContent>
            {saved ? (
              <div className={styles.form}>
                <span id="done-explain">Tell {done.prospect} when you will follow up:</span>
                <MessageBar intent="success">
                  <MessageBarBody data-testid="promise-sentence">{done.promise}</MessageBarBody>
                </MessageBar>
              </div>
            ) : (
              <form
                className={styles.form}
                onSubmit={(e) => {
                  e.preventDefault();
                  onSave();
                }}
              >
                <span id="done-explain">Logs this contact and writes the next step into row {done.row}.</span>
                <Field
                  label="Next step"
                  required
                  validationMessage={done.error}
                  validationState={done.error ? "error" : "none"}
                >
                  <Input
                    value={done.nextStep}
                    onChange={(_, d) => onEdit({ nextStep: d.value })}
                    placeholder="e.g. Call Monday 10am about pricing"
                    data-testid="done-step"
                  />
                </Field>
                <div className={styles.picks} role="group" aria-label="Quick picks for the date">
                  {done.picks.map((p) => (
                    <Button
                      key={p.label}
                      size="small"
                      appearance={done.date === p.date ? "primary" : "secondary"}
                      aria-pressed={done.date === p.date}
                      onClick={() => onEdit({ date: p.date })}
                    >
                      {p.label}
                    </Button>
                  ))}
                </div>
                <div className={styles.when}>
                  <Field label="Date" required>
                    <Input
                      type="date"
                      value={done.date}
                      onChange={(_, d) => onEdit({ date: d.value })}
                      data-testid="done-date"
                    />
                  </Field>
                  <Field label="Time (optional)">
                    <Input
                      type="time"
                      value={done.time}
                      onChange={(_, d) => onEdit({ time: d.value })}
                      data-testid="done-time"
                    />
                  </Field>
                </div>
              </form>
            )}
          </DialogContent>
          <DialogActions>
            {saved ? (
              <>
                <Button onClick={onClose}>Close</Button>
                <Button appearance="primary" onClick={() => onCopy(done.promise as string)} data-testid="copy-promise">
                  Copy promise
                </Button>
              </>
            ) : (
              <>
                <Button onClick={onClose}>Cancel</Button>
                <Button appearance="primary" disabled={done.saving} onClick={onSave} data-testid="done-save">
                  {done.saving ? "Saving…" : "Save"}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
