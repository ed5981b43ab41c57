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

export { HIGHLIGHT_FILLS, type HighlightKind } from "./highlightFills";

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
   * Whole days (serials) of date-column numbers the core read as numbers, not dates: the cell shows digits (General,
   * 0.00, "@"). The rules cannot see a format, so they list these days; a day also held by a real date stays a date.
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
/**
 * Excel's formula limit is 8,192 characters; word lists stop well before it. One formula may hold the closed list
 * (shared by every status-like column), the ignored rows and one of the placeholder or unusable-date lists.
 */
export const MAX_LIST_CHARS = 1800;
const IGNORED_LIST_CHARS = 800;
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

/**
 * Excel's TRIM removes only spaces, while the core trims non-breaking spaces, tabs and line breaks too ("Won\u00a0",
 * "\tLost", "TBD\u00a0"): both sides turn those into spaces first. excelClean is what cleanRef computes in Excel.
 * UNICHAR, not CHAR: CHAR reads the Mac character set on a Mac (CHAR(160) is no non-breaking space there) and Excel
 * for the web supports only some codes (support.microsoft.com, "CHAR function").
 */
const BLANKS = [160, 9, 10, 13];
export function excelClean(text: string): string {
  return excelTrim(text.replace(/[\u00a0\t\n\r]/g, " "));
}
function cleanRef(expr: string): string {
  return `TRIM(${BLANKS.reduce((inner, code) => `SUBSTITUTE(${inner},UNICHAR(${code})," ")`, expr)})`;
}

/** Longest text a list holds: escaped and wrapped, it stays within the 255 characters SEARCH's find_text may have. */
export const MAX_LIST_TEXT = 120;

/** Excel string literal: doubles the quotes. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A text as the lists hold it: "^" doubled and "|" written "^!", so no listed text holds the "|" between them and
 * "|"&encoded&"|" is found in the list only where a whole listed text equals it ("Closed | Won" is listed as
 * "Closed ^! Won"). Doubling "|" instead would not do: "|b" would find "a|" and "b" listed side by side.
 */
const encodeItem = (text: string): string => text.replace(/\^/g, "^^").replace(/\|/g, "^!");

/**
 * True in Excel when the cleaned text expr equals one of texts, ignoring case as Excel's = does:
 * `ISNUMBER(SEARCH("|"&encoded&"|","|a|b|"&"|c|"))`. One lookup in one delimited list keeps long lists short (a
 * comparison per text repeated the cell reference each time); the cell's text is encoded as the list's (encodeItem)
 * and SEARCH's wildcards (~ * ?) escaped in it. Each literal stays under MAX_LITERAL_CHARS; the list stops before
 * budget characters. A text longer than MAX_LIST_TEXT (a status with a note: "Lost — went with a competitor after…")
 * would make find_text too long, so it gets its own comparison, while it fits one literal. Undefined for an empty list.
 */
function inList(expr: string, texts: readonly string[], budget = MAX_LIST_CHARS): string | undefined {
  const seen = new Set<string>();
  const items: string[] = [];
  const longTexts: string[] = [];
  let chars = 0;
  for (const raw of texts) {
    const text = excelClean(raw);
    const folded = text.toLowerCase();
    if (text === "" || seen.has(folded)) continue;
    const long = text.length > MAX_LIST_TEXT;
    if (long && literal(text).length > MAX_LITERAL_CHARS) continue;
    const cost = long ? literal(text).length + expr.length + 2 : literal(encodeItem(text)).length - 1;
    if (chars + cost > budget) break;
    seen.add(folded);
    (long ? longTexts : items).push(long ? text : encodeItem(text));
    chars += cost;
  }
  const tests = longTexts.map((text) => `${expr}=${literal(text)}`);
  if (items.length > 0) {
    // The pieces join into one "|a|b|c|": a later literal starts with no "|" of its own, or the join would hold
    // "||", which an empty text (a status of spaces alone) would find.
    const literals: string[] = [];
    let current = "|";
    for (const item of items) {
      const piece = item + "|";
      if (literal(current + piece).length > MAX_LITERAL_CHARS) {
        literals.push(literal(current));
        current = "";
      }
      current += piece;
    }
    literals.push(literal(current));
    const encoded = `SUBSTITUTE(SUBSTITUTE(${expr},"^","^^"),"|","^!")`;
    const escaped = [
      ["~", "~~"],
      ["*", "~*"],
      ["?", "~?"],
    ].reduce((inner, [from, to]) => `SUBSTITUTE(${inner},"${from}","${to}")`, encoded);
    tests.unshift(`ISNUMBER(SEARCH("|"&${escaped}&"|",${literals.join("&")}))`);
  }
  if (tests.length === 0) return undefined;
  return tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
}

/**
 * True in Excel when the number in `date` is one the core read as a number shown as digits: its whole day is listed
 * (`ISNUMBER(SEARCH("|"&INT($F2)&"|","|46360|46361|"))`; INT of a serial is its day, and & writes a whole number as
 * plain digits). A list past its budget covers every number when the column holds no real date. Undefined when none.
 */
function shownAsNumber(date: string, days: readonly number[], noDateNumbers: boolean): string | undefined {
  const whole = [...new Set(days.filter((d) => Number.isInteger(d) && d > 0))];
  if (whole.length === 0) return undefined;
  const listed = whole.map(String);
  if (listed.join("|").length + 2 > MAX_LIST_CHARS) {
    if (noDateNumbers) return `ISNUMBER(${date})`;
    let chars = 0;
    const cut = listed.findIndex((text) => (chars += text.length + 1) > MAX_LIST_CHARS);
    listed.length = cut;
  }
  const literals: string[] = [];
  let current = "|";
  for (const text of listed) {
    if (current.length + text.length + 3 > MAX_LITERAL_CHARS) {
      literals.push(literal(current));
      current = "";
    }
    current += text + "|";
  }
  literals.push(literal(current));
  return `ISNUMBER(SEARCH("|"&INT(${date})&"|",${literals.join("&")}))`;
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
  const ignored = inList(joined, options.ignoredRowTexts ?? [], IGNORED_LIST_CHARS);
  const hasRow = `NOT(IFERROR(NOT(AND(LEN(${joined})>0${ignored ? `,NOT(${ignored})` : ""})),0))`;
  const notIgnored = ignored ? [`NOT(IFERROR(${ignored},0))`] : [];
  const closing = [
    ...(status ? [status] : []),
    ...(options.closerColumns ?? []).filter((c) => Number.isInteger(c) && c >= 0 && c < layout.columnCount).map(at),
  ];
  // Every status-like column reads the same list, so each gets its share of the length budget.
  const closedTests = closing
    .map((r) => {
      const test = inList(cleanRef(r), options.closedStatuses, Math.floor(MAX_LIST_CHARS / closing.length));
      return test ? `IF(ISTEXT(${r}),${test})` : undefined;
    })
    .filter((t): t is string => t !== undefined);
  for (const c of options.optOutColumns ?? []) {
    if (!Number.isInteger(c) || c < 0 || c >= layout.columnCount) continue;
    const r = at(c);
    const yesText = inList(cleanRef(r), options.yesTexts ?? []);
    closedTests.push(
      `IF(ISLOGICAL(${r}),${r},IF(ISNUMBER(${r}),${r}=1${yesText ? `,IF(ISTEXT(${r}),${yesText})` : ""}))`,
    );
  }
  for (const c of options.activeFlagColumns ?? []) {
    if (!Number.isInteger(c) || c < 0 || c >= layout.columnCount) continue;
    const r = at(c);
    const noText = inList(cleanRef(r), options.noTexts ?? []);
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
  const unusableText = inList(cleanDate, options.invalidDateTexts);
  // Texts too long for the list are never dates (the core reads at most 64 characters): the length test covers them.
  const tooLong = `LEN(${cleanDate})>${MAX_LIST_TEXT}`;
  const badText = `OR(${cleanDate}="",${tooLong}${unusableText ? `,${unusableText}` : ""})`;
  const shown = shownAsNumber(date, options.numberDays ?? [], options.noDateNumbers === true);
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
    const vague = inList(cleanNext, options.vagueNextSteps);
    const emptyText = vague ? `OR(${cleanNext}="",${vague})` : `${cleanNext}=""`;
    // An error value (#N/A) is no step: the core reads it as a placeholder. ISTEXT is FALSE for errors, so they
    // land in the non-text branch, where ISERROR catches every kind.
    conditions.missingNextStep = [...active, `IF(ISTEXT(${next}),${emptyText},OR(ISBLANK(${next}),ISERROR(${next})))`];
  }
  if (options.highlightDueSoon && options.dueSoonDays > 0) {
    conditions.dueSoon = [...open, ...dated, `${date}>=TODAY()+1`, `${date}<TODAY()+${options.dueSoonDays + 1}`, until];
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
