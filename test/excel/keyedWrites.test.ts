/**
 * Exact undo after a sort: cells written by prospect key are found again wherever rows moved; a cell NextStep never
 * wrote (even one holding the same date) is never touched; when it cannot be sure, it leaves the cell and says so.
 */
import { analyzeSheet } from "../../src/core";
import { readSheet } from "../../src/excel/readSheet";
import { applyTextDateFixes, planTextDateFixes, undoTextDateFixes } from "../../src/excel/textDates";
import { undoSentence } from "../../src/excel/undoSentence";
import { undoKeyedWrites, writeCellsByKey, type KeyedList } from "../../src/excel/keyedWrites";
import { isoToSerial, MemoryWorkbook, snapshotSheet } from "../../src/preview/memory";
import { splitSpans } from "../../src/excel/spanWrites";
import { TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const DEC_3 = isoToSerial("2026-12-03");

function pipeline(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: TODAY });
  workbook.addSheet("Prospects", [
    ["Prospect", "Next step", "Date", "Notes"],
    ["Delta", "Call", "Dec 3, 2026", "converted"],
    ["Alpha", "Demo", DEC_3, "real date, same day: never touched"],
    ["Charlie", "Email", "Dec 5, 2026", "converted"],
    ["Bravo", "Visit", "tomorrow-ish", "not a date: never touched"],
    ["Echo", "Call", "Dec 1, 2026", "converted"],
  ]);
  workbook.setFormat("Prospects", "C3", { numberFormat: "m/d/yyyy" });
  return workbook;
}

async function convert(workbook: MemoryWorkbook) {
  install(workbook);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const plan = planTextDateFixes(snapshot, report);
  return { plan, undo: await applyTextDateFixes(snapshot.source.sheetId, plan) };
}

/** Column → value of each row, keyed by prospect (row order does not matter). */
function byProspect(workbook: MemoryWorkbook): Record<string, [unknown, unknown, unknown]> {
  const { values, formulas, numberFormat } = snapshotSheet(workbook, "Prospects");
  const out: Record<string, [unknown, unknown, unknown]> = {};
  values.slice(1).forEach((row, i) => (out[String(row[0])] = [row[2], formulas[i + 1][2], numberFormat[i + 1][2]]));
  return out;
}

test("convert, sort, undo: exactly the converted cells get their text back, wherever the sort moved them", async () => {
  const workbook = pipeline();
  const before = byProspect(workbook);
  const { plan, undo } = await convert(workbook);
  expect(plan.map((f) => f.oldText)).toEqual(["Dec 3, 2026", "Dec 5, 2026", "Dec 1, 2026"]);
  workbook.userSort("Prospects", "A1:D6", [{ key: 0, ascending: true }], { hasHeaders: true });
  const sorted = snapshotSheet(workbook, "Prospects");
  expect(sorted.values.map((r) => r[0])).toEqual(["Prospect", "Alpha", "Bravo", "Charlie", "Delta", "Echo"]);

  const result = await undoTextDateFixes(undo);
  expect(result).toEqual({ restored: 3, skipped: 0, unsure: 0 });
  expect(byProspect(workbook)).toEqual(before);
  // Rows stay where the rep sorted them; only date cells of converted rows changed.
  const after = snapshotSheet(workbook, "Prospects");
  expect(after.values.map((r) => r[0])).toEqual(sorted.values.map((r) => r[0]));
  expect(after.values.map((r) => r[3])).toEqual(sorted.values.map((r) => r[3]));
});

test("an edit after the conversion: that cell is left, and the rep is told", async () => {
  const workbook = pipeline();
  const { undo } = await convert(workbook);
  workbook.userSort("Prospects", "A1:D6", [{ key: 0, ascending: false }], { hasHeaders: true });
  const echoRow = snapshotSheet(workbook, "Prospects").values.findIndex((r) => r[0] === "Echo") + 1;
  workbook.userEdit("Prospects", `C${echoRow}`, [[DEC_3 + 10]]);
  const result = await undoTextDateFixes(undo);
  expect(result).toEqual({ restored: 2, skipped: 1, unsure: 0 });
  expect(byProspect(workbook).Echo[0]).toBe(DEC_3 + 10);
  expect(byProspect(workbook).Alpha[0]).toBe(DEC_3);
  expect(undoSentence(result)).toBe("Conversion undone: 2 cells restored. 1 cell changed since was left as is.");
});

test("two rows of one prospect showing the same date: undo cannot tell them apart, so it leaves both and says so", async () => {
  const workbook = pipeline();
  workbook.setCells("Prospects", "A3", [["Delta"]]); // Alpha's row becomes a second Delta row, a real Dec 3
  const { undo } = await convert(workbook);
  workbook.userSort("Prospects", "A1:D6", [{ key: 3, ascending: true }], { hasHeaders: true });
  const beforeUndo = snapshotSheet(workbook, "Prospects");
  const result = await undoTextDateFixes(undo);
  expect(result).toEqual({ restored: 2, skipped: 0, unsure: 1 });
  const after = snapshotSheet(workbook, "Prospects");
  const deltas = (s: typeof after) => s.values.filter((r) => r[0] === "Delta").map((r) => r[2]);
  expect(deltas(after)).toEqual(deltas(beforeUndo)); // both Delta rows untouched
  expect(deltas(after)).toEqual([DEC_3, DEC_3]);
  expect(undoSentence(result)).toContain("cannot tell which one it converted");
});

test("writeCellsByKey writes by key after a sort and refuses a cell that changed since it was read", async () => {
  const workbook = pipeline();
  install(workbook);
  const list: KeyedList = {
    sheetId: workbook.sheet("Prospects").id,
    columnIndex: 0,
    headerRow: 1,
    keyColumns: { prospect: 0 },
  };
  workbook.userSort("Prospects", "A1:D6", [{ key: 0, ascending: false }], { hasHeaders: true });
  workbook.userEdit("Prospects", "B2", [["Lunch"]]); // Echo's next step, now on row 2
  const { record, refused } = await writeCellsByKey(list, [
    { key: "charlie||", column: 1, expected: "Email", next: { value: "Sent proposal", numberFormat: "General" } },
    { key: "echo||", column: 1, expected: "Call", next: { value: "Call back", numberFormat: "General" } },
  ]);
  expect(refused).toEqual([{ key: "echo||", column: 1, reason: "changed" }]);
  expect(byProspectColumn(workbook, 1)).toMatchObject({ Charlie: "Sent proposal", Echo: "Lunch", Delta: "Call" });
  workbook.userSort("Prospects", "A1:D6", [{ key: 0, ascending: true }], { hasHeaders: true });
  expect(await undoKeyedWrites(record)).toEqual({ restored: 1, left: [] });
  expect(byProspectColumn(workbook, 1)).toMatchObject({ Charlie: "Email", Echo: "Lunch" });
});

function byProspectColumn(workbook: MemoryWorkbook, column: number): Record<string, unknown> {
  const { values } = snapshotSheet(workbook, "Prospects");
  return Object.fromEntries(values.slice(1).map((r) => [r[0], r[column]]));
}

test("span writes are split so no request comes near Excel's 5 MB limit", () => {
  const long = "x".repeat(30_000);
  const cells = Array.from({ length: 400 }, (_, i) => ({ row: i * 3, column: 2, value: long, numberFormat: "@" }));
  const batches = splitSpans(cells);
  expect(batches.length).toBeGreaterThan(2);
  for (const batch of batches) expect(JSON.stringify(batch).length).toBeLessThan(4.5 * 1024 * 1024);
  expect(batches.flat().reduce((n, span) => n + span.values.filter((v) => v[0] !== null).length, 0)).toBe(400);
});
