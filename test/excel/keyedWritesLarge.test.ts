/**
 * Keyed writes on a 100,000-row list: reading the key and target columns in one sync returns 9–17 MB, which Excel on
 * the web (and the strict in-memory Excel) refuses over 5 MB; the read goes in row chunks, so the write and its undo
 * succeed in a few syncs however long the list, and still find rows by key after a sort and refuse changed cells.
 */
import { rowKey, undoKeyedWrites, writeCellsByKey, type KeyedList, type KeyedWrite } from "../../src/excel/keyedWrites";
import { snapshotSheet } from "../../src/preview/memory";
import { generateWorkbook, PLAN, prospectRow } from "./generateSheet";
import { install } from "./useMemoryExcel";

const ROWS = 100_000;
const NEXT_STEP = 4;
const DATE = 5;

function listOf(sheetId: string): KeyedList {
  return { sheetId, columnIndex: 0, headerRow: 1, keyColumns: { prospect: 0, contact: 1, email: 2 } };
}

/** Data row i (1-based, sheet row i + 1) as generated. */
function generated(i: number) {
  return prospectRow(i, PLAN[(i - 1) % PLAN.length]);
}

function stepWrite(i: number, next: string): KeyedWrite {
  const row = generated(i);
  return {
    key: rowKey(row, listOf("").keyColumns),
    column: NEXT_STEP,
    expected: row[NEXT_STEP],
    next: { value: next, numberFormat: "General" },
  };
}

/** Next step and date of each prospect named in `names`, wherever its row is now. */
function cellsOf(values: unknown[][], formulas: unknown[][], numberFormat: string[][], names: string[]) {
  const out: Record<string, unknown[]> = {};
  values.forEach((row, r) => {
    const name = String(row[0]);
    if (names.includes(name)) out[name] = [row[NEXT_STEP], formulas[r][NEXT_STEP], numberFormat[r][NEXT_STEP]];
  });
  return out;
}

test("a keyed write and its undo on 100,000 rows succeed in a few syncs, each response under 5 MB", async () => {
  const workbook = install(generateWorkbook({ rows: ROWS }));
  const list = listOf(workbook.sheet("Prospects").id);
  // Rows in the first, a middle and the last chunk, and one the rep edits after NextStep read it.
  const picked = [1, 60_000, ROWS];
  const edited = 80_000;
  const names = [...picked, edited].map((i) => `Prospect ${i}`);
  const original = snapshotSheet(workbook, "Prospects");
  workbook.userEdit("Prospects", `E${edited + 1}`, [["Rep's own step"]]);
  const before = snapshotSheet(workbook, "Prospects");

  workbook.counters.reset();
  const { record, refused } = await writeCellsByKey(list, [
    ...picked.map((i) => stepWrite(i, `Follow up ${i}`)),
    stepWrite(edited, "Follow up edited"),
  ]);
  const write = workbook.counters.snapshot();
  expect(refused).toEqual([{ key: stepWrite(edited, "").key, column: NEXT_STEP, reason: "changed" }]);
  expect(record.cells).toHaveLength(3);
  const written = snapshotSheet(workbook, "Prospects");
  expect(written.values[1][NEXT_STEP]).toBe("Follow up 1");
  expect(written.values[60_000][NEXT_STEP]).toBe("Follow up 60000");
  expect(written.values[ROWS][NEXT_STEP]).toBe(`Follow up ${ROWS}`);
  expect(written.values[edited][NEXT_STEP]).toBe("Rep's own step");
  expect(written.values[2][DATE]).toBe(original.values[2][DATE]);
  // Key and Next step columns (≈ 7 MB at this size) in 2–3 chunks, then the write and the events sync; not per row.
  expect(write.largestResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(write.syncs).toBeLessThanOrEqual(6);
  expect(write.undoRecords).toBe(1);

  // The rep sorts Z→A: every picked row moves; undo finds them by key.
  workbook.userSort("Prospects", `A1:L${ROWS + 1}`, [{ key: 0, ascending: false }], { hasHeaders: true });
  const sorted = snapshotSheet(workbook, "Prospects");
  expect(sorted.values[1][0]).not.toBe(written.values[1][0]);

  workbook.counters.reset();
  const undone = await undoKeyedWrites(record);
  const undo = workbook.counters.snapshot();
  expect(undone).toEqual({ restored: 3, left: [] });
  expect(undo.largestResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(undo.syncs).toBeLessThanOrEqual(6);
  const after = snapshotSheet(workbook, "Prospects");
  expect(cellsOf(after.values, after.formulas, after.numberFormat, names)).toEqual(
    cellsOf(before.values, before.formulas, before.numberFormat, names),
  );
  // Nothing else moved or changed: the sheet is the sorted one with the three cells put back.
  expect(after.values.map((row) => row[0])).toEqual(sorted.values.map((row) => row[0]));
}, 120_000);

test("rows far larger than guessed (pasted essays in the target column): the read halves its chunks until Excel accepts them", async () => {
  const rows = 3_000;
  const workbook = generateWorkbook({ rows, table: true });
  const essay = (i: number) => `Notes for ${i}: ${"long pasted email thread ".repeat(80)}`; // ≈ 2 KB
  workbook.setCells(
    "Prospects",
    `I2:I${rows + 1}`,
    Array.from({ length: rows }, (_, r) => [essay(r + 1)]),
  );
  install(workbook);
  const list: KeyedList = { ...listOf(workbook.sheet("Prospects").id), tableName: "Prospects" };
  const NOTES = 8;
  const write = (i: number): KeyedWrite => ({
    key: rowKey(generated(i), list.keyColumns),
    column: NOTES,
    expected: essay(i),
    next: { value: `Short note ${i}`, numberFormat: "General" },
  });

  workbook.counters.reset();
  const { record, refused } = await writeCellsByKey(list, [write(1), write(rows)]);
  const cost = workbook.counters.snapshot();
  expect(refused).toEqual([]);
  expect(record.cells).toHaveLength(2);
  const after = snapshotSheet(workbook, "Prospects");
  expect(after.values[1][NOTES]).toBe("Short note 1");
  expect(after.values[rows][NOTES]).toBe(`Short note ${rows}`);
  expect(after.values[2][NOTES]).toBe(essay(2));
  // Notes' values and formulas (≈ 12 MB) against a guess of 512 bytes a row: three refused reads (each halving the
  // chunk), four accepted ones, the write and the events sync; bounded by the halvings, not by the rows.
  expect(cost.syncs).toBe(9);

  expect(await undoKeyedWrites(record)).toEqual({ restored: 2, left: [] });
  const undone = snapshotSheet(workbook, "Prospects");
  expect(undone.values[1][NOTES]).toBe(essay(1));
  expect(undone.values[rows][NOTES]).toBe(essay(rows));
}, 120_000);
