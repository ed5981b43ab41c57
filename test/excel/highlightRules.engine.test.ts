/**
 * Our highlight rules, evaluated by an independent spreadsheet engine (HyperFormula, set up as Excel en-US) exactly
 * as Excel applies a conditional format, give each row the colours the core gives it. Our own evaluator in
 * src/preview/memory encodes what we believed about Excel; this engine was written by others.
 */
import fc from "fast-check";
import { DEFAULT_CLOSED_STATUSES, formatKind, isoToSerial } from "../../src/core";
import { LANGUAGES } from "../../src/core/languages/index";
import type { HighlightPrefs } from "../../src/excel/port";
import { FIELD_LAYOUTS } from "../core/fieldLayouts/corpus";
import { TODAY as FIELD_TODAY } from "../core/fieldLayouts/types";
import { compareSheet, type EngineSheet } from "./engineVerdicts";
import { HEADER, prospectRows, TODAY as GENERATED_TODAY } from "./generateSheet";
import { type Cell, evaluateOnce, shiftFormula } from "./independentEngine";

const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: true };

describe("the engine is set up as Excel en-US", () => {
  test("serials, TODAY(), text kept as text, errors, blanks", () => {
    expect(evaluateOnce([], "DATE(2026,11,25)")).toBe(isoToSerial("2026-11-25", false));
    expect(evaluateOnce([], "TODAY()", "2026-11-25")).toBe(isoToSerial("2026-11-25", false));
    expect(evaluateOnce([], "DATE(1900,3,1)")).toBe(61); // Excel's fake 1900-02-29 is serial 60
    expect(evaluateOnce(["12/01/2026"], "ISTEXT(A1)")).toBe(true);
    expect(evaluateOnce(["46000"], "ISNUMBER(A1)")).toBe(false);
    expect(evaluateOnce([{ error: "#N/A" }], "ISTEXT(A1)")).toBe(false);
    expect(evaluateOnce([null], "ISBLANK(A1)")).toBe(true);
    expect(evaluateOnce(["Won"], 'ISNUMBER(SEARCH("|"&A1&"|","|lost|won|"))')).toBe(true);
    expect(evaluateOnce(["?"], 'ISNUMBER(SEARCH("|"&SUBSTITUTE(A1,"?","~?")&"|","|tbd|?|"))')).toBe(true);
    expect(evaluateOnce(["x"], 'ISNUMBER(SEARCH("|"&SUBSTITUTE(A1,"?","~?")&"|","|tbd|?|"))')).toBe(false);
    // SEARCH's tilde escapes (the engine's own SEARCH is replaced: see independentEngine.ts).
    expect(evaluateOnce([], 'SEARCH("|a~~b|","|x|a~b|")')).toBe(3);
    expect(evaluateOnce([], 'ISNUMBER(SEARCH("|won~?|","|lost|won|"))')).toBe(false);
    expect(evaluateOnce([], 'SEARCH("|w?n|","|lost|WON|")')).toBe(6);
    expect(evaluateOnce([], 'ISNUMBER(SEARCH("|w?n|","|lost|wn|"))')).toBe(false);
  });

  test("shifting a formula moves relative rows only, never inside text", () => {
    expect(shiftFormula('AND($F2>1,N("$F2")=0,F$2,$A$1,UNICHAR(160))', 3, 0)).toBe(
      'AND($F5>1,N("$F2")=0,F$2,$A$1,UNICHAR(160))',
    );
  });
});

const days = (today: string, n: number): number => (isoToSerial(today, false) as number) + n;

/** Next steps: concrete, blank, padded, placeholders, numbers, errors. */
const STEPS: Cell[] = [
  "Call Dana",
  "Send deck",
  "",
  null,
  "  ",
  "TBD",
  "tbd ",
  " Maybe",
  "?",
  "n/a",
  "N/A",
  "-",
  "TBD\u00a0",
  "\tn/a",
  "maybe later",
  "~",
  "tbd*",
  "TBD\u3000",
  "\u2003",
  "\ufeffn/a",
  "Call\u3000Dana",
  "TBD | later",
  "^!",
  42,
  { error: "#N/A" },
];
/** Statuses: open, closed words of every language NextStep reads, padded and mixed-case, errors. */
const STATUSES: Cell[] = [
  "Open",
  "Negotiating",
  "",
  null,
  ...LANGUAGES.flatMap((l) => l.closed.slice(0, 3)),
  "WON",
  " lost ",
  "Closed – Won!",
  "9. Closed Won",
  "Not closed yet",
  "Won\u00a0",
  "\tLost",
  "GAGNÉ",
  "Gagne",
  "perdido",
  "Won\u3000",
  "\ufeffLost",
  "Closed\u202fWon",
  "Lost\u2009",
  { error: "#N/A" },
  0,
  "Closed | Won",
  "Closed Lost - price (12)",
  "Lost: went with a competitor",
  "closed lost - timing",
  `Won — ${"signed after the pricing call with procurement and legal, kick-off in January ".repeat(2)}`,
];
/** Active flags: yes, no words, booleans, numbers, numbers stored as text, padded. */
const ACTIVE: Cell[] = [
  "",
  null,
  "Yes",
  "no",
  "No",
  " NO ",
  "n",
  "FALSE",
  "false",
  true,
  false,
  1,
  0,
  "0",
  " 0",
  "nein",
  "non",
  "Não",
  "maybe",
  "No.",
  "N.",
  "Nein!",
  "false.",
  "NO\u00a0",
  "no\u3000",
];
/** Opt-out cells: yes words, booleans, 1, punctuated and padded yeses. */
const OPT_OUT: Cell[] = ["", null, "yes", "Yes!", "x", "X.", true, false, 1, 2, "1", "oui", "Y.", "no", " YES "];
/** A second status-like column. */
const STAGES: Cell[] = ["Proposal", "", "Closed Lost", "Deal Closed - Won", "Lost contact", "Gagné", "won\u3000"];
/** Date cells: serial offsets, times, text dates, text the core cannot use, numbers as text, blanks, errors. */
type DateCell = { offset: number; time?: number } | { years: number; offset: number } | Cell;
const TEXT_DATES: Cell[] = [
  "Nov 30, 2026",
  "12/01/2026",
  "2026-12-03",
  " 11/20/2026 ",
  "13/45/2026",
  "next week",
  "tomorrow",
  "TBD",
  "  ",
  "46000",
  "1/1/1990",
  "11/25/2026 9:00",
  "9:30",
  "next week\u3000",
  "\u3000",
  "\u202f12/01/2026",
  "01.12.2026",
  "2026-12-04T10:00",
  "10:00 AM",
  "'12/4/2026",
  "TBD | next week",
  "waiting on the PO",
];
const dateCell: fc.Arbitrary<DateCell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -30, max: 30 }).map((offset) => ({ offset })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ offset: fc.integer({ min: -2, max: 9 }), time: fc.constantFrom(0.375, 0.5, 0.999, 0.99999, 0.0001) })
      .map((d) => d as DateCell),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      years: fc.constantFrom(-10, 10),
      offset: fc.integer({ min: -1, max: 1 }),
    }) as fc.Arbitrary<DateCell>,
  },
  { weight: 3, arbitrary: fc.constantFrom<DateCell>(...TEXT_DATES) },
  { weight: 2, arbitrary: fc.constantFrom<DateCell>(null, { error: "#N/A" }, { error: "#DIV/0!" }, true) },
);

function dateValue(cell: DateCell, today: string): Cell {
  if (cell === null || typeof cell !== "object" || "error" in cell) return cell;
  if ("years" in cell) {
    const shifted = `${Number(today.slice(0, 4)) + cell.years}${today.slice(4)}`;
    // 29 February ten years on is no day: the core counts from the 28th (its window clamps).
    const serial = isoToSerial(shifted, false) ?? (isoToSerial(`${shifted.slice(0, 8)}28`, false) as number);
    return serial + cell.offset;
  }
  return days(today, cell.offset) + (cell.time ?? 0);
}

const row = fc.record({
  name: fc.constantFrom<Cell>("Acme", "Globex", "Initech", "", "HOT LEADS", "Total Deals:", { error: "#N/A" }),
  step: fc.constantFrom(...STEPS),
  date: dateCell,
  time: fc.constantFrom<Cell>(null, "", "9:00", 0.375, "14h"),
  status: fc.constantFrom(...STATUSES),
  active: fc.constantFrom(...ACTIVE),
  optOut: fc.constantFrom(...OPT_OUT),
  stage: fc.constantFrom(...STAGES),
  /** A date cell whose own format shows digits (a pasted value, a CSV import): no date, whatever the column's format. */
  digits: fc.option(fc.constantFrom("General", "0", "#,##0.00", "@"), { freq: 4 }),
});

const layout = fc.record({
  /** Title rows above the header, or a header far down the sheet. */
  above: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(0, 1, 2, 4) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 3000 }) },
  ),
  /** A blank column before the list, so it does not start in A. */
  leftPad: fc.boolean(),
  /** Today: any day of a leap and a plain year. */
  day: fc.integer({ min: 0, max: 800 }),
  dueSoonDays: fc.constantFrom(0, 1, 3, 7, 14),
  highlightDueSoon: fc.boolean(),
  /** The date column's format; undefined: no format read at all (a serial of the window is then a date). */
  dateFormat: fc.constantFrom("m/d/yyyy", "d mmm yyyy", "m/d/yyyy h:mm", "General", "0.00", undefined),
  /** Lines under the list: a total, a blank line and a legend note. */
  trailer: fc.boolean(),
});

function describeDiff(c: ReturnType<typeof compareSheet>): string {
  return JSON.stringify(c.differences.slice(0, 3)) + "\n" + c.rules.map((r) => `${r.kind}: ${r.formula}`).join("\n");
}

test("on generated sheets, the engine colours each row as the core classifies it", () => {
  let judged = 0;
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), layout, (rows, l) => {
      const today = new Date(Date.UTC(2027, 0, 1 + l.day)).toISOString().slice(0, 10);
      const pad = l.leftPad ? [null] : [];
      const title: Cell[][] = [];
      for (let i = 0; i < l.above; i++) title.push(i === 0 && l.above < 5 ? [...pad, "Q4 pipeline"] : []);
      const grid: Cell[][] = [
        ...title,
        [...pad, "Company", "Next step", "Due", "Time", "Status", "Active?", "Do Not Call", "Deal Stage"],
        ...rows.map((r) => [
          ...pad,
          r.name,
          r.step,
          dateValue(r.date, today),
          r.time,
          r.status,
          r.active,
          r.optOut,
          r.stage,
        ]),
        ...(l.trailer
          ? [[...pad, "Total", null, null, null, rows.length], [], [...pad, "Red = overdue, amber = today"]]
          : []),
      ];
      const dateColumn = pad.length + 2;
      const formats = Array.from({ length: pad.length + 8 }, (_, c) =>
        c === dateColumn ? l.dateFormat : c === dateColumn + 1 ? "h:mm" : "General",
      );
      // Rows whose date cell shows digits, unless a date-formatted cell holds the same day: the rules tell them
      // apart by day alone (see "a day held both by a real date and by digits" in the named cases).
      const top = title.length + 1;
      const dayOf = (r: number): number => {
        const cell = grid[top + r][dateColumn];
        return typeof cell === "number" ? Math.floor(cell) : NaN;
      };
      const dated = l.dateFormat === undefined || formatKind(l.dateFormat).startsWith("date");
      const realDays = new Set(rows.flatMap((r, i) => (!r.digits && dated ? [dayOf(i)] : [])));
      // undefined: a format never read (no format at all when the column has none).
      const formatGrid = grid.map((_, g) =>
        formats.map((f, c) => {
          const r = g - top;
          const digits = c === dateColumn && r >= 0 && r < rows.length ? rows[r].digits : null;
          if (digits && !realDays.has(dayOf(r))) return digits;
          return c === dateColumn || l.dateFormat !== undefined ? f : undefined;
        }),
      );
      const sheet: EngineSheet = {
        grid,
        formatGrid,
        today,
        prefs: { ...PREFS, dueSoonDays: l.dueSoonDays, highlightDueSoon: l.highlightDueSoon },
      };
      const result = compareSheet(sheet);
      if (result.report.header.row !== l.above + 1 || result.report.header.columns.date !== dateColumn) return;
      judged++;
      if (result.differences.length > 0) throw new Error(describeDiff(result));
    }),
    { numRuns: Number(process.env.ENGINE_RUNS ?? 100), seed: Number(process.env.ENGINE_SEED ?? 20261205) },
  );
  expect(judged).toBeGreaterThan(80);
}, 300_000);

test("on the field layouts (CRM exports, trackers, seven languages), the engine agrees with the core", () => {
  let judged = 0;
  for (const field of FIELD_LAYOUTS) {
    const grid = field.values.map((r) => r.map((v) => (v === undefined ? null : (v as Cell))));
    const result = compareSheet({
      grid,
      today: FIELD_TODAY,
      options: { dateOrder: field.dateOrder ?? "MDY" },
      prefs: PREFS,
    });
    if (result.rules.length === 0) continue;
    judged++;
    expect({ layout: field.name, differences: result.differences }).toEqual({ layout: field.name, differences: [] });
  }
  expect(judged).toBeGreaterThan(20);
});

test("on the generated demo list (12 columns, title rows, every planned kind), the engine agrees with the core", () => {
  const rows = prospectRows(60) as Cell[][];
  const grid: Cell[][] = [
    ["Q4 pipeline"],
    [],
    HEADER,
    ...rows.map((r) => r.map((v): Cell => (v === "#N/A" ? { error: "#N/A" } : v))),
  ];
  const formats = HEADER.map((h) => (h === "Date" ? "m/d/yyyy" : h === "Value" ? "#,##0" : "General"));
  const result = compareSheet({ grid, formats, today: GENERATED_TODAY, prefs: PREFS });
  expect(result.report.header.row).toBe(3);
  expect(new Set(result.report.rows.map((r) => r.state))).toEqual(
    new Set(["overdue", "dueToday", "dueSoon", "scheduled", "closed", "incomplete"]),
  );
  expect(result.differences).toEqual([]);
});
