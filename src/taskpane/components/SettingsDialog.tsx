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
  Radio,
  RadioGroup,
  SpinButton,
  Switch,
  tokens,
} from "@fluentui/react-components";
import type { DateOrder } from "../../core/types";
import type { UserPreferences } from "../../excel/port";
import type { PaneStore } from "../state/paneStore";
import { parseClosedWords, validatePreferences } from "../state/preferencesForm";
import { DAY_BEFORE_TIME } from "../state/reminderLists";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Lazily loaded: the rep's own preferences (saved on this computer, not in the file). */
export default function SettingsDialog({ store, open }: { store: PaneStore; open: boolean }): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<UserPreferences>(() => store.get().prefs);
  const [closedText, setClosedText] = React.useState(() => draft.closedStatuses.join(", "));
  const patch = (p: Partial<UserPreferences>) => setDraft({ ...draft, ...p });
  const next = { ...draft, closedStatuses: parseClosedWords(closedText) };
  const problems = validatePreferences(next);
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : store.closePanel())}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!Object.keys(problems).length) void store.savePreferences(next);
          }}
        >
          <DialogBody>
            <DialogTitle>Settings</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label="Dates typed as text read as">
                <RadioGroup
                  value={draft.dateOrder}
                  onChange={(_, d) => patch({ dateOrder: d.value as DateOrder })}
                  layout="horizontal"
                >
                  <Radio value="MDY" label="M/D/Y" />
                  <Radio value="DMY" label="D/M/Y" />
                  <Radio value="YMD" label="Y-M-D" />
                </RadioGroup>
              </Field>
              <Field label="Follow-up time when a row has none" validationMessage={problems.defaultFollowUpTime}>
                <Input
                  type="time"
                  value={draft.defaultFollowUpTime}
                  onChange={(_, d) => patch({ defaultFollowUpTime: d.value })}
                />
              </Field>
              <Field label="Reminder, minutes before" validationMessage={problems.reminderMinutes}>
                <SpinButton
                  min={0}
                  max={10080}
                  step={5}
                  value={draft.reminderMinutes}
                  onChange={(_, d) => patch({ reminderMinutes: d.value ?? Number(d.displayValue) })}
                />
              </Field>
              <Field label="“Due soon” means within (days)" validationMessage={problems.dueSoonDays}>
                <SpinButton
                  min={1}
                  max={60}
                  value={draft.dueSoonDays}
                  onChange={(_, d) => patch({ dueSoonDays: d.value ?? Number(d.displayValue) })}
                />
              </Field>
              <Field
                label="Status words that close a deal"
                hint="Separate with commas, e.g. won, lost, closed"
                validationMessage={problems.closedStatuses}
              >
                <Input value={closedText} onChange={(_, d) => setClosedText(d.value)} />
              </Field>
              <Switch
                checked={draft.remindDayBefore}
                onChange={(_, d) => patch({ remindDayBefore: d.checked })}
                label={`Also remind me the day before at ${DAY_BEFORE_TIME}`}
              />
              <Switch
                checked={draft.highlightDueSoon}
                onChange={(_, d) => patch({ highlightDueSoon: d.checked })}
                label="Tint rows due soon when highlighting"
              />
            </DialogContent>
            <DialogActions>
              <Button onClick={store.closePanel}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={Object.keys(problems).length > 0}>
                Save
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
