import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FilterKey } from "../state/filters";
import type { Summary } from "../state/summary";
import { StackedBar } from "./StackedBar";
import { keepColourInHighContrast, STATE_COLOURS } from "./stateColours";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS },
  badge: {
    minWidth: 0,
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    gap: "0",
    borderLeftWidth: tokens.strokeWidthThickest,
    textAlign: "left",
    ...keepColourInHighContrast,
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    // At 320 px a badge is about 95 px wide: the label wraps rather than losing its end ("No next st…").
    whiteSpace: "normal",
    overflowWrap: "break-word",
    maxWidth: "100%",
  },
  overdue: { borderLeftColor: STATE_COLOURS.overdue.accent },
  dueToday: { borderLeftColor: STATE_COLOURS.dueToday.accent },
  dueSoon: { borderLeftColor: STATE_COLOURS.dueSoon.accent },
  problem: { borderLeftColor: STATE_COLOURS.problem.accent },
  brand: { borderLeftColor: tokens.colorBrandStroke1 },
  zero: { "& span[data-count]": { color: tokens.colorNeutralForeground3 } },
});

export interface SummaryBadgesProps {
  summary: Summary;
  filter: FilterKey;
  onFilter(filter: FilterKey): void;
}

/** The counts at the top: each badge filters the list (press again to clear), and a bar shows the mix. */
export function SummaryBadges({ summary, filter, onFilter }: SummaryBadgesProps): React.JSX.Element {
  const styles = useStyles();
  const type = useTypography();
  return (
    <section className={styles.root} aria-label="Summary">
      <StackedBar segments={summary.bar} label={summary.sentence} />
      <div className={styles.grid} role="group" aria-label="Filter the list">
        {summary.badges.map((b) => (
          // A plain Button with aria-pressed: ToggleButton's styles cost ~4 KB gz in the first bundle for a look
          // (primary when pressed, outline when not) that the appearance prop already gives.
          <Button
            key={b.filter}
            aria-pressed={filter === b.filter}
            appearance={filter === b.filter ? "primary" : "outline"}
            className={mergeClasses(styles.badge, styles[b.tone], b.count === 0 && styles.zero)}
            onClick={() => onFilter(b.filter)}
            data-filter={b.filter}
          >
            <span className={styles.count} data-count={b.count}>
              {b.count}
            </span>
            <span className={mergeClasses(type.body1, styles.label)}>{b.label}</span>
          </Button>
        ))}
      </div>
    </section>
  );
}
