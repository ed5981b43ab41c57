/** Reading the prospect list: which list, how many round trips, and that reading changes nothing. */
import { analyzeSheet } from "../../src/core";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { CHUNK_BUDGET_BYTES, jsonBytes } from "../../src/excel/readChunks";
import { ExcelAdapterError } from "../../src/excel/errors";
import { MemoryWorkbook, snapshotRules, snapshotSheet } from "../../src/preview/memory";
import { generateWorkbook, HEADER, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

test("a small used range is read in two syncs (values, then the date column's formats), and nothing in the sheet changes", async () => {
  const workbook = install(generateWorkbook({ rows: 30 }));
  const before = snapshotSheet(workbook, "Prospects");
  const snapshot = await readSheet();
  expect(snapshot.source).toMatchObject({
    kind: "usedRange",
    address: "A1:L31",
    rowIndex: 0,
    rowCount: 31,
    columnCount: 12,
  });
  expect(snapshot.input.values[0]).toEqual(HEADER);
  expect(snapshot.input.values).toHaveLength(31);
  expect(snapshot.input.numberFormat?.[1][5]).toBe("m/d/yyyy");
  expect(snapshot.input.startRow).toBe(1);
  // The probe's values hold the whole list; the date column's formats are known to matter only once they are back.
  expect(workbook.counters.syncs).toBe(2);
  expect(snapshot.readSyncs).toBe(2);
  expect(snapshotSheet(workbook, "Prospects")).toEqual(before);
});

test("header below a title: the report's row numbers are the sheet's", async () => {
  install(generateWorkbook({ rows: 20, titleRows: [["Q4 pipeline — West"], [""]] }));
  const snapshot = await readSheet();
  // The used range starts at the title; the core finds the header on sheet row 3.
  expect(snapshot.source.address).toBe("A1:L23");
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  expect(report.header.row).toBe(3);
  expect(report.rows[0].row).toBe(4);
  expect(report.rows[0].prospect).toBe("Prospect 1");
});

test("the table holding the active cell wins over the used range", async () => {
  const workbook = generateWorkbook({ rows: 40, titleRows: [["Pipeline"]], table: true });
  workbook.setCells("Prospects", "N1:N2", [["Scratch"], [42]]); // something beside the table
  install(workbook);
  workbook.userSelect("Prospects", "C10");
  const snapshot = await readSheet();
  expect(snapshot.source).toMatchObject({ kind: "table", tableName: "Prospects", address: "A2:L42" });
  expect(snapshot.input.startRow).toBe(2);
  expect(snapshot.input.values[0]).toEqual(HEADER);
  // The table list, then its range; the probe already holds the values, and the date column's formats came with the
  // range.
  expect(workbook.counters.syncs).toBe(2);
  expect(snapshot.input.numberFormat?.[1][5]).toBe("m/d/yyyy");
});

test("outside any table, the only table on the sheet is still the list", async () => {
  const workbook = generateWorkbook({ rows: 10, table: true });
  workbook.setCells("Prospects", "P30", [["note to self"]]);
  install(workbook);
  workbook.userSelect("Prospects", "P30");
  const snapshot = await readSheet();
  expect(snapshot.source).toMatchObject({ kind: "table", address: "A1:L11" });
});

test("an empty sheet says what to do", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  workbook.addSheet("Empty");
  install(workbook);
  await expect(readSheet()).rejects.toMatchObject({ code: "noData" });
  await expect(readSheet()).rejects.toBeInstanceOf(ExcelAdapterError);
});

test("reread follows the same list after the rep selects another sheet, and sees new rows", async () => {
  const workbook = install(generateWorkbook({ rows: 10 }));
  const first = await readSheet();
  workbook.addSheet("Other", [["x"]]);
  workbook.userActivate("Other");
  workbook.userEdit("Prospects", "A12:F12", [["Late addition", "", "", "", "Send deck", 46400]]);
  const again = await rereadSheet(first.source);
  expect(again.source).toMatchObject({ sheetId: first.source.sheetId, address: "A1:L12" });
  expect(again.input.values[11][0]).toBe("Late addition");
});

test("reread of a deleted sheet says the list is gone", async () => {
  install(generateWorkbook({ rows: 5 }));
  const first = await readSheet();
  await expect(rereadSheet({ ...first.source, sheetId: "{sheet-9999}" })).rejects.toMatchObject({ code: "notFound" });
});

describe.each([1_000, 100_000])("%i rows × 12 columns", (rows) => {
  test("every response stays under 4 MB, in at most ceil(payload / 4 MB) + 1 syncs", async () => {
    const workbook = install(generateWorkbook({ rows }));
    const snapshot = await readSheet();
    const { syncs, responseBytes, largestResponseBytes } = workbook.counters;
    expect(snapshot.input.values).toHaveLength(rows + 1);
    expect(snapshot.input.values[rows][0]).toBe(`Prospect ${rows}`);
    expect(largestResponseBytes).toBeLessThan(CHUNK_BUDGET_BYTES);
    expect(syncs).toBeLessThanOrEqual(Math.ceil(responseBytes / CHUNK_BUDGET_BYTES) + 1);
    expect(snapshot.readSyncs).toBe(syncs);
    expect(snapshotRules(workbook, "Prospects")).toEqual([]);
  }, 60_000);
});

test("the chunk size estimate counts UTF-8 bytes as they travel", () => {
  const sample = [["Café", "€ 1,000", "Zoë 😀", "Closed – Won!", 46351.5, true]];
  expect(jsonBytes(sample)).toBe(Buffer.byteLength(JSON.stringify(sample), "utf8"));
});

test("a stray cell far away: NextStep reads the list at the top-left only, in two syncs, and says the sheet runs on", async () => {
  const workbook = install(generateWorkbook({ rows: 10 }));
  workbook.setCells("Prospects", "XFD900000", [["oops"]]);
  workbook.counters.reset();
  const snapshot = await readSheet();
  expect(snapshot.source).toMatchObject({ kind: "usedRange", address: "A1:L11", rowCount: 11, columnCount: 12 });
  expect(snapshot.beyond).toEqual({ rowCount: 900000, columnCount: 16384 });
  expect(snapshot.input.values).toHaveLength(11);
  expect(snapshot.input.values[0]).toEqual(HEADER);
  expect(workbook.counters.syncs).toBe(2); // the probe, then the date column's formats
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  expect(report.rows).toHaveLength(10);
});

test("after an edit, the re-read of a stretched sheet follows the list, new rows included", async () => {
  const workbook = install(generateWorkbook({ rows: 10 }));
  workbook.setCells("Prospects", "XFD900000", [["oops"]]);
  const first = await readSheet();
  workbook.setCells("Prospects", "A12:C12", [["Newco", "Call", "Dana"]]);
  const again = await rereadSheet(first.source);
  expect(again.source.address).toBe("A1:L12");
  expect(again.beyond).toEqual({ rowCount: 900000, columnCount: 16384 });
  expect(again.input.values[11].slice(0, 3)).toEqual(["Newco", "Call", "Dana"]);
});

test("a long list in a stretched sheet keeps its width on re-read too", async () => {
  const workbook = install(generateWorkbook({ rows: 12000 }));
  workbook.setCells("Prospects", "XFD900000", [["oops"]]);
  const first = await readSheet();
  expect(first.source.address).toBe("A1:L12001");
  const again = await rereadSheet(first.source);
  expect(again.source.address).toBe("A1:L12001");
});

test("a list as wide as the probe in a stretched sheet: its width is unknown, so NextStep says how to fix the sheet", async () => {
  const workbook = install(new MemoryWorkbook({ today: TODAY }));
  const wide = Array.from({ length: 30 }, (_, c) =>
    c === 0 ? "Company" : c === 1 ? "Next step" : c === 2 ? "Due" : `Extra ${c}`,
  );
  workbook.addSheet("Prospects", [wide, ["Acme", "Call", 46351, ...Array(27).fill("x")]]);
  workbook.setCells("Prospects", "AZ200000", [["oops"]]);
  // Guessing the width could cut the list short: the rep gets the error that says what to do instead.
  const error = await readSheet().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "tooLarge" });
  expect((error as ExcelAdapterError).userMessage).toContain("Insert > Table");
});

test("a stray cell in a used range that still fits is simply read", async () => {
  const workbook = install(generateWorkbook({ rows: 10 }));
  workbook.setCells("Prospects", "L5000", [["far"]]);
  const snapshot = await readSheet();
  expect(snapshot.source.address).toBe("A1:L5000");
  expect(snapshot.beyond).toBeUndefined();
});

test("a table that is too large still says how to fix it", async () => {
  const workbook = install(generateWorkbook({ rows: 10 }));
  workbook.addTable("Prospects", "A1:Z200000", "Huge");
  const error = await readSheet().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "tooLarge" });
  expect((error as ExcelAdapterError).userMessage).toContain("Insert > Table");
});
