/**
 * Takes the rep to a prospect's row: activates its sheet (selecting on an inactive sheet does not reliably scroll,
 * office-js issue 5118) and selects the cell that needs attention, after checking the row is still about the same
 * prospect (a sort since the read would send the rep to someone else's row). Two syncs.
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
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheetId);
    if (expected !== undefined) {
      // Never select from a stale snapshot: the row must still be about the same prospect (rows get sorted).
      const cells = sheet.getRangeByIndexes(row - 1, source.columnIndex, 1, source.columnCount);
      cells.load("values");
      await context.sync();
      if (rowKey(cells.values[0], keyColumns) !== expected) throw new ExcelAdapterError("stale", STALE_ROW_MESSAGE);
    }
    sheet.activate();
    sheet.getCell(row - 1, column).select();
    await context.sync();
  });
}

export const STALE_ROW_MESSAGE = "The list changed since NextStep read it. Click Refresh and try again.";
