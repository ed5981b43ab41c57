/** What the rep does in Excel while the pane is open: type, paste, sort, click a tab, select. Each fires events. */
import { emitRowSorted, emitSelectionChanged, emitWorksheetActivated } from "./changeEvents";
import { describeCell } from "./read";
import { sortRows, type SortFieldInput } from "./sortRows";
import type { MemoryWorkbook } from "./workbook";
import { changeDetails, writeValues, type ChangeRecord } from "./writes";

/** Typing into one cell gives details (before/after); a multi-cell paste does not, as in Excel. */
export function userEdit(workbook: MemoryWorkbook, sheetName: string, address: string, values: unknown[][]): void {
  const sheet = workbook.sheet(sheetName);
  const rect = workbook.rect(address);
  const single = rect.rowCount === 1 && rect.columnCount === 1;
  const before = single ? describeCell(workbook, sheet, rect.row, rect.column) : undefined;
  writeValues(sheet, rect, values, "userEdit");
  const record: ChangeRecord = { sheetId: sheet.id, rect, changeType: "RangeEdited" };
  if (before) record.details = changeDetails(before, describeCell(workbook, sheet, rect.row, rect.column));
  workbook.emit([record]);
}

export function userSort(
  workbook: MemoryWorkbook,
  sheetName: string,
  address: string,
  fields: SortFieldInput[],
  options: { hasHeaders?: boolean; matchCase?: boolean },
): void {
  const sheet = workbook.sheet(sheetName);
  const sorted = sortRows(workbook, sheet, workbook.rect(address), fields, options.matchCase, options.hasHeaders);
  workbook.emit([{ sheetId: sheet.id, rect: sorted, changeType: "RangeEdited" }]);
  emitRowSorted(workbook, sheet, sorted);
}

export function userActivate(workbook: MemoryWorkbook, sheetName: string): void {
  const sheet = workbook.sheet(sheetName);
  const changed = workbook.activeSheetId !== sheet.id;
  workbook.activeSheetId = sheet.id;
  if (changed && workbook.eventsEnabled) emitWorksheetActivated(workbook, sheet);
}

export function userSelect(workbook: MemoryWorkbook, sheetName: string, address: string): void {
  userActivate(workbook, sheetName);
  const sheet = workbook.sheet(sheetName);
  workbook.selection = { sheetId: sheet.id, rect: workbook.rect(address) };
  if (workbook.eventsEnabled) emitSelectionChanged(workbook, sheet, workbook.selection.rect);
}

/**
 * The rep (or a co-author) deletes a sheet: its tables and rules go with it; if it was active, its neighbour becomes
 * active (A1 selected), as Excel does. Not the last visible sheet (Excel refuses).
 */
export function userDeleteSheet(workbook: MemoryWorkbook, sheetName: string): void {
  const sheet = workbook.sheet(sheetName);
  const index = workbook.sheets.indexOf(sheet);
  if (workbook.sheets.length < 2) throw new Error("A workbook must contain at least one visible worksheet");
  workbook.sheets.splice(index, 1);
  for (let i = workbook.tables.length - 1; i >= 0; i--) {
    if (workbook.tables[i].sheetId === sheet.id) workbook.tables.splice(i, 1);
  }
  if (workbook.selection?.sheetId === sheet.id) workbook.selection = null;
  if (workbook.activeSheetId === sheet.id) {
    const next = workbook.sheets[Math.min(index, workbook.sheets.length - 1)];
    workbook.activeSheetId = null;
    userSelect(workbook, next.name, "A1");
  }
}
