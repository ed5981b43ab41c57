/** Builds Office-shaped event args (WorksheetChangedEventArgs, TableChangedEventArgs, ...) and queues them. */
import { formatAddress, intersect, type Rect } from "../addresses";
import type { MemoryRequestContext } from "../client/context";
import type { MemorySheet } from "./sheet";
import type { MemoryWorkbook } from "./workbook";
import type { ChangeRecord } from "./writes";

/** args.getRange(context) / getRangeOrNullObject(context) of Office's changed-event args (ExcelApi 1.8). */
function rangeGetters(sheetId: string, address: string) {
  return {
    getRange: (context: MemoryRequestContext) => context.workbook.worksheets.getItem(sheetId).getRange(address),
    getRangeOrNullObject: (context: MemoryRequestContext) =>
      context.workbook.worksheets.getItemOrNullObject(sheetId)._getRangeOrNullObject(address),
  };
}

export function emitChanges(workbook: MemoryWorkbook, records: ChangeRecord[]): void {
  for (const record of records) {
    const sheet = workbook.sheetById(record.sheetId);
    if (!sheet) continue;
    const address = formatAddress(record.rect);
    const base = {
      address,
      changeType: record.changeType,
      source: "Local",
      worksheetId: sheet.id,
      details: record.details,
      triggerSource: record.byAddin ? "ThisLocalAddin" : "Others",
    };
    const sheetArgs = { ...base, type: "WorksheetChanged", ...rangeGetters(sheet.id, address) };
    workbook.events.emit("worksheetChanged", sheet.id, sheetArgs);
    workbook.events.emit("worksheetCollectionChanged", sheet.id, sheetArgs);
    for (const table of workbook.tables.filter((t) => t.sheetId === sheet.id)) {
      const overlap = intersect(table.rect, record.rect);
      if (!overlap) continue;
      workbook.events.emit("tableChanged", table.id, {
        ...base,
        address: formatAddress(overlap),
        type: "TableChanged",
        tableId: table.id,
        ...rangeGetters(sheet.id, formatAddress(overlap)),
      });
    }
  }
}

export function emitWorksheetActivated(workbook: MemoryWorkbook, sheet: MemorySheet): void {
  workbook.events.emit("worksheetActivated", sheet.id, { type: "WorksheetActivated", worksheetId: sheet.id });
}

export function emitSelectionChanged(workbook: MemoryWorkbook, sheet: MemorySheet, rect: Rect): void {
  workbook.events.emit("worksheetSelectionChanged", sheet.id, {
    type: "WorksheetSelectionChanged",
    worksheetId: sheet.id,
    address: formatAddress(rect),
  });
}

/** Worksheet.onRowSorted (ExcelApi 1.10): "only rows changed as a result of the sort operation are returned". */
export function emitRowSorted(workbook: MemoryWorkbook, sheet: MemorySheet, rect: Rect): void {
  if (!workbook.eventsEnabled) return;
  workbook.events.emit("worksheetRowSorted", sheet.id, {
    type: "WorksheetRowSorted",
    source: "Local",
    worksheetId: sheet.id,
    address: formatAddress(rect),
  });
}
