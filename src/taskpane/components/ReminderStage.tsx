import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { RemindersStage } from "../state/model";
import type { IcsDownload, RemindersPreview } from "../state/remindersFlow";
import { dayBeforeNote } from "../state/reminderLists";
import { plural } from "../state/wording";
import { FollowUpList } from "./FollowUpList";
import { OverdueChoices } from "./OverdueChoices";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingVerticalXS },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, marginRight: "4px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "24vh", overflowY: "auto" },
  removals: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Counts({ p }: { p: RemindersPreview }): React.JSX.Element {
  const styles = useStyles();
  const cells: [number, string][] =
    p.mode === "offline"
      ? [
          [p.create, "follow-ups to add"],
          [p.overdue, p.overdueRows.some((o) => o.chosen) ? "overdue" : "overdue (call today)"],
          [p.skipped.length, "skipped"],
        ]
      : [
          [p.create, "to create"],
          [p.update, "to update"],
          [p.remove, "to remove"],
          [p.skipped.length, "skipped"],
        ];
  const note = dayBeforeNote(p.mode, p.dayBefore);
  return (
    <>
      <div className={styles.counts} data-testid="reminders-preview">
        {cells.map(([n, label]) => (
          <Body1 key={label}>
            <span className={styles.count}>{n}</span>
            {label}
          </Body1>
        ))}
      </div>
      {note ? (
        <Body1 className={styles.muted} data-testid="day-before-note">
          {note}
        </Body1>
      ) : null}
    </>
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

/** What "Download .ics" did, in one sentence (the pane's wording may grow around IcsDownload). */
function downloadSentence(d: IcsDownload): string {
  const what = `${d.fileName} to add ${plural(d.followUps, "follow-up")} to Outlook`;
  if (d.kind === "started") return `Open ${what}.`;
  if (d.kind === "handedOff") return `Your browser is saving the file: open ${what}.`;
  return d.reason === "tooLarge"
    ? "The calendar is too large to hand to your browser. Copy it instead and save it as an .ics file."
    : "Excel can't save files here. Copy the calendar instead and save it as an .ics file.";
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
            <MessageBar intent={p.problem?.authRequired ? "warning" : "info"}>
              <MessageBarBody>{why}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div aria-busy={stage.replanning} aria-live="polite">
            <Counts p={p} />
          </div>
          {stage.download ? (
            <MessageBar intent={stage.download.kind === "copyInstead" ? "warning" : "success"}>
              <MessageBarBody data-testid="ics-download-outcome">{downloadSentence(stage.download)}</MessageBarBody>
              {stage.download.kind === "copyInstead" && props.onCopyCalendar ? (
                <Button size="small" onClick={props.onCopyCalendar}>
                  Copy calendar
                </Button>
              ) : null}
            </MessageBar>
          ) : null}
          {stage.openProblem ? (
            <MessageBar intent="warning">
              <MessageBarBody>{stage.openProblem}</MessageBarBody>
            </MessageBar>
          ) : null}
          {p.overdueRows.length ? (
            <OverdueChoices
              rows={p.overdueRows}
              chosen={stage.remindToday}
              onToggle={props.onToggleRemindToday}
              onAll={props.onRemindTodayAll}
            />
          ) : null}
          {p.followUps.length ? <FollowUpList items={p.followUps} onOpen={props.onOpenInOutlook} /> : null}
          {p.removals.length ? (
            <div className={styles.removals} role="group" aria-label="Events to remove">
              {p.removals.map((r) => (
                <Checkbox
                  key={r.eventId}
                  checked={stage.removeIds.includes(r.eventId)}
                  onChange={() => onToggleRemoval(r.eventId)}
                  label={`Remove “${r.label}” (${r.why})`}
                />
              ))}
            </div>
          ) : null}
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
