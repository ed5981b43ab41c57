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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RemindersStage } from "../state/model";
import type { PaneStore } from "../state/paneStore";
import { remindersIntro } from "../state/reminderLists";
import { ReminderStage } from "./ReminderStage";

const useStyles = makeStyles({
  // Children keep their height: the content scrolls instead of squeezing the message bar under the counts.
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& > *": { flexShrink: 0 } },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { flexWrap: "wrap" },
});

/** Lazily loaded: preview the reminders, then add them to Outlook, or take the .ics / Outlook-link path. */
export default function RemindersDialog({
  store,
  stage,
  open,
}: {
  store: PaneStore;
  stage: RemindersStage;
  open: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const r = store.reminders;
  const preview = stage.kind === "preview" ? stage : undefined;
  const outlook = preview?.preview.mode === "outlook";
  const counts = preview?.preview.counts;
  const writes = preview && counts ? counts.create + counts.update + preview.removeIds.length : 0;
  const failed = stage.kind === "done" && stage.result.failures.length > 0;
  const icsPrimary = preview !== undefined && !outlook;
  // When the preview arrives, focus its primary action: a few Tabs from everything else, whatever the list's length.
  const primary = React.useRef<HTMLButtonElement>(null);
  const ready = preview !== undefined;
  React.useEffect(() => {
    if (ready) primary.current?.focus();
  }, [ready]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : r.close())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Create reminders</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 className={styles.muted}>{remindersIntro(preview?.preview.overdueRows[0]?.at)}</Body1>
            <ReminderStage
              stage={stage}
              onToggleRemoval={r.toggleRemoval}
              onToggleRemindToday={(key) => void r.toggleRemindToday(key)}
              onRemindTodayAll={(on) => void r.setRemindTodayAll(on)}
              onOpenInOutlook={r.openInOutlook}
              onCopyCalendar={() => void r.copyCalendar()}
            />
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button onClick={r.close}>Close</Button>
            {preview?.preview.problem?.authRequired ? (
              <Button onClick={() => void r.signIn()}>Sign in to Outlook</Button>
            ) : null}
            {preview || stage.kind === "failed" ? (
              <Button
                appearance={icsPrimary ? "primary" : "secondary"}
                ref={icsPrimary ? primary : undefined}
                disabled={preview?.replanning}
                onClick={() => void r.downloadIcs()}
              >
                Download .ics
              </Button>
            ) : null}
            {failed ? (
              <Button appearance="primary" onClick={() => void r.retry()}>
                Retry failed
              </Button>
            ) : null}
            {outlook ? (
              <Button
                appearance="primary"
                ref={writes > 0 ? primary : undefined}
                disabled={writes === 0 || preview?.replanning}
                onClick={() => void r.run()}
              >
                Add to Outlook
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
