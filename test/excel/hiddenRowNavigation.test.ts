/**
 * Going to a prospect's row when the rep has filtered the list (or hidden / grouped rows): an AutoFilter hides the
 * rows that fail its criteria (ECMA-376 Part 1 §18.3.1.2), Range.select() selects a hidden cell without complaint,
 * and Range.rowHidden (ExcelApi 1.2) is how an add-in can tell. The rep must learn why nothing came into view.
 */
import { analyzeSheet } from "../../src/core";
import { selectRow } from "../../src/excel/navigate";
import { readSheet } from "../../src/excel/readSheet";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

test("the fake: rowHidden is true, false, or null for a mix, as ExcelApi 1.2 says", async () => {
  const workbook = install(generateWorkbook({ rows: 10 }));
  workbook.hideRows("Prospects", 4, 5);
  const read = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Prospects");
    const ranges = ["A4:C5", "A6:C6", "A3:C4"].map((address) => sheet.getRange(address).load("rowHidden"));
    await context.sync();
    return ranges.map((range) => range.rowHidden);
  });
  expect(read).toEqual([true, false, null]);
});

test("a row hidden by a filter is still selected, and the rep is told to clear the filter to see it", async () => {
  const workbook = install(generateWorkbook({ rows: 20 }));
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const target = report.rows[5];
  workbook.hideRows("Prospects", target.row);
  await expect(selectRow(snapshot.source, report, target.row)).rejects.toMatchObject({
    code: "hidden",
    userMessage: `Row ${target.row} is hidden by a filter or by Hide. It is selected: clear the filter (Data > Clear) or unhide the rows to see it.`,
  });
  expect(workbook.selection?.rect).toMatchObject({ row: target.row - 1, rowCount: 1, columnCount: 1 });
  // A visible row next to it goes as before.
  await expect(selectRow(snapshot.source, report, report.rows[6].row)).resolves.toBeUndefined();
});
