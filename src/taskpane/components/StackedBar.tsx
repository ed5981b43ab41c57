import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { BarSegment } from "../state/summary";
import { keepColourInHighContrast, STATE_COLOURS } from "./stateColours";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "8px",
    borderRadius: tokens.borderRadiusCircular,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground5,
    gap: "2px",
    ...keepColourInHighContrast,
  },
  overdue: { backgroundColor: STATE_COLOURS.overdue.accent },
  dueToday: { backgroundColor: STATE_COLOURS.dueToday.accent },
  dueSoon: { backgroundColor: STATE_COLOURS.dueSoon.accent },
  problems: { backgroundColor: STATE_COLOURS.problem.accent },
  onTrack: { backgroundColor: tokens.colorNeutralStroke1 },
});

/** A small bar of the active prospects' mix; one accessible sentence describes it all. */
export function StackedBar({ segments, label }: { segments: BarSegment[]; label: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="img" aria-label={label}>
      {segments.map((s) => (
        <div key={s.key} className={styles[s.key]} style={{ width: `${s.percent}%` }} data-segment={s.key} />
      ))}
    </div>
  );
}
