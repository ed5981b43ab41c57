/**
 * Takes the rep to a prospect's row: activates its sheet (selecting on an inactive sheet does not reliably scroll,
 * office-js issue 5118) and selects the cell that needs attention, after checking the row is still about the same
 * prospect (a sort since the read would send the rep to someone else's row). Two syncs. A row out of sight (filtered,
 * hidden) is selected and then reported, since the rep would otherwise see nothing happen.
 */
import type { Role, SheetReport } from "../core/types";
import { ExcelAdapterError } from "./errors";
import { rowKey } from "./keyedList";
import type { ProspectSource } from "./port";

/** The role whose cell to select: the one asked for, else the cell with the row's problem, else the date. */
export function targetRole(report: SheetReport, row: number, role?: Role): Role | undefined {
  const columns = report.header.columns;
  if (role && columns[role] !== undefined) return role;
  const problems = report.rows.find((r) => r.row === row)?.problems ?? [];
  const wanted: Role[] = [];
  if (problems.includes("missingDate") || problems.includes("invalidDate")) wanted.push("date");
  if (problems.includes("missingNextStep")) wanted.push("nextStep");
  wanted.push("date", "nextStep", "prospect");
  return wanted.find((r) => columns[r] !== undefined);
}

export async function selectRow(source: ProspectSource, report: SheetReport, row: number, role?: Role): Promise<void> {
  const lastRow = source.rowIndex + source.rowCount;
  if (!Number.isInteger(row) || row <= source.rowIndex || row > lastRow) {
    throw new ExcelAdapterError(
      "notFound",
      `Row ${row} is outside your prospect list. Refresh NextStep and try again.`,
    );
  }
  const target = targetRole(report, row, role);
  const column = source.columnIndex + (target ? (report.header.columns[target] as number) : 0);
  const expected = report.rows.find((r) => r.row === row)?.key.replace(/#\d+$/, "");
  const { prospect, contact, email } = report.header.columns;
  const keyColumns = { prospect, contact, email };
  const hidden = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheetId);
    const cells = sheet.getRangeByIndexes(row - 1, source.columnIndex, 1, source.columnCount);
    // A filtered-out (or hidden, or collapsed) row is selected without complaint but stays out of sight: rowHidden
    // (ExcelApi 1.2) tells, in the same sync as the check.
    cells.load("values,rowHidden");
    await context.sync();
    // Never select from a stale snapshot: the row must still be about the same prospect (rows get sorted).
    if (expected !== undefined && rowKey(cells.values[0], keyColumns) !== expected) {
      throw new ExcelAdapterError("stale", STALE_ROW_MESSAGE);
    }
    sheet.activate();
    sheet.getCell(row - 1, column).select();
    await context.sync();
    return cells.rowHidden === true;
  });
  // Selected all the same, so the cell is there once the filter is cleared.
  if (hidden) throw new ExcelAdapterError("hidden", hiddenRowMessage(row));
}

export const hiddenRowMessage = (row: number): string =>
  `Row ${row} is hidden by a filter or by Hide. It is selected: clear the filter (Data > Clear) or unhide the rows to see it.`;

export const STALE_ROW_MESSAGE = "The list changed since NextStep read it. Click Refresh and try again.";
