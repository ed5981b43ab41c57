/**
 * The format hint: a list reopened (a new pane start, the same per-user storage) loads the number formats it needed
 * last time with its probe, so a list that fits in the probe costs one sync again, as a values-only read does. A hint
 * that is stale, corrupt, for another document or sheet, or absent only costs the second sync, never the report.
 */
import { analyzeSheet } from "../../src/core";
import * as dateTimeColumnsModule from "../../src/core/dateTimeColumns";
import { createWorkbookPort } from "../../src/excel";
import { FORMAT_HINT_KEY, parseFormatHints } from "../../src/excel/formatHint";
import { columnsToRemember, formatHintMemory } from "../../src/excel/formatHintMemory";
import { PROBE_COLUMNS } from "../../src/excel/probe";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { sourceKey, type SheetSnapshot } from "../../src/excel/port";
import type { UserStorage } from "../../src/excel/userStorage";
import { isoToSerial, MemoryWorkbook, snapshotSheet } from "../../src/preview/memory";
import { userActivate } from "../../src/preview/memory/model/userActions";
import { generateWorkbook, HEADER, prospectRows, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const URL_A = "https://contoso.sharepoint.com/sites/sales/Shared Documents/Pipeline.xlsx";
const URL_B = "https://contoso.sharepoint.com/sites/sales/Shared Documents/Pipeline (copy).xlsx";

function memoryStorage(): UserStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (key) => map.get(key) ?? null, set: (key, value) => void map.set(key, value) };
}

/** A fresh pane start: a new hint memory over the same storage (what the port builds at each read). */
function readAfterStart(storage: UserStorage): Promise<SheetSnapshot> {
  return readSheet(false, undefined, formatHintMemory(storage));
}

/** The same list read without any hint (no document identity): the reference every hinted read must equal. */
async function coldReport(workbook: MemoryWorkbook) {
  const url = workbook.documentUrl;
  workbook.documentUrl = null;
  const snapshot = await readSheet(false, undefined, formatHintMemory(memoryStorage()));
  workbook.documentUrl = url;
  return { report: analyzeSheet(snapshot.input, { today: TODAY }), formatColumns: snapshot.formatColumns };
}

/** The report from the same values with every cell's format. */
function reportWithEveryFormat(workbook: MemoryWorkbook, sheetName: string, values: unknown[][]) {
  const width = values[0].length;
  const { numberFormat } = snapshotSheet(workbook, sheetName, `A1:${String.fromCharCode(64 + width)}${values.length}`);
  return analyzeSheet({ values, numberFormat, startRow: 1 }, { today: TODAY });
}

async function valuesOnlyBytes(workbook: MemoryWorkbook, address: string): Promise<{ bytes: number; syncs: number }> {
  workbook.counters.reset();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Prospects").getRange(address).load("values");
    await context.sync();
  });
  return { bytes: workbook.counters.responseBytes, syncs: workbook.counters.syncs };
}

/** 1,000 prospects with one more column ("Source") before the Date: every column from F on moves one right. */
function insertedColumnWorkbook(rows: number): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: TODAY, documentUrl: URL_A });
  const data = prospectRows(rows).map((row) => [...row.slice(0, 5), "Web", ...row.slice(5)]);
  workbook.addSheet("Prospects", [[...HEADER.slice(0, 5), "Source", ...HEADER.slice(5)], ...data]);
  workbook.setFormat("Prospects", `G2:G${rows + 1}`, { numberFormat: "m/d/yyyy" });
  workbook.setFormat("Prospects", `M2:M${rows + 1}`, { numberFormat: "#,##0" });
  return workbook;
}

describe("a list of 1,000 rows that fits in the probe", () => {
  test("reopened, its first read is one sync at ≤ 1.15× a values-only read, with the same report", async () => {
    const workbook = generateWorkbook({ rows: 1_000 });
    workbook.documentUrl = URL_A;
    install(workbook);
    const storage = memoryStorage();

    const cold = await readAfterStart(storage);
    expect(cold.readSyncs).toBe(2); // the probe's values, then the date column's formats
    expect(workbook.counters.syncs).toBe(2);
    const stored = storage.map.get(FORMAT_HINT_KEY) ?? "";
    // Hashes only: neither the document's URL nor the sheet's name is kept in clear.
    expect(stored).not.toMatch(/contoso|Pipeline|Prospects/);
    expect(parseFormatHints(stored, PROBE_COLUMNS).map((hint) => hint.columns)).toEqual([[5]]);

    workbook.counters.reset();
    const reopened = await readAfterStart(storage);
    const cost = workbook.counters.snapshot();
    const formatReads = workbook.counters.rangeReads.filter((read) => read.property === "numberFormat");
    const baseline = await valuesOnlyBytes(workbook, reopened.source.address);

    expect(cost.syncs).toBe(1);
    expect(reopened.readSyncs).toBe(1);
    expect(cost.syncs).toBe(baseline.syncs);
    expect(cost.responseBytes / baseline.bytes).toBeLessThanOrEqual(1.15);
    expect(formatReads.map((read) => read.address)).toEqual(["Prospects!F1:F1001"]);
    expect(reopened.formatColumns).toEqual(cold.formatColumns);
    const report = analyzeSheet(reopened.input, { today: TODAY });
    expect(report).toEqual(analyzeSheet(cold.input, { today: TODAY }));
    expect(report).toEqual(reportWithEveryFormat(workbook, "Prospects", reopened.input.values));
  });

  test("a column inserted before the date since: the right report in two syncs, then the hint is refreshed", async () => {
    const storage = memoryStorage();
    const before = install(generateWorkbook({ rows: 1_000 }));
    before.documentUrl = URL_A;
    await readAfterStart(storage);

    const workbook = install(insertedColumnWorkbook(1_000));
    const expected = await coldReport(workbook);
    workbook.counters.reset();
    const stale = await readAfterStart(storage);
    // The hint's column F now holds the rep's text ("Web"): its formats are loaded, then dropped; G's come next.
    expect(workbook.counters.syncs).toBe(2);
    expect(stale.formatColumns).toEqual(expected.formatColumns);
    expect(stale.input.numberFormat?.[1][5]).toBeUndefined();
    expect(analyzeSheet(stale.input, { today: TODAY })).toEqual(expected.report);
    expect(analyzeSheet(stale.input, { today: TODAY })).toEqual(
      reportWithEveryFormat(workbook, "Prospects", stale.input.values),
    );

    workbook.counters.reset();
    const refreshed = await readAfterStart(storage);
    expect(workbook.counters.syncs).toBe(1);
    expect(analyzeSheet(refreshed.input, { today: TODAY })).toEqual(expected.report);
  });

  test("a wrong hint naming every column costs bytes, never the report or the snapshot's format columns", async () => {
    const workbook = install(generateWorkbook({ rows: 1_000 }));
    workbook.documentUrl = URL_A;
    const expected = await coldReport(workbook);
    const storage = memoryStorage();
    formatHintMemory(storage)?.save("Prospects", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    workbook.counters.reset();
    const snapshot = await readAfterStart(storage);
    expect(workbook.counters.syncs).toBe(1);
    expect(snapshot.formatColumns).toEqual(expected.formatColumns);
    // Only the columns the read needs keep their formats: the Value column's "#,##0" is dropped again.
    expect(snapshot.input.numberFormat?.[1][11]).toBeUndefined();
    expect(analyzeSheet(snapshot.input, { today: TODAY })).toEqual(expected.report);
  });

  test.each([
    ["not JSON", "{not json"],
    ["a hint with a column past the probe", JSON.stringify({ v: 1, hints: [{ d: "0", s: "0", c: [99] }] })],
    ["a hint of another shape", JSON.stringify({ v: 1, hints: "all" })],
  ])("a corrupt stored hint (%s) is ignored and replaced", async (_why, corrupt) => {
    const workbook = install(generateWorkbook({ rows: 1_000 }));
    workbook.documentUrl = URL_A;
    const expected = await coldReport(workbook);
    const storage = memoryStorage();
    storage.set(FORMAT_HINT_KEY, corrupt);
    workbook.counters.reset();
    const snapshot = await readAfterStart(storage);
    expect(workbook.counters.syncs).toBe(2);
    expect(analyzeSheet(snapshot.input, { today: TODAY })).toEqual(expected.report);
    expect(parseFormatHints(storage.get(FORMAT_HINT_KEY), PROBE_COLUMNS)).toHaveLength(1);
    workbook.counters.reset();
    await readAfterStart(storage);
    expect(workbook.counters.syncs).toBe(1);
  });
});

test("documents do not share hints: the same list in another file reads cold; without a URL nothing is stored", async () => {
  const storage = memoryStorage();
  const first = install(generateWorkbook({ rows: 1_000 }));
  first.documentUrl = URL_A;
  await readAfterStart(storage);

  first.counters.reset();
  await readAfterStart(storage);
  expect(first.counters.syncs).toBe(1);

  const other = install(generateWorkbook({ rows: 1_000 }));
  other.documentUrl = URL_B;
  other.counters.reset();
  await readAfterStart(storage);
  expect(other.counters.syncs).toBe(2);
  expect(parseFormatHints(storage.get(FORMAT_HINT_KEY), PROBE_COLUMNS)).toHaveLength(2);

  // Office.context.document.url is null for an unsaved workbook (and empty for guests on the web, office-js 3204).
  const unsaved = install(generateWorkbook({ rows: 1_000 }));
  const before = storage.get(FORMAT_HINT_KEY);
  for (const url of [null, ""]) {
    unsaved.documentUrl = url;
    unsaved.counters.reset();
    await readAfterStart(storage);
    expect(unsaved.counters.syncs).toBe(2);
  }
  expect(storage.get(FORMAT_HINT_KEY)).toBe(before);
});

test("sheets do not share hints: the same layout on another sheet of the document reads cold, then has its own", async () => {
  const workbook = install(generateWorkbook({ rows: 1_000 }));
  workbook.documentUrl = URL_A;
  // Same document, another sheet laid out alike (a copy of the list for another quarter), its dates formatted apart.
  workbook.addSheet("Leads", [HEADER, ...prospectRows(200)]);
  workbook.setFormat("Leads", "F2:F201", { numberFormat: "d-mmm" });
  const storage = memoryStorage();
  await readAfterStart(storage);

  userActivate(workbook, "Leads");
  workbook.counters.reset();
  const leads = await readAfterStart(storage);
  expect(leads.source.sheetName).toBe("Leads");
  expect(workbook.counters.syncs).toBe(2);
  expect(leads.input.numberFormat?.[1][5]).toBe("d-mmm");
  expect(analyzeSheet(leads.input, { today: TODAY })).toEqual(
    reportWithEveryFormat(workbook, "Leads", leads.input.values),
  );

  workbook.counters.reset();
  await readAfterStart(storage);
  expect(workbook.counters.syncs).toBe(1);
  // Back on the first sheet: the hint is the last list's (Leads'), so it reads cold once more.
  userActivate(workbook, "Prospects");
  workbook.counters.reset();
  const prospects = await readAfterStart(storage);
  expect(workbook.counters.syncs).toBe(2);
  expect(prospects.input.numberFormat?.[1][5]).toBe("m/d/yyyy");
});

test("a saved column mapping is remembered by the re-read that follows it", async () => {
  const serial = (iso: string) => isoToSerial(iso, false) as number;
  const workbook = new MemoryWorkbook({ today: TODAY, documentUrl: URL_A });
  workbook.addSheet("Prospects", [
    ["Company", "Next step", "Due", "Ring on"],
    ["Acme", "Call", "", serial("2026-11-25")],
    ["Birch", "Demo", "", 1200],
  ]);
  workbook.setFormat("Prospects", "D2", { numberFormat: "m/d/yyyy" });
  workbook.setFormat("Prospects", "D3", { numberFormat: "$#,##0" });
  install(workbook);
  const storage = memoryStorage();
  const unmapped = await readAfterStart(storage);
  const settings = { columns: { prospect: 0, nextStep: 1, date: 3 }, sourceKey: sourceKey(unmapped.source) };
  // What the pane does after the rep maps "Ring on" as the date: a re-read with that column's formats.
  await rereadSheet(unmapped.source, false, [3], settings, formatHintMemory(storage));

  workbook.counters.reset();
  const mapped = await readSheet(false, settings, formatHintMemory(storage));
  expect(workbook.counters.syncs).toBe(1);
  const report = analyzeSheet(mapped.input, { today: TODAY, columns: settings.columns });
  expect(report.rows.map((row) => [row.prospect, row.state])).toEqual([
    ["Acme", "dueToday"],
    ["Birch", "incomplete"],
  ]);
});

describe("through the port (localStorage under Office's partitionKey)", () => {
  const store = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
  });
  afterAll(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  test("the second pane start reads the list in one sync", async () => {
    const workbook = generateWorkbook({ rows: 1_000 });
    workbook.documentUrl = URL_A;
    workbook.partitionKey = "contoso-partition";
    install(workbook);
    await createWorkbookPort().read();
    expect([...store.keys()]).toEqual([`contoso-partition/${FORMAT_HINT_KEY}`]);
    workbook.counters.reset();
    const snapshot = await createWorkbookPort().read();
    expect(workbook.counters.syncs).toBe(1);
    expect(snapshot.readSyncs).toBe(1);
  });
});

test("a list in a table keeps its two syncs (the tables' ranges need one), and the hinted column is loaded once", async () => {
  const workbook = install(generateWorkbook({ rows: 1_000, table: true }));
  workbook.documentUrl = URL_A;
  const expected = await coldReport(workbook);
  const storage = memoryStorage();
  await readAfterStart(storage);
  workbook.counters.reset();
  const snapshot = await readAfterStart(storage);
  expect(workbook.counters.syncs).toBe(2);
  const formatReads = workbook.counters.rangeReads.filter((read) => read.property === "numberFormat");
  expect(formatReads.map((read) => read.address)).toEqual(["Prospects!F1:F1001"]);
  expect(snapshot.formatColumns).toEqual(expected.formatColumns);
  expect(analyzeSheet(snapshot.input, { today: TODAY })).toEqual(expected.report);
});

describe("the hint a read saves reuses the read's own pick", () => {
  const source = { sheetName: "Prospects", sheetId: "1", kind: "usedRange", rowIndex: 0, columnIndex: 0 } as const;
  const values = [HEADER, ...prospectRows(5)];
  const listSource = {
    ...source,
    rowCount: values.length,
    columnCount: HEADER.length,
    address: `A1:${String.fromCharCode(64 + HEADER.length)}${values.length}`,
  };
  // The Email column: never a column whose formats matter, so only a reused pick can name it.
  const sentinel = { date: 2, columns: [2] };

  test("the same rows and mapping: the pick is taken as it is, not found again", () => {
    const numeric = values.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 2 ? 7 : cell))));
    const earlier = { rows: numeric.length, mapping: {}, picked: sentinel };
    expect(columnsToRemember(numeric, listSource, {})).not.toContain(2);
    expect(columnsToRemember(numeric, listSource, {}, earlier)).toEqual([2]);
  });

  test.each([
    ["fewer rows seen", { rows: values.length - 1, mapping: {} }],
    ["another mapping", { rows: values.length, mapping: { date: 3 } }],
    ["a mapping with one more role", { rows: values.length, mapping: { prospect: 0 } }],
  ])("%s: worked out from the values, as without a pick", (_, pick) => {
    const fresh = columnsToRemember(values, listSource, {});
    expect(columnsToRemember(values, listSource, {}, { ...pick, picked: sentinel })).toEqual(fresh);
  });

  test("a first read finds the format columns once, and saves what a fresh pick gives", async () => {
    const pickColumns = jest.spyOn(dateTimeColumnsModule, "numberFormatColumns");
    for (const rows of [5, 200]) {
      const workbook = generateWorkbook({ rows });
      workbook.documentUrl = URL_A;
      install(workbook);
      const storage = memoryStorage();
      const snapshot = await readAfterStart(storage);
      const saved = parseFormatHints(storage.map.get(FORMAT_HINT_KEY) ?? "", PROBE_COLUMNS)[0]?.columns;
      expect(pickColumns).toHaveBeenCalledTimes(1);
      pickColumns.mockClear();
      expect(saved).toEqual(columnsToRemember(snapshot.input.values, snapshot.source, {}));
      pickColumns.mockClear();
    }
    pickColumns.mockRestore();
  });
});
