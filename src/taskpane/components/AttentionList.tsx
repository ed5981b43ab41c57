import * as React from "react";
import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Call16Regular, Mail16Regular, Open16Regular } from "@fluentui/react-icons";
import { showMoreLabel, type AttentionItem, type AttentionSection } from "../state/attention";
import { keepColourInHighContrast, STATE_COLOURS } from "./stateColours";

/** At most two lines, then an ellipsis (the full text is in the item's tooltip). */
const twoLines = {
  display: "-webkit-box",
  WebkitLineClamp: "2",
  WebkitBoxOrient: "vertical",
  overflow: "hidden",
  overflowWrap: "anywhere",
} as const;

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
  // The row's own button and its actions (Done…, then call, e-mail, Outlook) sit side by side (a button may not hold another).
  line: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto auto", columnGap: "2px" },
  actions: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  action: { minWidth: "32px", flexGrow: 1 },
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
    ...keepColourInHighContrast,
    // The full name and step on keyboard focus (the title shows them on hover).
    ":focus-visible span": { WebkitLineClamp: "unset" },
  },
  // A ring rather than a fill, so the coloured "when" text keeps its contrast on the selected item.
  selected: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorBrandStroke1}` },
  overdue: { borderLeftColor: STATE_COLOURS.overdue.accent },
  dueToday: { borderLeftColor: STATE_COLOURS.dueToday.accent },
  problem: { borderLeftColor: STATE_COLOURS.problem.accent },
  dueSoon: { borderLeftColor: STATE_COLOURS.dueSoon.accent },
  scheduled: { borderLeftColor: tokens.colorNeutralStroke2 },
  // Long names and steps wrap to two lines; the full text is in the tooltip (hover and keyboard focus).
  // Name and time each take the item's full width: at 320 px beside the actions a name would break mid-word.
  prospect: { gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold, ...twoLines },
  when: {
    gridColumn: "1 / -1",
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
  whenLate: { color: STATE_COLOURS.overdue.text, fontWeight: tokens.fontWeightSemibold },
  whenToday: { color: STATE_COLOURS.dueToday.text, fontWeight: tokens.fontWeightSemibold },
  contact: { gridColumn: "1 / -1", fontSize: tokens.fontSizeBase200, ...twoLines },
  step: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground2, ...twoLines },
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
  const whenClass = item.tone === "overdue" ? styles.whenLate : item.tone === "dueToday" ? styles.whenToday : undefined;
  const key = item.outlookKey;
  const who = item.contact || item.prospect;
  const full = [item.prospect, item.contact, item.nextStep].filter(Boolean).join(" — ");
  return (
    <li className={styles.line}>
      <button
        type="button"
        className={mergeClasses(styles.item, styles[item.tone], props.selected && styles.selected)}
        onClick={() => props.onSelect(item.row)}
        aria-current={props.selected ? "true" : undefined}
        data-row={item.row}
        data-tone={item.tone}
        title={full}
      >
        <span className={styles.prospect}>{item.prospect}</span>
        <span className={mergeClasses(styles.when, whenClass)}>{item.when}</span>
        {item.contact ? <span className={styles.contact}>{item.contact}</span> : null}
        {item.nextStep ? <span className={styles.step}>{item.nextStep}</span> : null}
        {item.problem ? <span className={styles.problemText}>{item.problem}</span> : null}
        {item.quiet ? <span className={styles.step}>{item.quiet}</span> : null}
        <span className={styles.hidden}>, row {item.row}: select it in the sheet</span>
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
      {key || item.tel || item.mailto ? (
        <span className={styles.actions}>
          {item.tel ? (
            <Button
              as="a"
              href={item.tel}
              className={styles.action}
              appearance="subtle"
              size="small"
              icon={<Call16Regular />}
              aria-label={`Call ${who}`}
              title={`Call ${item.phone}`}
            />
          ) : null}
          {item.mailto ? (
            <Button
              as="a"
              href={item.mailto}
              className={styles.action}
              appearance="subtle"
              size="small"
              icon={<Mail16Regular />}
              aria-label={`E-mail ${who}`}
              title={`E-mail ${item.email}`}
            />
          ) : null}
          {key ? (
            <Button
              className={styles.action}
              appearance="subtle"
              size="small"
              icon={<Open16Regular />}
              aria-label={`Open follow-up with ${item.prospect} in Outlook`}
              title="Open in Outlook on the web"
              onClick={() => props.onOpenInOutlook(key)}
            />
          ) : null}
        </span>
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
          {showMoreLabel(props.remaining, 100)}
        </Button>
      ) : null}
    </div>
  );
}
