import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { RemindersStage } from "../state/model";
import type { PaneStore } from "../state/paneStore";
import { plural } from "../state/wording";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingVerticalXS },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "30vh", overflowY: "auto" },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Stage({ stage }: { stage: RemindersStage }): React.JSX.Element {
  const styles = useStyles();
  switch (stage.kind) {
    case "closed":
    case "checking":
      return <Spinner label="Working out which reminders to make…" />;
    case "preview": {
      const { preview: p, availability: a } = stage;
      return (
        <>
          <div className={styles.counts} data-testid="reminders-preview">
            <Body1>
              <span className={styles.count}>{p.create}</span> to create
            </Body1>
            <Body1>
              <span className={styles.count}>{p.update}</span> to update
            </Body1>
            <Body1>
              <span className={styles.count}>{p.remove}</span> to remove
            </Body1>
            <Body1>
              <span className={styles.count}>{p.skipped.length}</span> skipped
            </Body1>
          </div>
          {a.graph ? null : (
            <MessageBar intent="info">
              <MessageBarBody>
                Can’t add events to Outlook directly: {a.reason} Download an .ics file instead; Outlook opens it.
              </MessageBarBody>
            </MessageBar>
          )}
          {p.skipped.length ? (
            <details>
              <summary>Why {plural(p.skipped.length, "prospect was", "prospects were")} skipped</summary>
              <ul className={styles.list}>
                {p.skipped.slice(0, 200).map((s) => (
                  <li key={`${s.row}`}>
                    {s.prospect} (row {s.row}): {s.why}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      );
    }
    case "running":
      return (
        <ProgressBar
          value={stage.progress.total ? stage.progress.done / stage.progress.total : undefined}
          aria-label="Creating reminders"
        />
      );
    case "done": {
      const r = stage.result;
      return (
        <>
          <MessageBar intent={r.failures.length ? "warning" : "success"}>
            <MessageBarBody>
              Created {r.created}, updated {r.updated}, removed {r.removed}.
              {r.failures.length ? ` ${plural(r.failures.length, "reminder")} failed.` : ""}
            </MessageBarBody>
          </MessageBar>
          {r.failures.length ? (
            <ul className={styles.list}>
              {r.failures.map((f, i) => (
                <li key={i}>
                  {f.prospect}: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      );
    }
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>{stage.message}</MessageBarBody>
        </MessageBar>
      );
  }
}

/** Lazily loaded: preview the reminders, then create them in Outlook, or take the .ics / Outlook link path. */
export default function RemindersDialog({
  store,
  stage,
}: {
  store: PaneStore;
  stage: RemindersStage;
}): React.JSX.Element {
  const styles = useStyles();
  const link = stage.kind === "preview" ? store.reminders.outlookLink() : null;
  const canRun =
    stage.kind === "preview" &&
    stage.availability.graph &&
    stage.preview.create + stage.preview.update + stage.preview.remove > 0;
  const failed = stage.kind === "done" && stage.result.failures.length > 0;
  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : store.reminders.close())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Create reminders</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 className={styles.muted}>
              One Outlook event per prospect’s next step, with a reminder before it.
            </Body1>
            <Stage stage={stage} />
            {link ? (
              <Link href={link} target="_blank" rel="noreferrer">
                Open in Outlook
              </Link>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={store.reminders.close}>Close</Button>
            {stage.kind === "preview" || stage.kind === "failed" ? (
              <Button onClick={() => void store.reminders.downloadIcs()}>Download .ics</Button>
            ) : null}
            {failed ? (
              <Button appearance="primary" onClick={() => void store.reminders.retry()}>
                Retry failed
              </Button>
            ) : null}
            {stage.kind === "preview" ? (
              <Button appearance="primary" disabled={!canRun} onClick={() => void store.reminders.run()}>
                Add to Outlook
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
