/**
 * The strict in-memory Excel: the subset of the Excel JavaScript API NextStep uses, strict enough to fail where real
 * Excel fails, so adapters (src/excel) run unchanged here, in tests, and in the browser preview. Plain TypeScript: no
 * jest, no Node APIs.
 *
 * Use:
 *   const workbook = new MemoryWorkbook({ today: "2026-11-25" });
 *   workbook.addSheet("Prospects", [["Prospect", "Next step", "Date"], ["Acme", "Call", 46351]]);
 *   const { Excel, Office, uninstall } = installMemoryOffice(workbook); // sets globalThis.Excel / Office / OfficeExtension
 *   ...adapter code...; workbook.counters.snapshot(); workbook.snapshot("Prospects"); uninstall();
 *
 * Supported (names and semantics of @types/office-js):
 * - Excel.run(batch) and Excel.run(object(s), batch); context.sync(); context.workbook; context.runtime.enableEvents;
 *   context.trackedObjects.add/remove, obj.track()/untrack(). Pending writes are synced when the batch resolves.
 * - Strictness: reading a property before load + sync throws PropertyNotLoaded; ClientResult.value before sync throws
 *   ValueNotLoaded; writes are queued and reach the workbook only at sync; load() of an unknown property, a bad address,
 *   a wrong-sized array or a bad colour fails the sync with InvalidArgument; getItem of a missing item fails with
 *   ItemNotFound; operations after a failing one in the same sync are not applied (earlier ones are, as in Excel);
 *   using an untracked object after its Excel.run ended throws InvalidObjectPath; mixing contexts throws
 *   InvalidRequestContext; requests or responses over 5 MB fail the sync (Request/ResponsePayloadSizeLimitExceeded);
 *   reads over 5,000,000 cells fail.
 * - Counters (workbook.counters, reset()): syncs, apiCalls (every load, property set and method call, including
 *   methods that return an object), requestBytes / responseBytes (UTF-8 JSON of written and loaded values), largest
 *   request/response of one sync.
 * - Workbook: worksheets, tables, getSelectedRange(), getActiveCell(), name; use1904DateSystem only when the model
 *   claims ExcelApiOnline or ExcelApi BETA (else ApiNotFound at sync).
 * - Worksheets: items, getActiveWorksheet, getItem / getItemOrNullObject (name or id), getFirst, getCount,
 *   onActivated, onChanged. Worksheet: id, name, position, visibility, activate(), getRange(address?) ("A1",
 *   "$A$1:$B$2", "3:5", "B:B", own-sheet prefix), getRangeByIndexes, getCell, getUsedRange(valuesOnly) (A1 when
 *   empty), getUsedRangeOrNullObject, tables, onChanged, onActivated, onSelectionChanged.
 * - Tables (workbook- or sheet-scoped): items, count, getItem (name or id), getItemOrNullObject, getItemAt, getCount;
 *   table: id, name, showHeaders, showTotals, getRange, getHeaderRowRange, getDataBodyRange, columns (id, index,
 *   name, getDataBodyRange), rows.count / getCount(), worksheet, sort.apply, onChanged.
 * - Range: address (sheet-qualified), rowIndex, columnIndex, rowCount, columnCount, cellCount, isEntireRow/Column,
 *   values, formulas(Local), numberFormat(Local), text, valueTypes; setting values/formulas/numberFormat (a scalar
 *   fills the range, null leaves a cell alone, "=..." is a formula, "12" a number unless the cell is formatted "@");
 *   format.fill.color / clear(), format.font.color / bold; getCell, getRow, getColumn, getRowsAbove/Below,
 *   getLastRow, getResizedRange, getAbsoluteResizedRange, getOffsetRange, getEntireRow/Column, getBoundingRect,
 *   getIntersection(OrNullObject), getUsedRange(OrNullObject), select(), worksheet, conditionalFormats, sort.apply.
 * - Conditional formats, formulas, highlightedCells, events, settings: see the files named for them.
 * - Office: context.document.settings (get/set/remove/saveAsync/refreshAsync), context.requirements.isSetSupported,
 *   displayLanguage, partitionKey, officeTheme (undefined, as on the web), onReady, AsyncResultStatus.
 *
 * Not supported (throws TypeError or InvalidArgument): other Excel objects (charts, names, pivot tables, ...), range
 * insert/delete/copy, multi-area ranges (RangeAreas), R1C1 formulas, locale-specific formulas.
 */
export { MemoryWorkbook, type MemoryWorkbookOptions, type RuleInput, type FormatInput } from "./model/workbook";
export { MemorySheet } from "./model/sheet";
export type { CellData, CellValue, RuleModel, TableModel } from "./model/types";
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, payloadBytes, type CounterSnapshot } from "./model/counters";
export { snapshotSheet, snapshotRules, type SheetSnapshot, type RuleSnapshot } from "./model/snapshot";
export { effectiveFormat, highlightedCells, highlightedRows, ruleMatches, type EffectiveFormat } from "./highlight";
export { evaluateFormula } from "./formula/evaluate";
export { isoToSerial, serialToIso } from "./model/dates";
export { createMemoryExcel, createContext, ConditionalFormatType, type MemoryExcel } from "./excel";
export { createMemoryOffice, AsyncResultStatus, type MemoryOffice } from "./office/office";
export { installMemoryOffice, MemoryOfficeExtension, type MemoryInstallation } from "./install";
export { MemoryOfficeError, ErrorCodes, DIMENSION_MISMATCH } from "./errors";
export { formatAddress, parseAddress, columnName, type Rect } from "./addresses";
export type { MemoryRequestContext } from "./client/context";
