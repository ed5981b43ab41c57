/**
 * "Add a Touches column": on the rep's click, names the first empty column right of the list "Touches" (its header
 * cell only: empty cells count as 0 touches), in one writing sync; undo clears that one cell if it still says so.
 * A table's columns belong to the table: there the pane explains how to add one in Excel instead.
 */
import { cellAddress } from "./address";
import { ExcelAdapterError } from "./errors";
import { markOwnWrite } from "./ownWrites";
import type { ProspectSource } from "./port";

export const TOUCHES_HEADER = "Touches";

export const TABLE_MESSAGE =
  'Your list is an Excel table: add a column at its right end in Excel (type "Touches" in the header cell next to the table) and NextStep will count in it.';
export const NOT_EMPTY_MESSAGE =
  "The column right of your list is not empty, so NextStep did not add one there. Insert an empty column at the end of the list, then try again.";

export interface AddedColumn {
  sheetId: string;
  /** A1 of the header cell written. */
  address: string;
}

/** Writes the header; refuses when the list is a table or the column beside it holds anything in the list's rows. */
export async function addTouchesColumn(source: ProspectSource, headerRow: number): Promise<AddedColumn> {
  if (source.kind === "table") throw new ExcelAdapterError("unsupported", TABLE_MESSAGE);
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheetId);
    const column = source.columnIndex + source.columnCount;
    const beside = sheet.getRangeByIndexes(source.rowIndex, column, source.rowCount, 1);
    beside.load("values,formulas");
    await context.sync();
    if (beside.formulas.some((row) => row[0] !== "" && row[0] !== null)) {
      throw new ExcelAdapterError("staleFixes", NOT_EMPTY_MESSAGE);
    }
    const header = sheet.getCell(headerRow - 1, column);
    header.values = [[TOUCHES_HEADER]];
    markOwnWrite();
    await context.sync();
    return { sheetId: source.sheetId, address: cellAddress(column, headerRow) };
  });
}

/** Clears the header cell written, if it still says "Touches"; true when it did. */
export async function undoTouchesColumn(added: AddedColumn): Promise<boolean> {
  return Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem(added.sheetId).getRange(added.address);
    cell.load("values,formulas");
    await context.sync();
    if (cell.formulas[0][0] !== TOUCHES_HEADER) return false;
    cell.values = [[""]];
    markOwnWrite();
    await context.sync();
    return true;
  });
}
