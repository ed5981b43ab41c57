/** Highlighting in the sheet: what the rep sees on day D, and that it follows the rows and the calendar. */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import type { SheetReport } from "../../src/core/types";
import { applyHighlights } from "../../src/excel/applyHighlights";
import { clearHighlights } from "../../src/excel/clearHighlights";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlightRules";
import type { HighlightPrefs, SheetSnapshot } from "../../src/excel/port";
import { readSheet } from "../../src/excel/readSheet";
import { highlightedCells } from "../../src/preview/memory/highlight";
import {
  installMemoryOffice,
  snapshotRules,
  snapshotSheet,
  type MemoryInstallation,
  type MemoryWorkbook,
} from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";

let installed: MemoryInstallation | undefined;
afterEach(() => installed?.uninstall());

const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: false };
const { overdue: RED, dueToday: AMBER, badDate: YELLOW, textDate: PURPLE } = HIGHLIGHT_FILLS;

async function readAndAnalyze(today = TODAY): Promise<{ snapshot: SheetSnapshot; report: SheetReport }> {
  const snapshot = await readSheet();
  return { snapshot, report: analyzeSheet(snapshot.input, { today, date1904: snapshot.date1904 }) };
}

/** Rows (sheet numbers) whose prospect cell (column A) shows `fill` from a rule. */
function rowsFilled(workbook: MemoryWorkbook, fill: string): number[] {
  const cells = highlightedCells(workbook, "Prospects", { rulesOnly: true });
  return Object.entries(cells)
    .filter(([address, f]) => /^A\d+$/.test(address) && f === fill)
    .map(([address]) => Number(address.slice(1)))
    .sort((a, b) => a - b);
}

function cellsFilled(workbook: MemoryWorkbook, column: string, fill: string): number[] {
  const cells = highlightedCells(workbook, "Prospects", { rulesOnly: true });
  return Object.entries(cells)
    .filter(([address, f]) => address.startsWith(column) && /^\d+$/.test(address.slice(column.length)) && f === fill)
    .map(([address]) => Number(address.slice(column.length)))
    .sort((a, b) => a - b);
}

const rowsIn = (report: SheetReport, pick: (r: SheetReport["rows"][number]) => boolean) =>
  report.rows.filter(pick).map((r) => r.row);

test("on day D, exactly the rows the core calls overdue / due today are red / amber", async () => {
  const workbook = generateWorkbook({ rows: 60 });
  installed = installMemoryOffice(workbook);
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  // A formula cannot compare a date typed as text: those rows show the "stored as text" mark instead.
  const overdue = rowsIn(report, (r) => r.state === "overdue" && r.dateKind === "serial");
  expect(overdue.length).toBeGreaterThan(5);
  expect(rowsFilled(workbook, RED)).toEqual(overdue);
  expect(rowsFilled(workbook, AMBER)).toEqual(rowsIn(report, (r) => r.state === "dueToday" && r.dateKind === "serial"));
});
