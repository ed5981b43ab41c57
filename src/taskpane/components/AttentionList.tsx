import * as React from "react";
import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, tokens, Tooltip } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import type { AttentionGroup, AttentionItem, AttentionSection } from "../state/attention";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  // The row's own button and its "Open in Outlook" sit side by side (a button may not hold another).
  line: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto auto", columnGap: "2px" },
  open: { alignSelf: "stretch", height: "auto", backgroundColor: tokens.colorNeutralBackground1 },
  item: {
    position: "relative",
    width: "100%",
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  // A ring rather than a fill, so the red/green "when" text keeps its contrast on the selected item.
  selected: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorBrandStroke1}` },
  overdue: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  dueToday: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  problem: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  dueSoon: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  scheduled: { borderLeftColor: tokens.colorNeutralStroke2 },
  prospect: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  when: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  whenLate: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  whenToday: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  step: {
    gridColumn: "1 / -1",
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  problemText: {
    gridColumn: "1 / -1",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  more: { alignSelf: "center" },
  // Screen readers hear the row number; sighted reps see the row selected in the sheet.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface AttentionListProps {
  sections: AttentionSection[];
  remaining: number;
  selectedRow?: number;
  onSelect(row: number): void;
  onOpenInOutlook(key: string): void;
  onShowMore(): void;
  /** "Done…" on each follow-up (the follow-up loop). */
  onDone?(row: number): void;
}

interface ItemProps {
  item: AttentionItem;
  selected: boolean;
  onSelect(row: number): void;
  onOpenInOutlook(key: string): void;
  onDone?(row: number): void;
}

function Item(props: ItemProps): React.JSX.Element {
  const styles = useStyles();
  const { item } = props;
  const whenClass =
    item.group === "overdue" ? styles.whenLate : item.group === "dueToday" ? styles.whenToday : undefined;
  const key = item.outlookKey;
  return (
    <li className={styles.line}>
      <button
        type="button"
        className={mergeClasses(styles.item, styles[item.group as AttentionGroup], props.selected && styles.selected)}
        onClick={() => props.onSelect(item.row)}
        title={`Select row ${item.row} in the sheet`}
        aria-current={props.selected ? "true" : undefined}
        data-row={item.row}
      >
        <span className={styles.prospect}>{item.prospect}</span>
        <span className={mergeClasses(styles.when, whenClass)}>{item.when}</span>
        {item.nextStep ? <span className={styles.step}>{item.nextStep}</span> : null}
        {item.problem ? <span className={styles.problemText}>{item.problem}</span> : null}
        <span className={styles.hidden}>, row {item.row}</span>
      </button>
      {props.onDone ? (
        <Button
          className={styles.open}
          appearance="subtle"
          size="small"
          aria-label={`Done with ${item.prospect}: log it and set the next step`}
          onClick={() => props.onDone?.(item.row)}
          data-testid="done"
        >
          Done…
        </Button>
      ) : null}
      {key ? (
        <Tooltip content="Open in Outlook on the web" relationship="description">
          <Button
            className={styles.open}
            appearance="subtle"
            icon={<Open16Regular />}
            aria-label={`Open follow-up with ${item.prospect} in Outlook`}
            onClick={() => props.onOpenInOutlook(key)}
          />
        </Tooltip>
      ) : null}
    </li>
  );
}

/** The list of who to call and what to fix, in headed groups; clicking an item selects its row in Excel. */
export function AttentionList(props: AttentionListProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {props.sections.map((s) => (
        <section key={s.group} aria-labelledby={`group-${s.group}`} data-group={s.group}>
          <h3 id={`group-${s.group}`} className={styles.heading}>
            {s.label} · {s.items.length}
          </h3>
          <ul className={styles.list}>
            {s.items.map((item) => (
              <Item
                key={item.id}
                item={item}
                selected={props.selectedRow === item.row}
                onSelect={props.onSelect}
                onOpenInOutlook={props.onOpenInOutlook}
                onDone={props.onDone}
              />
            ))}
          </ul>
        </section>
      ))}
      {props.remaining > 0 ? (
        <Button className={styles.more} appearance="secondary" onClick={props.onShowMore}>
          Show {Math.min(props.remaining, 100)} more ({props.remaining} not shown)
        </Button>
      ) : null}
    </div>
  );
}
