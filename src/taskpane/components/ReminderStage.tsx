import * as React from "react";
import {
  Body1,
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { RemindersStage } from "../state/model";
import type { RemindersPreview } from "../state/remindersFlow";
import { countSentence, remindTodayAllState, remindTodayLabel } from "../state/reminderLists";
import { plural } from "../state/wording";
import { DownloadedNote } from "./DownloadedNote";
import { FollowUpList } from "./FollowUpList";

const useStyles = makeStyles({
  counts: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "24vh", overflowY: "auto" },
  muted: { color: tokens.colorNeutralForeground2 },
  // Its own line: Caption1 is inline even as a <p>, and the sentence before it has no trailing space.
  admin: { display: "block", margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

function Counts({ p }: { p: RemindersPreview }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Body1 className={styles.counts} data-testid="reminders-preview">
      {countSentence(p)}
    </Body1>
  );
}

export interface ReminderStageProps {
  stage: RemindersStage;
  onToggleRemoval(eventId: string): void;
  onToggleRemindToday(key: string): void;
  onRemindTodayAll(on: boolean): void;
  onOpenInOutlook(id: string): void;
  onCopyCalendar?(): void;
}

/** The body of the reminders dialog for each step of the flow. */
export function ReminderStage(props: ReminderStageProps): React.JSX.Element {
  const { stage, onToggleRemoval } = props;
  const styles = useStyles();
  switch (stage.kind) {
    case "closed":
    case "checking":
      return <Spinner label="Working out which reminders to make…" />;
    case "preview": {
      const { preview: p, availability: a } = stage;
      // The Outlook room's reasons already say what to do; a failed lookup gets the .ics way out spelled out.
      const why = p.problem
        ? `${p.problem.message} You can still download an .ics file.`
        : a.graph
          ? undefined
          : a.reason;
      return (
        <>
          {why ? (
            <MessageBar intent={p.problem?.authRequired ? "warning" : "info"} layout="multiline">
              <MessageBarBody>
                {why}
                {!a.graph && a.adminNote && !p.problem ? (
                  <Caption1 as="p" className={styles.admin}>
                    {a.adminNote}
                  </Caption1>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div aria-busy={stage.replanning} aria-live="polite">
            <Counts p={p} />
          </div>
          {p.leftAlone ? (
            <Caption1 as="p" data-testid="reminders-left-alone">
              {p.leftAlone}
            </Caption1>
          ) : null}
          {stage.download ? <DownloadedNote download={stage.download} onCopy={props.onCopyCalendar} /> : null}
          {stage.openProblem ? (
            <MessageBar intent="warning">
              <MessageBarBody>{stage.openProblem}</MessageBarBody>
            </MessageBar>
          ) : null}
          {p.overdueRows.length > 1 ? (
            <Checkbox
              checked={remindTodayAllState(p.overdueRows, stage.remindToday)}
              onChange={(_, d) => props.onRemindTodayAll(d.checked === true)}
              label={remindTodayLabel(p.overdueRows[0].at, true)}
            />
          ) : null}
          {p.lines.length ? (
            <FollowUpList
              preview={p}
              remindToday={stage.remindToday}
              removeIds={stage.removeIds}
              onOpen={props.onOpenInOutlook}
              onToggleRemindToday={props.onToggleRemindToday}
              onToggleRemoval={onToggleRemoval}
            />
          ) : null}
        </>
      );
    }
    case "running":
      return (
        <ProgressBar
          value={stage.progress.total ? stage.progress.done / stage.progress.total : undefined}
          aria-label={`Writing reminders: ${stage.progress.done} of ${stage.progress.total}`}
        />
      );
    case "done": {
      const r = stage.result;
      return (
        <>
          <MessageBar intent={r.failures.length ? "warning" : "success"}>
            <MessageBarBody>
              Created {r.created}, updated {r.updated}, removed {r.removed}.
              {r.failures.length ? ` ${plural(r.failures.length, "reminder")} failed: retry them below.` : ""}
              {r.authRequired ? " Outlook asked you to sign in again." : ""}
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
