/**
 * Reading the list reads number formats only where they change the meaning: the date column and its kin (time, other
 * date-named columns, last contact, touches), where they hold numbers. The strict in-memory Excel records which
 * ranges' numberFormat each read loaded (counters.rangeReads) and counts the response by what was loaded.
 */
import { analyzeSheet } from "../../src/core";
import { sourceKey } from "../../src/excel/port";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { isoToSerial, MemoryWorkbook, snapshotSheet } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

/** The list's values in one load (it fails above 5 MB, but the fake has counted its response by then). */
async function valuesOnly(address: string): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Prospects").getRange(address);
    range.load("values");
    await context.sync();
  }).catch(() => undefined);
}

/** The ranges whose number formats the last reads loaded. */
const formatReads = (workbook: MemoryWorkbook) =>
  workbook.counters.rangeReads.filter((read) => read.property === "numberFormat");

/** The report from the same values with every cell's format, as the first read used to load them. */
function reportWithEveryFormat(workbook: MemoryWorkbook, values: unknown[][]) {
  const { numberFormat } = snapshotSheet(workbook, "Prospects", `A1:L${values.length}`);
  return analyzeSheet({ values, numberFormat, startRow: 1 }, { today: TODAY });
}

describe.each([
  [1_000, 2],
  [100_000, 6],
])("a first read of %i rows × 12 columns", (rows, syncs) => {
  test("loads number formats only in the date column, each row once, at ≤ 1.15× a values-only read", async () => {
    const workbook = install(generateWorkbook({ rows }));
    workbook.counters.reset();
    const snapshot = await readSheet();
    const cost = workbook.counters.snapshot();
    const reads = formatReads(workbook);
    workbook.counters.reset();
    await valuesOnly(snapshot.source.address);
    const baseline = workbook.counters.snapshot();

    // The time column holds no number, so its formats cannot matter; nor can those of text columns.
    expect(reads.every((read) => /^Prospects!F\d+:F\d+$/.test(read.address))).toBe(true);
    expect(reads.reduce((cells, read) => cells + read.cells, 0)).toBe(rows + 1);
    expect(snapshot.formatColumns).toEqual([5, 6]);
    expect(cost.responseBytes / baseline.responseBytes).toBeLessThanOrEqual(1.15);
    // 1,000 rows: the probe's values, then the date column's formats. 100,000: five chunks under 4 MB after the
    // probe, the formats riding in them (every column's formats took eight).
    expect(cost.syncs).toBe(syncs);
    expect(snapshot.readSyncs).toBe(syncs);
    expect(analyzeSheet(snapshot.input, { today: TODAY })).toEqual(
      reportWithEveryFormat(workbook, snapshot.input.values),
    );
  }, 60_000);
});

test.each([1_000, 30_000])(
  "a re-read of %i rows, with the date column known or not, gives the same report at ≤ 1.15× a values-only read",
  async (rows) => {
    const workbook = install(generateWorkbook({ rows }));
    const first = await readSheet();
    const before = analyzeSheet(first.input, { today: TODAY });
    const dateColumn = before.header.columns.date as number;
    workbook.counters.reset();
    await valuesOnly(first.source.address);
    const baseline = workbook.counters.snapshot();

    workbook.counters.reset();
    const lean = await rereadSheet(first.source, false, [dateColumn]);
    const leanCost = workbook.counters.snapshot();
    expect(analyzeSheet(lean.input, { today: TODAY })).toEqual(before);
    expect(leanCost.responseBytes / baseline.responseBytes).toBeLessThanOrEqual(1.15);
    if (baseline.largestResponseBytes < 4 * 1024 * 1024) expect(leanCost.syncs).toBe(baseline.syncs);

    // Without the column, the re-read picks it from the values, as the first read does.
    workbook.counters.reset();
    const picked = await rereadSheet(first.source);
    expect(analyzeSheet(picked.input, { today: TODAY })).toEqual(before);
    expect(workbook.counters.responseBytes / baseline.responseBytes).toBeLessThanOrEqual(1.15);
    expect(formatReads(workbook).every((read) => /^Prospects!F\d+:F\d+$/.test(read.address))).toBe(true);
  },
  60_000,
);

const serial = (iso: string): number => isoToSerial(iso, false) as number;

test("the time, last-contact and touches columns' formats are read where they hold numbers; text columns' never", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  workbook.addSheet("Prospects", [
    ["Company", "Contact", "Phone", "Next step", "Due", "Time", "Touches", "Last contact", "Notes", "Callback"],
    ["Acme", "Dana", 5550100, "Call", serial("2026-11-25"), 0.4375, 2, serial("2026-11-20"), "warm", ""],
    ["Birch", "Lee", 5550101, "Send proposal", serial("2026-11-30"), "", 0, "", "", ""],
  ]);
  workbook.setFormat("Prospects", "E2:E3", { numberFormat: "m/d/yyyy" });
  workbook.setFormat("Prospects", "F2", { numberFormat: "h:mm AM/PM" });
  workbook.setFormat("Prospects", "H2", { numberFormat: "d-mmm" });
  install(workbook);
  const snapshot = await readSheet();
  // "Callback" names a date but holds none; the phone numbers are numbers, but their formats never matter.
  expect(formatReads(workbook).map((read) => read.address)).toEqual([
    "Prospects!E1:E3",
    "Prospects!F1:F3",
    "Prospects!G1:G3",
    "Prospects!H1:H3",
  ]);
  expect(snapshot.formatColumns).toEqual([4, 5, 6, 7, 9]);
  expect(snapshot.input.numberFormat?.[1].slice(4, 8)).toEqual(["m/d/yyyy", "h:mm AM/PM", "General", "d-mmm"]);
  expect(snapshot.input.numberFormat?.[1][2]).toBeUndefined();
  expect(workbook.counters.syncs).toBe(2);
});

test("a list without a header NextStep knows reads every column's formats: the rep may map any of them", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  workbook.addSheet("Prospects", [
    ["Alpha", "Beta", "Gamma"],
    ["Acme", "Call", serial("2026-11-25")],
    ["Birch", "Demo", 1200],
  ]);
  workbook.setFormat("Prospects", "C2", { numberFormat: "m/d/yyyy" });
  workbook.setFormat("Prospects", "C3", { numberFormat: "$#,##0" });
  install(workbook);
  const snapshot = await readSheet();
  expect(formatReads(workbook).map((read) => read.address)).toEqual(["Prospects!A1:C3"]);
  expect(snapshot.formatColumns).toBeUndefined();
  // Mapped afterwards, the When column reads as the rep sees it: a date, and an amount that is no date.
  const report = analyzeSheet(snapshot.input, {
    today: TODAY,
    columns: { prospect: 0, nextStep: 1, date: 2 },
  });
  expect(report.rows.map((row) => [row.prospect, row.state, row.problems])).toEqual([
    ["Acme", "dueToday", []],
    ["Birch", "incomplete", ["invalidDate"]],
  ]);
});

test("the rep's saved mapping brings its date column's formats, when it belongs to this list", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  workbook.addSheet("Prospects", [
    ["Company", "Next step", "Due", "Ring on"],
    ["Acme", "Call", "", serial("2026-11-25")],
    ["Birch", "Demo", "", 1200],
  ]);
  workbook.setFormat("Prospects", "D2", { numberFormat: "m/d/yyyy" });
  workbook.setFormat("Prospects", "D3", { numberFormat: "$#,##0" });
  install(workbook);
  const unmapped = await readSheet();
  const columns = { prospect: 0, nextStep: 1, date: 3 };
  const elsewhere = await readSheet(false, { columns, sourceKey: "sheet:{another}" });
  expect(elsewhere.formatColumns).toEqual(unmapped.formatColumns);
  expect(unmapped.input.numberFormat?.[2][3]).toBeUndefined();

  workbook.counters.reset();
  const mapped = await readSheet(false, { columns, sourceKey: sourceKey(unmapped.source) });
  expect(formatReads(workbook).map((read) => read.address)).toEqual(["Prospects!D1:D3"]);
  const report = analyzeSheet(mapped.input, { today: TODAY, columns });
  expect(report.rows.map((row) => [row.prospect, row.state])).toEqual([
    ["Acme", "dueToday"],
    ["Birch", "incomplete"],
  ]);
});

test("when Excel refuses the first chunk (long notes past the probe), the probe rows' formats come with the retry", async () => {
  const workbook = generateWorkbook({ rows: 3_000 });
  const essay = `Pasted e-mail thread: ${"let us talk after the budget review, ".repeat(110)}`; // ≈ 4 KB
  workbook.setCells(
    "Prospects",
    "I1502:I3001",
    Array.from({ length: 1_500 }, () => [essay]),
  );
  install(workbook);
  const snapshot = await readSheet();
  // The probe's values; five chunks refused as over 5 MB (each doubling the bytes-per-row estimate, which the probe's
  // short rows made small); then two that fit, the first bringing the probe rows' date formats.
  expect(workbook.counters.syncs).toBe(8);
  expect(snapshot.input.numberFormat?.[1][5]).toBe("m/d/yyyy");
  expect(snapshot.input.numberFormat?.[2_000][5]).toBe("m/d/yyyy");
  expect(analyzeSheet(snapshot.input, { today: TODAY })).toEqual(
    reportWithEveryFormat(workbook, snapshot.input.values),
  );
}, 60_000);
