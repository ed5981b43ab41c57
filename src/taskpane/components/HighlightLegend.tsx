import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { LegendItem } from "../state/highlightLegend";
import { keepColourInHighContrast } from "./stateColours";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
    padding: 0,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, listStyle: "none" },
  swatch: {
    width: "12px",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ...keepColourInHighContrast,
  },
  label: { color: tokens.colorNeutralForeground2 },
});

/** The colours "Highlight in sheet" paints, and what each means. */
export function HighlightLegend({ items }: { items: LegendItem[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label="Highlight colours in the sheet" data-testid="highlight-legend">
      {items.map((i) => (
        <li key={i.label} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: i.fill }} aria-hidden />
          <Caption1 className={styles.label}>{i.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}
