/** Re-reading the list reads number formats only where they change the meaning: the date column. */
import { analyzeSheet } from "../../src/core";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

async function valuesOnly(address: string): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Prospects").getRange(address);
    range.load("values");
    await context.sync();
  });
}

test.each([1_000, 30_000])(
  "a re-read of %i rows with the date column's formats gives the same report at ≤ 1.15× a values-only read",
  async (rows) => {
    const workbook = install(generateWorkbook({ rows }));
    const first = await readSheet();
    const before = analyzeSheet(first.input, { today: TODAY });
    const dateColumn = before.header.columns.date as number;

    workbook.counters.reset();
    const lean = await rereadSheet(first.source, false, [dateColumn]);
    const leanCost = workbook.counters.snapshot();
    workbook.counters.reset();
    await valuesOnly(first.source.address);
    const baseline = workbook.counters.snapshot();

    expect(analyzeSheet(lean.input, { today: TODAY })).toEqual(before);
    expect(leanCost.responseBytes / baseline.responseBytes).toBeLessThanOrEqual(1.15);
    if (baseline.largestResponseBytes < 4 * 1024 * 1024) expect(leanCost.syncs).toBe(baseline.syncs);
    // The full re-read (every column's formats) costs far more.
    workbook.counters.reset();
    await rereadSheet(first.source);
    expect(workbook.counters.responseBytes).toBeGreaterThan(leanCost.responseBytes * 1.3);
  },
);
