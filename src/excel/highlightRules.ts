/**
 * Pure: the conditional-format rules NextStep puts on a prospect list, as (range, formula, fill) triples.
 * Formulas are en-US, relative to the top-left cell of their range ($-anchored columns, relative rows) so Excel
 * keeps them right after sorting, filtering and tomorrow's TODAY(), without the pane being open.
 *
 * Every formula carries a marker term `N("NextStep:<kind>")=0`: N() of text is 0, so the term is always TRUE and
 * leaves the rule's result unchanged, and Excel keeps string literals verbatim, so reading the formula back tells
 * our rules from the rep's. Word lists (closed statuses, placeholder next steps, unusable date texts) come from the
 * core's verdicts on the current cells plus its defaults, so Excel's plain comparisons agree with the core's
 * normalised matching on today's data. Example (overdue, date in F, status in H, body from row 2):
 *   =AND(N("NextStep:overdue")=0,NOT(IF(ISTEXT($H2),OR(TRIM($H2)="won",TRIM($H2)="lost"),FALSE)),ISNUMBER($F2),
 *        $F2>=DATE(YEAR(TODAY())-10,MONTH(TODAY()),DAY(TODAY())),$F2<TODAY())
 */
import { ALL_ROLES, type Role } from "../core/types";
import { columnLetter, rangeAddress } from "./address";

export type HighlightKind = "textDate" | "badDate" | "missingNextStep" | "overdue" | "dueToday" | "dueSoon";

/** Fills (Excel's own light palette, so the rep's dark text stays readable). Upper-case: how Excel reads them back. */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = {
  textDate: "#E4D4F4", // light purple: a date typed as text, which no formula can compare
  badDate: "#FFF2A8", // yellow: empty or unusable date on an active row
  missingNextStep: "#FFF2A8", // yellow: empty next step on an active row
  overdue: "#FFC7CE", // red tint
  dueToday: "#FFE0B2", // amber
  dueSoon: "#DDEBF7", // light blue
};

/** Highest priority first: cell marks sit above row tints so a problem cell shows on an overdue row. */
export const HIGHLIGHT_ORDER: readonly HighlightKind[] = [
  "textDate",
  "badDate",
  "missingNextStep",
  "overdue",
  "dueToday",
  "dueSoon",
];

export const MARKER_PREFIX = 'N("NextStep:';

export interface RuleLayout {
  /** 0-based sheet row of the first data row (the row under the header) and the number of data rows. */
  bodyRowIndex: number;
  bodyRowCount: number;
  /** 0-based sheet column of the list's first column and the number of columns. */
  columnIndex: number;
  columnCount: number;
  /** 0-based column within the list for each mapped role (the core's HeaderReport.columns). */
  columns: Partial<Record<Role, number>>;
}

export interface RuleOptions {
  /** Status texts that close a row (the rep's words plus the exact texts the core read as closed). */
  closedStatuses: readonly string[];
  /** Next-step texts that count as no step ("tbd", "?"): the core's placeholders plus those it flagged. */
  vagueNextSteps: readonly string[];
  /** Date-cell texts the core could not use ("13/45/2026", "next week"): yellow, not "stored as text". */
  invalidDateTexts: readonly string[];
  dueSoonDays: number;
  highlightDueSoon: boolean;
}

export interface HighlightRule {
  kind: HighlightKind;
  /** A1 address (no sheet) the rule applies to. */
  address: string;
  /** With the leading "=", exactly as Excel reads it back. */
  formula: string;
  fill: string;
}

/**
 * The core's date window: dates more than ten years from today are typos, not plans. DATE(YEAR(TODAY())±10,...)
 * is the same day ten years on, except on 29 February, when Excel rolls to 1 March and the core clamps to the 28th.
 */
const WINDOW_YEARS = 10;
const yearsFromToday = (years: number) =>
  `DATE(YEAR(TODAY())${years < 0 ? "-" : "+"}${Math.abs(years)},MONTH(TODAY()),DAY(TODAY()))`;
/** Excel's formula limit is 8,192 characters; word lists stop well before it. */
export const MAX_LIST_CHARS = 2500;
/** Excel rejects a formula holding a text constant longer than this; no date is written that long anyway. */
export const MAX_LITERAL_CHARS = 255;

/** The marker term for a rule kind. */
export function markerTerm(kind: HighlightKind): string {
  return `${MARKER_PREFIX}${kind}")=0`;
}

/** The kind whose marker a formula carries, or undefined when the formula is not one of ours. */
export function kindOfFormula(formula: string): HighlightKind | undefined {
  const m = /N\("NextStep:([A-Za-z]+)"\)=0/.exec(formula);
  const kind = m?.[1] as HighlightKind | undefined;
  return kind && kind in HIGHLIGHT_FILLS ? kind : undefined;
}

/** What Excel's TRIM leaves of a text: no leading/trailing spaces, single spaces inside. */
export function excelTrim(text: string): string {
  return text.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** Excel string literal: doubles the quotes. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * `OR(TRIM(ref)="a",TRIM(ref)="b")` for distinct non-empty texts (Excel's = ignores case, so do we when deduplicating),
 * stopping before MAX_LIST_CHARS; undefined for an empty list.
 */
function anyOf(ref: string, texts: readonly string[]): string | undefined {
  const seen = new Set<string>();
  const terms: string[] = [];
  let chars = 0;
  for (const raw of texts) {
    const text = excelTrim(raw);
    const folded = text.toLowerCase();
    if (text === "" || text.length > MAX_LITERAL_CHARS || seen.has(folded)) continue;
    const term = `TRIM(${ref})=${literal(text)}`;
    if (chars + term.length > MAX_LIST_CHARS) break;
    seen.add(folded);
    terms.push(term);
    chars += term.length + 1;
  }
  if (terms.length === 0) return undefined;
  return terms.length === 1 ? terms[0] : `OR(${terms.join(",")})`;
}

/** The rules for a layout. Empty when the date column is unmapped (nothing can be judged). */
export function buildHighlightRules(layout: RuleLayout, options: RuleOptions): HighlightRule[] {
  // A mapping pointing outside the list (a column since deleted) is no mapping: never judge an empty column.
  const columns: Partial<Record<Role, number>> = {};
  for (const role of ALL_ROLES) {
    const c = layout.columns[role];
    if (c !== undefined && Number.isInteger(c) && c >= 0 && c < layout.columnCount) columns[role] = c;
  }
  if (columns.date === undefined || layout.bodyRowCount <= 0) return [];
  const top = layout.bodyRowIndex + 1;
  const ref = (role: Role): string | undefined => {
    const c = columns[role];
    return c === undefined ? undefined : `$${columnLetter(layout.columnIndex + c)}${top}`;
  };
  const date = ref("date") as string;
  const next = ref("nextStep");
  const status = ref("status");

  // A prospect row: some mapped cell holds something (the core skips the rest as blank lines); an error value counts.
  // Only the rules that mark empty cells need it: a number or text in the date cell already says the row is there.
  const rowRefs = ALL_ROLES.map(ref).filter((r): r is string => r !== undefined);
  const hasRow = `IFERROR(LEN(TRIM(${rowRefs.join("&")}))>0,TRUE)`;
  const closed = status ? anyOf(status, options.closedStatuses) : undefined;
  const open = closed ? [`NOT(IF(ISTEXT(${status}),${closed},FALSE))`] : [];
  const active = [hasRow, ...open];

  const isDate = `ISNUMBER(${date})`;
  const first = yearsFromToday(-WINDOW_YEARS);
  const last = yearsFromToday(WINDOW_YEARS);
  const from = `${date}>=${first}`;
  const until = `${date}<${last}+1`;
  const unusableText = anyOf(date, options.invalidDateTexts);
  // Texts too long for the list (over 255 characters) are never dates: the length test covers them.
  const tooLong = `LEN(${date})>${MAX_LITERAL_CHARS}`;
  const badText = `OR(TRIM(${date})="",${tooLong}${unusableText ? `,${unusableText}` : ""})`;
  const outOfWindow = `OR(${date}<${first},${date}>=${last}+1)`;

  const conditions: Partial<Record<HighlightKind, string[]>> = {
    textDate: [
      ...open,
      `ISTEXT(${date})`,
      `TRIM(${date})<>""`,
      `NOT(${tooLong})`,
      ...(unusableText ? [`NOT(${unusableText})`] : []),
    ],
    badDate: [...active, `IF(ISTEXT(${date}),${badText},IF(${isDate},${outOfWindow},TRUE))`],
    overdue: [...open, isDate, from, `${date}<TODAY()`],
    dueToday: [...open, isDate, `${date}>=TODAY()`, `${date}<TODAY()+1`],
  };
  if (next) {
    const vague = anyOf(next, options.vagueNextSteps);
    const emptyText = vague ? `OR(TRIM(${next})="",${vague})` : `TRIM(${next})=""`;
    conditions.missingNextStep = [...active, `IF(ISTEXT(${next}),${emptyText},ISBLANK(${next}))`];
  }
  if (options.highlightDueSoon && options.dueSoonDays > 0) {
    conditions.dueSoon = [...open, isDate, `${date}>=TODAY()+1`, `${date}<TODAY()+${options.dueSoonDays + 1}`, until];
  }
  const body = rangeAddress(layout.bodyRowIndex, layout.columnIndex, layout.bodyRowCount, layout.columnCount);
  const columnBody = (role: Role): string =>
    rangeAddress(layout.bodyRowIndex, layout.columnIndex + (columns[role] as number), layout.bodyRowCount, 1);
  const addressOf: Record<HighlightKind, () => string> = {
    textDate: () => columnBody("date"),
    badDate: () => columnBody("date"),
    missingNextStep: () => columnBody("nextStep"),
    overdue: () => body,
    dueToday: () => body,
    dueSoon: () => body,
  };

  return HIGHLIGHT_ORDER.filter((kind) => conditions[kind]).map((kind) => ({
    kind,
    address: addressOf[kind](),
    formula: `=AND(${[markerTerm(kind), ...(conditions[kind] as string[])].join(",")})`,
    fill: HIGHLIGHT_FILLS[kind],
  }));
}
