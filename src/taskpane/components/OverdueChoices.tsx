import * as React from "react";
import { Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useReminderListStyles } from "./reminderListStyles";
import type { OverdueChoice } from "../state/remindersFlow";
import { remindTodayAllState, remindTodayLabel } from "../state/reminderLists";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", padding: `${tokens.spacingVerticalXS} 0` },
  prospect: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

export interface OverdueChoicesProps {
  rows: readonly OverdueChoice[];
  /** Ticked keys (what the rep asked for, shown at once even while the plan catches up). */
  chosen: readonly string[];
  onToggle(key: string): void;
  onAll(on: boolean): void;
}

/** Overdue prospects never get a reminder in the past: each says so, and offers one today instead. */
export function OverdueChoices({ rows, chosen, onToggle, onAll }: OverdueChoicesProps): React.JSX.Element {
  const styles = useStyles();
  const list = useReminderListStyles();
  const all = remindTodayAllState(rows, chosen);
  const at = rows[0]?.at ?? "";
  return (
    <section className={list.root} aria-labelledby="overdue-choices" data-testid="overdue-choices">
      <h3 id="overdue-choices" className={list.heading}>
        Too late for a reminder · {rows.length}
      </h3>
      {rows.length > 1 ? (
        <Checkbox checked={all} onChange={(_, d) => onAll(d.checked === true)} label={remindTodayLabel(at, true)} />
      ) : null}
      <ul className={list.list}>
        {rows.map((o) => {
          const id = `overdue-${o.row}`;
          return (
            <li key={o.key} className={mergeClasses(list.item, styles.item)} data-overdue-row={o.row}>
              <span id={id} className={styles.prospect}>
                {o.prospect}
              </span>
              <Caption1 className={list.muted}>
                {o.why} (row {o.row})
              </Caption1>
              <Checkbox
                checked={chosen.includes(o.key)}
                onChange={() => onToggle(o.key)}
                label={remindTodayLabel(o.at)}
                aria-describedby={id}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
