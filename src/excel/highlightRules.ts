/**
 * Pure: the conditional-format rules NextStep puts on a prospect list, as (range, formula, fill) triples.
 * Formulas are en-US, relative to the top-left cell of their range ($-anchored columns, relative rows) so Excel
 * keeps them right after sorting, filtering and tomorrow's TODAY(), without the pane being open.
 *
 * No TRUE or FALSE constant appears: an IF without its last argument (and its comma) gives FALSE (ECMA-376 Part 4,
 * "IF") and NOT(0) gives TRUE, so engines that know TRUE()/FALSE() only as functions (HyperFormula without its Excel
 * names) read the rules as Excel does.
 *
 * Every formula carries a marker term `N("NextStep:<kind>")=0`: N() of text is 0, so the term is always TRUE and
 * leaves the rule's result unchanged, and Excel keeps string literals verbatim, so reading the formula back tells
 * our rules from the rep's. Word lists (closed statuses, placeholder next steps, unusable date texts) come from the
 * core's verdicts on the current cells plus its defaults, so Excel's plain comparisons agree with the core's
 * normalised matching on today's data. Example (overdue, date in F, status in H, body from row 2):
 *   =AND(N("NextStep:overdue")=0,NOT(IF(ISTEXT($H2),OR(TRIM($H2)="won",TRIM($H2)="lost"))),ISNUMBER($F2),
 *        $F2>=EDATE(TODAY(),-120),$F2<TODAY())
 */
import { ALL_ROLES, type Role } from "../core/types";
import { columnLetter, rangeAddress } from "./address";

import { HIGHLIGHT_FILLS, type HighlightKind } from "./highlightFills";
import { MAX_PREFIX_LENGTHS } from "./closedPrefixes";
import { cleanRef, inList, listTest, MAX_LIST_CHARS, MAX_LIST_TEXT, shownAsNumber } from "./ruleLists";

export { HIGHLIGHT_FILLS, type HighlightKind } from "./highlightFills";
export { excelClean, excelTrim, MAX_LIST_CHARS, MAX_LITERAL_CHARS, MAX_LIST_TEXT } from "./ruleLists";

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
  /** Leading parts that close any status starting with them ("closed lost -"), cleaned: see closedPrefixes.ts. */
  closedPrefixes?: readonly string[];
  /** More columns (0-based within the list) whose closed status closes the row: "Stage" beside "Status". */
  closerColumns?: readonly number[];
  /** Opt-out columns (0-based within the list): TRUE, 1 or one of yesTexts closes the row. */
  optOutColumns?: readonly number[];
  yesTexts?: readonly string[];
  /** Active-flag columns (0-based within the list): FALSE, 0 or one of noTexts closes the row. */
  activeFlagColumns?: readonly number[];
  noTexts?: readonly string[];
  /** What the mapped cells of rows that are no prospects (totals, headings) read as, joined: never painted. */
  ignoredRowTexts?: readonly string[];
  /** 0-based sheet row of the last prospect row: rows below it (legends, stray notes) get no rule. */
  lastRowIndex?: number;
  /** Next-step texts that count as no step ("tbd", "?"): the core's placeholders plus those it flagged. */
  vagueNextSteps: readonly string[];
  /** Date-cell texts the core could not use ("13/45/2026", "next week"): yellow, not "stored as text". */
  invalidDateTexts: readonly string[];
  /**
   * Date-cell texts the core read as dates ("12/01/2026"): listed instead when the unusable texts outgrow their budget
   * (a column of notes), so every text the core judged is marked as it judged it; a new text is then yellow until the
   * next analysis.
   */
  textDateTexts?: readonly string[];
  /**
   * Whole days (serials) of date-column numbers the core read as numbers, not dates: the cell shows digits
   * (0.00, currency, "@"). The rules cannot see a format, so they list these days; a day also held by a real date stays a date.
   */
  numberDays?: readonly number[];
  /** The date column holds no real date number: when numberDays outgrows its budget, every number is no date. */
  noDateNumbers?: boolean;
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
 * The core's date window: dates more than ten years from today are typos, not plans. On 29 February the same day ten
 * years on does not exist: the core clamps to the 28th, and so does EDATE(TODAY(),±120), which keeps the day of the
 * month unless the month is shorter, then gives its last day (OpenOffice and DAX "EDATE" docs state it; Excel's
 * page shows only same-day examples). DATE(YEAR(TODAY())±10,2,29) rolled over to 1 March instead ("DATE function"),
 * painting two edge days wrong; an independent engine caught it.
 */
const WINDOW_YEARS = 10;
const yearsFromToday = (years: number) => `EDATE(TODAY(),${years * 12})`;
/** The ignored rows' share of a formula's length (see MAX_LIST_CHARS). */
const IGNORED_LIST_CHARS = 800;
/** Excel's limit on a formula's length ("Excel specifications and limits": 8,192 characters). */
const MAX_FORMULA_CHARS = 8192;

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

/**
 * True in Excel when the cleaned text `clean` starts with one of `prefixes`: one list per prefix length, searched with
 * LEFT(clean, length), the whole text when it is shorter (then it equals a prefix or matches none). A quarter of the
 * budget each, so the full statuses keep room.
 */
function prefixTests(clean: string, prefixes: readonly string[], budget: number): string[] {
  const byLength = new Map<number, string[]>();
  for (const prefix of prefixes) byLength.set(prefix.length, [...(byLength.get(prefix.length) ?? []), prefix]);
  return [...byLength]
    .slice(0, MAX_PREFIX_LENGTHS)
    .map(([length, list]) => inList(`LEFT(${clean},${length})`, list, Math.floor(budget / 4)))
    .filter((t): t is string => t !== undefined);
}

/** The rules for a layout. Empty when the date column is unmapped (nothing can be judged). */
export function buildHighlightRules(layout: RuleLayout, options: RuleOptions): HighlightRule[] {
  // Lists at full length first; should a formula still pass Excel's limit (every list full at once), shorter ones.
  for (let share = 1; share > 0.1; share /= 2) {
    const rules = rulesWithin(layout, options, share);
    if (rules.every((rule) => rule.formula.length <= MAX_FORMULA_CHARS)) return rules;
  }
  return rulesWithin(layout, options, 0.05);
}

/** The rules, each word list cut at its budget times `share`. */
function rulesWithin(layout: RuleLayout, options: RuleOptions, share: number): HighlightRule[] {
  const budget = Math.floor(MAX_LIST_CHARS * share);
  // A mapping pointing outside the list (a column since deleted) is no mapping: never judge an empty column.
  const columns: Partial<Record<Role, number>> = {};
  for (const role of ALL_ROLES) {
    const c = layout.columns[role];
    if (c !== undefined && Number.isInteger(c) && c >= 0 && c < layout.columnCount) columns[role] = c;
  }
  if (columns.date === undefined || layout.bodyRowCount <= 0) return [];
  const top = layout.bodyRowIndex + 1;
  const at = (c: number): string => `$${columnLetter(layout.columnIndex + c)}${top}`;
  const ref = (role: Role): string | undefined => {
    const c = columns[role];
    return c === undefined ? undefined : at(c);
  };
  const date = ref("date") as string;
  const next = ref("nextStep");
  const status = ref("status");

  // A prospect row: some mapped cell holds something (the core skips the rest as blank lines); an error value counts.
  // Only the rules that mark empty cells need it: a number or text in the date cell already says the row is there.
  const rowRefs = ALL_ROLES.map(ref).filter((r): r is string => r !== undefined);
  const joined = cleanRef(rowRefs.join("&"));
  const ignored = inList(joined, options.ignoredRowTexts ?? [], Math.floor(IGNORED_LIST_CHARS * share));
  const hasRow = `NOT(IFERROR(NOT(AND(LEN(${joined})>0${ignored ? `,NOT(${ignored})` : ""})),0))`;
  const notIgnored = ignored ? [`NOT(IFERROR(${ignored},0))`] : [];
  const closing = [
    ...(status ? [status] : []),
    ...(options.closerColumns ?? []).filter((c) => Number.isInteger(c) && c >= 0 && c < layout.columnCount).map(at),
  ];
  // Every status-like column reads the same list, so each gets its share of the length budget.
  const closedTests = closing
    .map((r) => {
      const each = Math.floor(budget / closing.length);
      const tests = [
        ...prefixTests(cleanRef(r), options.closedPrefixes ?? [], each),
        inList(cleanRef(r), options.closedStatuses, each),
      ].filter((t): t is string => t !== undefined);
      const test = tests.length > 1 ? `OR(${tests.join(",")})` : tests[0];
      return test ? `IF(ISTEXT(${r}),${test})` : undefined;
    })
    .filter((t): t is string => t !== undefined);
  for (const c of options.optOutColumns ?? []) {
    if (!Number.isInteger(c) || c < 0 || c >= layout.columnCount) continue;
    const r = at(c);
    const yesText = inList(cleanRef(r), options.yesTexts ?? [], budget);
    closedTests.push(
      `IF(ISLOGICAL(${r}),${r},IF(ISNUMBER(${r}),${r}=1${yesText ? `,IF(ISTEXT(${r}),${yesText})` : ""}))`,
    );
  }
  for (const c of options.activeFlagColumns ?? []) {
    if (!Number.isInteger(c) || c < 0 || c >= layout.columnCount) continue;
    const r = at(c);
    const noText = inList(cleanRef(r), options.noTexts ?? [], budget);
    closedTests.push(
      `IF(ISLOGICAL(${r}),NOT(${r}),IF(ISNUMBER(${r}),${r}=0${noText ? `,IF(ISTEXT(${r}),${noText})` : ""}))`,
    );
  }
  const open = closedTests.length
    ? [`NOT(${closedTests.length === 1 ? closedTests[0] : `OR(${closedTests.join(",")})`})`]
    : [];
  const active = [hasRow, ...open];

  const isDate = `ISNUMBER(${date})`;
  const first = yearsFromToday(-WINDOW_YEARS);
  const last = yearsFromToday(WINDOW_YEARS);
  const from = `${date}>=${first}`;
  const until = `${date}<${last}+1`;
  const cleanDate = cleanRef(date);
  const unusable = listTest(cleanDate, options.invalidDateTexts, budget);
  const usable = unusable.complete ? undefined : listTest(cleanDate, options.textDateTexts ?? [], budget);
  // Unusable texts past the budget: the texts read as dates are listed instead, when they all fit.
  const inverted = usable?.complete === true;
  const unusableText = inverted ? (usable.test ? `NOT(${usable.test})` : `ISTEXT(${date})`) : unusable.test;
  // Texts too long for the list are never dates (the core reads at most 64 characters): the length test covers them.
  const tooLong = `LEN(${cleanDate})>${MAX_LIST_TEXT}`;
  const badText = `OR(${cleanDate}="",${tooLong}${unusableText ? `,${unusableText}` : ""})`;
  const shown = shownAsNumber(date, options.numberDays ?? [], options.noDateNumbers === true, budget);
  const outOfWindow = `OR(${date}<${first},${date}>=${last}+1${shown ? `,${shown}` : ""})`;
  // A number is a date in the rules unless the core saw its day shown as digits.
  const dated = [isDate, ...(shown ? [`NOT(${shown})`] : [])];

  const conditions: Partial<Record<HighlightKind, string[]>> = {
    textDate: [
      ...open,
      ...notIgnored,
      `ISTEXT(${date})`,
      `${cleanDate}<>""`,
      `NOT(${tooLong})`,
      ...(unusableText ? [`NOT(${unusableText})`] : []),
    ],
    badDate: [...active, `IF(ISTEXT(${date}),${badText},NOT(IF(${isDate},NOT(${outOfWindow}))))`],
    overdue: [...open, ...dated, from, `${date}<TODAY()`],
    dueToday: [...open, ...dated, `${date}>=TODAY()`, `${date}<TODAY()+1`],
  };
  if (next) {
    const cleanNext = cleanRef(next);
    const vague = inList(cleanNext, options.vagueNextSteps, budget);
    const emptyText = vague ? `OR(${cleanNext}="",${vague})` : `${cleanNext}=""`;
    // An error value (#N/A) is no step: the core reads it as a placeholder. ISTEXT is FALSE for errors, so they
    // land in the non-text branch, where ISERROR catches every kind.
    conditions.missingNextStep = [...active, `IF(ISTEXT(${next}),${emptyText},OR(ISBLANK(${next}),ISERROR(${next})))`];
  }
  // Whole days, as the core counts them (its soon window is floor(days)); never a decimal mark in a formula.
  const soonDays = Number.isFinite(options.dueSoonDays) ? Math.floor(options.dueSoonDays) : 0;
  if (options.highlightDueSoon && soonDays > 0) {
    conditions.dueSoon = [...open, ...dated, `${date}>=TODAY()+1`, `${date}<TODAY()+${soonDays + 1}`, until];
  }
  // Rows under the last prospect (a legend, a stray note) get no rule.
  const lastRow = options.lastRowIndex;
  const rowCount =
    lastRow !== undefined && Number.isInteger(lastRow) && lastRow >= layout.bodyRowIndex
      ? Math.min(layout.bodyRowCount, lastRow - layout.bodyRowIndex + 1)
      : layout.bodyRowCount;
  const body = rangeAddress(layout.bodyRowIndex, layout.columnIndex, rowCount, layout.columnCount);
  const columnBody = (role: Role): string =>
    rangeAddress(layout.bodyRowIndex, layout.columnIndex + (columns[role] as number), rowCount, 1);
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
