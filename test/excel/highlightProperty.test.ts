/**
 * For random sheets and random days, what Excel paints is what the core says: red/amber rows are the core's
 * overdue/dueToday rows with real dates, yellow cells its problems, lilac cells its text dates (active rows only).
 */
import fc from "fast-check";
import { analyzeSheet, DEFAULT_CLOSED_STATUSES, isoToSerial } from "../../src/core";
import type { SheetReport } from "../../src/core/types";
import { applyHighlights } from "../../src/excel/applyHighlights";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlightRules";
import { readSheet } from "../../src/excel/readSheet";
import { MemoryWorkbook } from "../../src/preview/memory";
import { highlightedCells } from "../../src/preview/memory/highlight";
import { install } from "./useMemoryExcel";

const STEPS = ["Call Dana", "", "TBD", "  ", "n/a", "Send deck", "?", "maybe", "#N/A", "#DIV/0!"];
const STATUSES = ["Open", "Won", "closed won", "CLOSED - WON!", "Lost", "", "Negotiating", "Dead."];
const TEXT_DATES = ["Nov 30, 2026", "12/01/2026", "2026-12-03", "13/45/2026", "next week", "  ", "#N/A", "1/1/1990"];

/** Days from today, or ten years from today give or take a day (the core's window edges). */
const cell = fc.oneof(
  fc.integer({ min: -400, max: 400 }).map((offset) => ({ offset })),
  fc.record({ years: fc.constantFrom(-10, 10), offset: fc.integer({ min: -1, max: 1 }) }),
  fc.constantFrom(...TEXT_DATES),
  fc.constantFrom("", true),
);
const row = fc.record({
  name: fc.constantFrom("Acme", "Globex", "", "Initech"),
  step: fc.constantFrom(...STEPS),
  date: cell,
  status: fc.constantFrom(...STATUSES),
});

function paintedRows(painted: Record<string, string>, column: string, fill: string): number[] {
  return Object.entries(painted)
    .filter(([a, f]) => f === fill && new RegExp(`^${column}\\d+$`).test(a))
    .map(([a]) => Number(a.slice(column.length)))
    .sort((x, y) => x - y);
}

const pick = (report: SheetReport, test: (r: SheetReport["rows"][number]) => boolean) =>
  report.rows.filter(test).map((r) => r.row);

test("Excel's colours agree with the core on random sheets and days", async () => {
  let checked = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(row, { minLength: 1, maxLength: 25 }),
      fc.integer({ min: 0, max: 300 }),
      async (rows, day) => {
        const today = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        const serialOf = (d: { offset: number; years?: number }): number => {
          const shifted = `${Number(today.slice(0, 4)) + (d.years ?? 0)}${today.slice(4)}`;
          return (isoToSerial(shifted, false) as number) + d.offset;
        };
        const workbook = new MemoryWorkbook({ today });
        workbook.addSheet("Prospects", [
          ["Prospect", "Next step", "Due", "Status"],
          ...rows.map((r) => [r.name, r.step, typeof r.date === "object" ? serialOf(r.date) : r.date, r.status]),
        ]);
        workbook.setFormat("Prospects", `C2:C${rows.length + 1}`, { numberFormat: "d mmm yyyy" });
        install(workbook);
        const snapshot = await readSheet();
        const report = analyzeSheet(snapshot.input, { today });
        if (report.header.row !== 1) return; // the core must see our header; a random sheet may read otherwise
        checked++;
        await applyHighlights(snapshot.source, report, {
          closedStatuses: DEFAULT_CLOSED_STATUSES,
          dueSoonDays: 7,
          highlightDueSoon: false,
        });
        const painted = highlightedCells(workbook, "Prospects", { rulesOnly: true });
        const active = (r: SheetReport["rows"][number]) => r.state !== "closed";
        // Row tints show in the status column, which no cell rule covers.
        expect(paintedRows(painted, "D", HIGHLIGHT_FILLS.overdue)).toEqual(
          pick(report, (r) => r.state === "overdue" && r.dateKind === "serial"),
        );
        expect(paintedRows(painted, "D", HIGHLIGHT_FILLS.dueToday)).toEqual(
          pick(report, (r) => r.state === "dueToday" && r.dateKind === "serial"),
        );
        expect(paintedRows(painted, "B", HIGHLIGHT_FILLS.missingNextStep)).toEqual(
          pick(report, (r) => active(r) && r.problems.includes("missingNextStep")),
        );
        expect(paintedRows(painted, "C", HIGHLIGHT_FILLS.badDate)).toEqual(
          pick(report, (r) => active(r) && (r.problems.includes("missingDate") || r.problems.includes("invalidDate"))),
        );
        expect(paintedRows(painted, "C", HIGHLIGHT_FILLS.textDate)).toEqual(
          pick(report, (r) => active(r) && r.dateKind === "text"),
        );
      },
    ),
    { numRuns: 200, seed: 20261201 },
  );
  expect(checked).toBeGreaterThan(150); // most random sheets are judged, not skipped
}, 120_000);

/** Field statuses (word-boundary verdicts both ways), padding Excel's TRIM leaves, a Stage and an opt-out column. */
const FIELD_STATUSES = [
  "Open",
  "9. Closed Won",
  "Not closed yet",
  "Won\u00a0",
  "\tLost",
  "Lost – no budget",
  "Won't decide until Q2",
  "Won\u3000",
  "",
];
const FIELD_STAGES = ["Proposal", "Closed Lost", "Deal Closed - Won", "Lost contact", "", "Gagné"];
const OPT_OUTS = ["", "yes", "No", true, false, 1, 0, "TRUE", " Y ", "Yes!"];
const ACTIVE_FLAGS = ["", "Yes", "no", true, false, 1, 0, "N", " nein ", "FALSE", "maybe", "No.", "Nein!"];
const FIELD_STEPS = ["Call Dana", "TBD\u00a0", "\tn/a", "", "Send deck", "?"];
const FIELD_NAMES = ["Acme", "Globex", "HOT LEADS", "Total Deals:", "", "Initech"];

test("Excel's colours agree with the core on field sheets: Stage, opt-out and active-flag columns, padded words, set-aside rows", async () => {
  let checked = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          name: fc.constantFrom(...FIELD_NAMES),
          step: fc.constantFrom(...FIELD_STEPS),
          offset: fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
          status: fc.constantFrom(...FIELD_STATUSES),
          stage: fc.constantFrom(...FIELD_STAGES),
          optOut: fc.constantFrom(...OPT_OUTS),
          active: fc.constantFrom(...ACTIVE_FLAGS),
        }),
        { minLength: 1, maxLength: 20 },
      ),
      async (rows) => {
        const today = "2026-11-25";
        const base = isoToSerial(today, false) as number;
        const workbook = new MemoryWorkbook({ today });
        workbook.addSheet("Prospects", [
          ["Company", "Next step", "Due", "Status", "Deal Stage", "Do Not Call", "Active?"],
          ...rows.map((r) => [
            r.name,
            r.step,
            r.offset === undefined ? "" : base + r.offset,
            r.status,
            r.stage,
            r.optOut,
            r.active,
          ]),
        ]);
        workbook.setFormat("Prospects", `C2:C${rows.length + 1}`, { numberFormat: "d mmm yyyy" });
        install(workbook);
        const snapshot = await readSheet();
        const report = analyzeSheet(snapshot.input, { today });
        if (report.header.row !== 1) return;
        // "Status" and "Deal Stage": one is the status role, the other closes rows too.
        expect([report.header.columns.status, ...(report.header.closers ?? [])].sort()).toEqual([3, 4]);
        expect(report.header.optOuts).toEqual([5]);
        expect(report.header.activeFlags).toEqual([6]);
        checked++;
        await applyHighlights(snapshot.source, report, {
          closedStatuses: DEFAULT_CLOSED_STATUSES,
          dueSoonDays: 7,
          highlightDueSoon: false,
        });
        const painted = highlightedCells(workbook, "Prospects", { rulesOnly: true });
        const active = (r: SheetReport["rows"][number]) => r.state !== "closed";
        expect(paintedRows(painted, "F", HIGHLIGHT_FILLS.overdue)).toEqual(pick(report, (r) => r.state === "overdue"));
        expect(paintedRows(painted, "F", HIGHLIGHT_FILLS.dueToday)).toEqual(
          pick(report, (r) => r.state === "dueToday"),
        );
        expect(paintedRows(painted, "B", HIGHLIGHT_FILLS.missingNextStep)).toEqual(
          pick(report, (r) => active(r) && r.problems.includes("missingNextStep")),
        );
        expect(paintedRows(painted, "C", HIGHLIGHT_FILLS.badDate)).toEqual(
          pick(report, (r) => active(r) && (r.problems.includes("missingDate") || r.problems.includes("invalidDate"))),
        );
      },
    ),
    { numRuns: 120, seed: 20261204 },
  );
  expect(checked).toBeGreaterThan(100);
}, 120_000);

test("on 29 February, Excel's colours keep the core's ten-year window (its edges fall on the 28th)", async () => {
  const today = "2028-02-29";
  const dates = ["2018-02-27", "2018-02-28", "2018-03-01", "2038-02-28", "2038-03-01"];
  const workbook = new MemoryWorkbook({ today });
  workbook.addSheet("Prospects", [
    ["Prospect", "Next step", "Due", "Status"],
    ...dates.map((iso, i) => [`Prospect ${i}`, "Call", isoToSerial(iso, false) as number, "Open"]),
  ]);
  workbook.setFormat("Prospects", `C2:C${dates.length + 1}`, { numberFormat: "d mmm yyyy" });
  install(workbook);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today });
  await applyHighlights(snapshot.source, report, {
    closedStatuses: DEFAULT_CLOSED_STATUSES,
    dueSoonDays: 7,
    highlightDueSoon: false,
  });
  const painted = highlightedCells(workbook, "Prospects", { rulesOnly: true });
  expect(pick(report, (r) => r.state === "overdue")).toEqual([3, 4]);
  expect(paintedRows(painted, "D", HIGHLIGHT_FILLS.overdue)).toEqual([3, 4]);
  expect(paintedRows(painted, "C", HIGHLIGHT_FILLS.badDate)).toEqual([2, 6]);
});
