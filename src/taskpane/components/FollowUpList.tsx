import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  tokens,
  Tooltip,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { useReminderListStyles } from "./reminderListStyles";
import type { FollowUpAction, FollowUpLine, RemindersPreview } from "../state/remindersFlow";
import { ACTION_ORDER } from "../state/followUpLines";
import { page, showMoreLabel } from "../state/attention";
import { actionHeading, FOLLOW_UP_PAGE, remindTodayLabel } from "../state/reminderLists";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  prospect: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  choices: { gridColumn: "1 / -1", display: "flex", flexDirection: "column" },
  more: { alignSelf: "flex-start" },
});

export interface FollowUpListProps {
  preview: RemindersPreview;
  /** Overdue keys ticked for a reminder (shown at once, while the plan catches up). */
  remindToday: readonly string[];
  removeIds: readonly string[];
  onOpen(id: string): void;
  onToggleRemindToday(key: string): void;
  onToggleRemoval(eventId: string): void;
}

function Line(props: FollowUpListProps & { line: FollowUpLine }): React.JSX.Element {
  const styles = useStyles();
  const list = useReminderListStyles();
  const { line } = props;
  const id = `follow-up-${line.key}`;
  const details = [line.when, line.dayBefore].filter(Boolean).join(" · ");
  return (
    <li className={mergeClasses(list.item, styles.item)} data-follow-up={line.key} data-action={line.action}>
      <span className={styles.text}>
        <span id={id} className={styles.prospect}>
          {line.prospect}
        </span>
        {details ? <Caption1>{details}</Caption1> : null}
        <Caption1 className={list.muted}>
          {line.why}
          {line.row ? ` (row ${line.row})` : ""}
        </Caption1>
        {line.changed ? <Caption1 data-testid="follow-up-changed">{line.changed}</Caption1> : null}
      </span>
      {line.openId ? (
        <Tooltip content="Open in Outlook on the web" relationship="description">
          <Button
            appearance="subtle"
            size="small"
            icon={<Open16Regular />}
            aria-label={`Open follow-up with ${line.prospect} in Outlook`}
            onClick={() => props.onOpen(line.openId as string)}
          />
        </Tooltip>
      ) : null}
      {line.overdue || line.removals.length ? (
        <span className={styles.choices}>
          {line.overdue ? (
            <Checkbox
              checked={props.remindToday.includes(line.key)}
              onChange={() => props.onToggleRemindToday(line.key)}
              label={remindTodayLabel(line.overdue.at)}
              aria-describedby={id}
            />
          ) : null}
          {line.removals.map((r) => (
            <Checkbox
              key={r.eventId}
              checked={props.removeIds.includes(r.eventId)}
              onChange={() => props.onToggleRemoval(r.eventId)}
              label={`Remove “${r.label}” (${r.why})`}
            />
          ))}
        </span>
      ) : null}
    </li>
  );
}

/**
 * One line per prospect, grouped by what happens to it; the lines are one Tab stop (arrow keys move inside), so the
 * dialog's actions stay a few Tabs away however long the list is. Long lists are paged.
 */
export function FollowUpList(props: FollowUpListProps): React.JSX.Element {
  const styles = useStyles();
  const list = useReminderListStyles();
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const [limit, setLimit] = React.useState(FOLLOW_UP_PAGE);
  const { lines, mode } = props.preview;
  const ordered = ACTION_ORDER.flatMap((a) => lines.filter((l) => l.action === a));
  const { shown, remaining } = page(ordered, limit);
  const groups = ACTION_ORDER.map((a): [FollowUpAction, FollowUpLine[]] => [a, shown.filter((l) => l.action === a)]);
  return (
    <section className={list.root} aria-label="Follow-ups" data-testid="follow-ups" {...arrows}>
      {groups
        .filter(([, items]) => items.length)
        .map(([action, items]) => (
          <div key={action} role="group" aria-labelledby={`follow-ups-${action}`} data-group={action}>
            <h3 id={`follow-ups-${action}`} className={list.heading}>
              {actionHeading(mode, action)} · {props.preview.counts[action]}
            </h3>
            <ul className={list.list}>
              {items.map((line) => (
                <Line key={line.key} {...props} line={line} />
              ))}
            </ul>
          </div>
        ))}
      {remaining > 0 ? (
        <Button className={styles.more} size="small" onClick={() => setLimit(limit + FOLLOW_UP_PAGE * 2)}>
          {showMoreLabel(remaining, FOLLOW_UP_PAGE * 2)}
        </Button>
      ) : null}
    </section>
  );
}
