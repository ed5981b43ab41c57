import * as React from "react";
import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { OverdueChoice } from "../state/remindersFlow";
import { remindTodayAllState, remindTodayLabel } from "../state/reminderLists";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    maxHeight: "28vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  prospect: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
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
  const all = remindTodayAllState(rows, chosen);
  const at = rows[0]?.at ?? "";
  return (
    <section className={styles.root} aria-labelledby="overdue-choices" data-testid="overdue-choices">
      <h3 id="overdue-choices" className={styles.heading}>
        Overdue · {rows.length}
      </h3>
      {rows.length > 1 ? (
        <Checkbox checked={all} onChange={(_, d) => onAll(d.checked === true)} label={remindTodayLabel(at, true)} />
      ) : null}
      <ul className={styles.list}>
        {rows.map((o) => {
          const id = `overdue-${o.row}`;
          return (
            <li key={o.key} className={styles.item} data-overdue-row={o.row}>
              <span id={id} className={styles.prospect}>
                {o.prospect}
              </span>
              <Caption1 className={styles.muted}>overdue: update the date in the sheet (row {o.row})</Caption1>
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
