/**
 * The value forms real sheets carry, put into every field layout (test/core/fieldLayouts): each layout's own first open
 * prospect row is copied once per form, with the form in its date, status or next-step cell, and the independent
 * engine must colour every copy as the core classifies it. Also: title rows above the header, and the 1904 date system.
 */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES, isoToSerial } from "../../src/core";
import { LANGUAGES } from "../../src/core/languages/index";
import { NO_WORDS, YES_WORDS } from "../../src/core/yesValue";
import type { HighlightPrefs } from "../../src/excel/port";
import { FIELD_LAYOUTS } from "../core/fieldLayouts/corpus";
import type { FieldLayout } from "../core/fieldLayouts/types";
import { compareSheet, type Comparison } from "./engineVerdicts";
import type { Cell } from "./independentEngine";

const TODAY = "2026-11-25";
const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: true };
/** Days between the 1900 and the 1904 date systems' serials ("Date systems in Excel"). */
const SHIFT_1904 = 1462;
const day = (n: number, date1904 = false): number =>
  (isoToSerial(TODAY, false) as number) + n - (date1904 ? SHIFT_1904 : 0);

/** A date cell's value and the number format its cell has (undefined: none read). */
type DateForm = [Cell, string | undefined];

function dateForms(date1904: boolean): DateForm[] {
  const d = (n: number) => day(n, date1904);
  return [
    [d(-3), "m/d/yyyy"],
    [d(0) + 0.5, "m/d/yyyy h:mm"],
    [d(2) + 0.75, "m/d/yyyy"], // a time the format hides
    [d(3), "General"], // shown as digits
    [d(4), "@"],
    [d(5), "#,##0"],
    [d(6), undefined], // a format never read: a serial of the window
    [d(-4000), "m/d/yyyy"], // eleven years ago: too far
    [d(4000), "m/d/yyyy"],
    [1, "m/d/yyyy"],
    [2958465, "m/d/yyyy"], // 31 December 9999 (1900 system)
    [0.4166666666666667, "h:mm AM/PM"], // a time alone
    [-5, "General"],
    ["12/01/2026", "@"],
    ["01.12.2026", "@"], // dotted: day-first wherever it is written
    ["2026-12-04", "General"],
    ["2026-12-04T10:00", "General"],
    ["2026-12-04 10:00", "General"],
    ["Dec 4, 2026", "General"],
    ["4 Dec 2026", "General"],
    ["12/4/2026 10:00 AM", "General"],
    ["10:00 AM", "General"],
    ["'12/4/2026", "General"], // an apostrophe kept in the value (text pasted from elsewhere)
    ["46360", "@"], // a serial stored as text
    [" 46360 ", "General"],
    ["   ", "General"],
    ["\u00a0", "General"],
    ["", "m/d/yyyy"],
    [null, "m/d/yyyy"],
    [{ error: "#N/A" }, "m/d/yyyy"],
    [{ error: "#VALUE!" }, "m/d/yyyy"],
    ["#N/A", "@"], // the text, not the error
    [true, "General"],
    ["TBD", "General"],
    ["next week", "General"],
    ["Q1 2027", "General"],
    ["11/25/2026", "General"], // today, as text
    ["2026-11-25 23:59", "General"],
    ["12/32/2026", "General"],
  ];
}

/** Statuses: closed words of every language in other casings and paddings, and what is no status at all. */
const STATUS_FORMS: Cell[] = [
  // Each word in one of four spellings, in turn.
  ...LANGUAGES.flatMap((l) => l.closed.slice(0, 4)).map(
    (w, i) => [w.toUpperCase(), `${w.toLowerCase()} `, `${w}\u00a0`, ` ${w}\u00a0 `][i % 4],
  ),
  "Closed Won ",
  "closed-won",
  "Won\u200b", // a zero-width space
  "Lost\u00a0\u00a0",
  "  ",
  "\u00a0",
  "",
  null,
  { error: "#N/A" },
  { error: "#DIV/0!" },
  "#N/A",
  42,
  true,
  false,
  "Open",
  "Not won yet",
];

/** Next steps: blank and whitespace-only in every kind of space, placeholders, errors, numbers. */
const STEP_FORMS: Cell[] = [
  "",
  null,
  "   ",
  "\u00a0",
  "\t",
  "\n",
  "\u00a0 \u00a0",
  "\u3000",
  "TBD",
  " tbd\u00a0",
  "'",
  "-",
  "--",
  "...",
  "n/a",
  "N/A ",
  "?",
  "??",
  { error: "#N/A" },
  { error: "#VALUE!" },
  "#N/A",
  0,
  42,
  true,
  "Call Dana",
  "'Call Dana",
  "Call Dana\u00a0",
];

/** Opt-out and active-flag cells: every language's yes and no words, cased, padded and punctuated, and non-words. */
const FLAG_FORMS: Cell[] = [
  ...[...YES_WORDS, ...NO_WORDS].map((w, i) => [w.toUpperCase(), ` ${w}\u00a0`, `${w}.`, `${w}!`, w][i % 5]),
  true,
  false,
  0,
  1,
  2,
  "0",
  "1",
  " 1 ",
  "",
  "  ",
  null,
  { error: "#N/A" },
  "maybe",
];

/** The layout's grid and formats with the forms appended: copies of its first open prospect row. */
function withForms(
  layout: FieldLayout,
  date1904: boolean,
  above: Cell[][],
): { grid: Cell[][]; formatGrid: (string | undefined)[][] } | undefined {
  const options = { today: TODAY, dateOrder: layout.dateOrder ?? "MDY", date1904 };
  const report = analyzeSheet({ values: layout.values }, options);
  const c = report.header.columns;
  if (c.date === undefined) return undefined;
  const template = report.rows.find((r) => r.state !== "closed" && r.state !== "incomplete") ?? report.rows[0];
  if (!template) return undefined;
  const width = Math.max(...layout.values.map((r) => r.length));
  const base: Cell[] = Array.from({ length: width }, (_, i) => {
    const v = layout.values[template.row - 1]?.[i];
    return v === undefined ? null : (v as Cell);
  });
  const open = (row: Cell[]): Cell[] => {
    if (c.status !== undefined) row[c.status] = "Open";
    for (const col of [...(report.header.closers ?? []), ...(report.header.optOuts ?? [])]) row[col] = null;
    for (const col of report.header.activeFlags ?? []) row[col] = null;
    return row;
  };
  const added: [Cell[], string | undefined][] = [];
  for (const [value, format] of dateForms(date1904)) {
    const row = open([...base]);
    row[c.date] = value;
    if (c.nextStep !== undefined) row[c.nextStep] = "Call Dana";
    added.push([row, format]);
  }
  if (c.status !== undefined) {
    for (const status of STATUS_FORMS) {
      const row = open([...base]);
      row[c.status] = status;
      row[c.date] = day(-3, date1904);
      added.push([row, "m/d/yyyy"]);
    }
  }
  for (const col of [...(report.header.optOuts ?? []), ...(report.header.activeFlags ?? [])]) {
    for (const flag of FLAG_FORMS) {
      const row = open([...base]);
      row[col] = flag;
      row[c.date] = day(-3, date1904);
      added.push([row, "m/d/yyyy"]);
    }
  }
  if (c.nextStep !== undefined) {
    for (const step of STEP_FORMS) {
      const row = open([...base]);
      row[c.nextStep] = step;
      row[c.date] = day(0, date1904);
      added.push([row, "m/d/yyyy"]);
    }
  }
  const own: Cell[][] = layout.values.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? null) as Cell));
  const grid = [...above, ...own, ...added.map(([row]) => row)];
  const formatGrid = [
    ...above.map(() => []),
    ...own.map(() => []), // the layout's own cells: formats never read
    ...added.map(([, format]) => Array.from({ length: width }, (_, i) => (i === c.date ? format : "General"))),
  ];
  return { grid, formatGrid };
}

/** One line per disagreeing row: the layout, the core's and the engine's kinds, and the row's cells. */
function describe(layout: string, result: Comparison): string[] {
  return result.differences.map(
    (d) => `${layout} row ${d.row}: core ${d.core} engine ${d.engine} ${JSON.stringify(d.cells)}`,
  );
}

/** Compares every `every`-th layout (the engine is slow on a shared machine: one pass over all is enough). */
function check(date1904: boolean, above: Cell[][], every = 1): number {
  let judged = 0;
  const failures: string[] = [];
  for (const layout of FIELD_LAYOUTS.filter((_, i) => i % every === 0)) {
    const sheet = withForms(layout, date1904, above);
    if (!sheet) continue;
    const result = compareSheet({
      ...sheet,
      today: TODAY,
      options: { dateOrder: layout.dateOrder ?? "MDY", date1904 },
      prefs: PREFS,
    });
    if (result.rules.length === 0) continue;
    judged++;
    failures.push(...describe(layout.name, result));
  }
  expect(failures.slice(0, 40)).toEqual([]);
  return judged;
}

test("every value form, in every field layout, is coloured by the engine as the core classifies it", () => {
  expect(check(false, [])).toBeGreaterThan(20);
}, 300_000);

test("with a merged title and a blank row above the header, and in the 1904 date system, too", () => {
  // A merged title's value sits in its top-left cell; the other cells of the merge read as empty.
  expect(check(true, [["Q4 pipeline — West", null, null], [null]], 3)).toBeGreaterThan(10);
}, 300_000);
