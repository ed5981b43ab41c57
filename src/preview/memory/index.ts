/**
 * The strict in-memory Excel: the subset of the Excel JavaScript API NextStep uses, strict enough to fail where real
 * Excel fails, so adapters (src/excel) run unchanged here, in tests and in the browser preview. Plain TypeScript: no
 * jest, no Node APIs (it bundles with webpack for the browser).
 *
 * Use:
 *   const workbook = new MemoryWorkbook({ today: "2026-11-25" });
 *   workbook.addSheet("Prospects", [["Prospect", "Next step", "Date"], ["Acme", "Call", 46351]]);
 *   const { uninstall } = installMemoryOffice(workbook); // globalThis.Excel / Office / OfficeExtension
 *   ...adapter code...; workbook.counters.snapshot(); workbook.snapshot("Prospects"); workbook.highlightedCells("Prospects");
 *
 * Strictness (the point):
 * - Reading a property before load + sync throws PropertyNotLoaded (also isNullObject of an *OrNullObject result); a ClientResult
 *   before sync throws ValueNotLoaded. Loaded values are those of the sync that loaded them.
 * - Writes are queued and reach the workbook only at sync (the proxy remembers what it set, like Office.js). Pending
 *   operations are synced when the Excel.run batch resolves; not when it rejects.
 * - A sync fails with InvalidArgument for a wrong-sized array (Excel's message), a bad address, colour, formula or
 *   sort key, load() of a property the object lacks (use1904DateSystem included: it is ExcelApi BETA, absent from
 *   production office.js); ItemNotFound for a missing item or a null object's write. Operations before the
 *   failing one stay applied (as in Excel), later ones are not, and no loaded value is delivered.
 * - Requests or responses over 5 MB (UTF-8 JSON of written / loaded values) fail the whole sync with
 *   RequestPayloadSizeLimitExceeded (nothing applied) / ResponsePayloadSizeLimitExceeded (writes applied, nothing
 *   delivered); reading more than 5,000,000 cells at once fails too.
 * - An untracked object used after its Excel.run ended throws InvalidObjectPath, also inside a later
 *   Excel.run(object | objects | context, batch), which reuses that context; tracked objects (and what is reached
 *   from them) stay usable. Objects from two contexts cannot be mixed (InvalidRequestContext).
 * - Cells hold at most 32,767 characters of text and 8,192 of formula (longer input fails with InvalidArgument).
 * - Input is stored as Excel stores typed input: "=..." is a formula (it must parse; names and references are
 *   upper-cased), "12" a number, "TRUE" a boolean, "11/30/2026" / "Nov 30, 2026" a date (with a date format when
 *   General), unless the cell is formatted "@". null leaves a cell alone; a scalar fills the range. Fixture writes
 *   (addSheet, setCells) keep date-looking text as text. addLoadedSheet takes a file's cells as Excel stored them
 *   (typed values, formats; no formulas: the preview shows a file's formulas by their cached values), checked
 *   against Excel's grid and cell limits.
 * - Counters (workbook.counters, reset()): syncs, apiCalls (every load, property set and method call, including the
 *   methods that return an object), requestBytes, responseBytes, largestRequestBytes, largestResponseBytes; and
 *   rangeReads: each cell-data property read (values, numberFormat, text…) with its range and cell count.
 *
 * Supported API (names and semantics of @types/office-js):
 * - Workbook: worksheets, tables, getSelectedRange() (A1 of the active sheet at first), getActiveCell(), name.
 * - WorksheetCollection: items, getActiveWorksheet, getItem / getItemOrNullObject (name or id), getFirst, getCount,
 *   onActivated, onChanged. Worksheet: id, name (renamable), position, visibility, activate(), getRange(address?)
 *   ("A1", "$A$1:$B$2", "3:5", "B:B", own-sheet prefix), getRangeByIndexes, getCell, getUsedRange(valuesOnly) (A1
 *   when empty), getUsedRangeOrNullObject, tables, onChanged, onActivated, onSelectionChanged.
 * - TableCollection (workbook or sheet): items, count, getItem (name or id), getItemOrNullObject, getItemAt,
 *   getCount. Table: id, name, showHeaders, showTotals, getRange, getHeaderRowRange, getDataBodyRange, columns (id,
 *   index, name from the header, getDataBodyRange), rows (count, getCount), worksheet, sort.apply, onChanged.
 * - Range: address (sheet-qualified), rowIndex, columnIndex, rowCount, columnCount, cellCount, isEntireRow/Column,
 *   values, formulas(Local), numberFormat(Local), text (General, 0.00, #,##0, %, date codes), valueTypes,
 *   rowHidden (true / false / null for a mix; rows hidden with workbook.hideRows, as a filter or Hide Rows would);
 *   format.fill.color / clear() ("#FFFFFF" when unfilled, null when mixed), format.font.color / bold; getCell,
 *   getRow, getColumn, getRowsAbove/Below, getLastRow, getResizedRange, getAbsoluteResizedRange, getOffsetRange,
 *   getEntireRow/Column, getBoundingRect, getIntersection(OrNullObject), getUsedRange(OrNullObject), select(),
 *   worksheet, conditionalFormats, sort.apply(fields, matchCase, hasHeaders) by value (cells move whole, formulas
 *   shift their relative references, blanks last, rules stay on their ranges). Any object: load (strings,
 *   arrays, paths "a/b", {select, expand}, nested objects), set({...}), track/untrack, toJSON.
 * - Conditional formats (conditionalFormats.ts): rules live on the sheet; a range's collection is the rules touching
 *   it, top priority first; add(type) puts a rule over exactly that range at priority 0; getCount, items, getItemAt,
 *   getItem(id) / getItemOrNullObject (id = sheet priority), clearAll (clears only those cells, which can split a
 *   rule into several areas). ConditionalFormat: id, priority (settable), stopIfTrue, type, delete, getRange (fails
 *   over several areas), getRangeOrNullObject, custom / customOrNullObject: rule.formula(Local), format.fill.color /
 *   clear, format.font.color / bold / clear, format.clearFormat. Items are found by position at each use, so after a
 *   delete the later positions point at other rules or at none (ItemNotFound), as in office-js issue 5222.
 * - Formulas (formula/): numbers, strings, TRUE/FALSE, errors, A1 references with $ (other sheets too) and ranges,
 *   = <> < <= > >= & + - * / ^ %, unary minus (binds tighter than ^, as in Excel). Functions: TODAY NOW AND OR NOT IF
 *   IFERROR ISNUMBER ISTEXT ISNONTEXT ISBLANK ISERROR ISNA ISLOGICAL LEN TRIM LOWER UPPER LEFT RIGHT MID EXACT
 *   SEARCH (wildcards) FIND INT ABS ROUND N VALUE DATE YEAR MONTH DAY SUM COUNT COUNTA MIN MAX ROW COLUMN; any other
 *   name is #NAME? (a rule with an error does not apply), DATEVALUE on purpose: Excel reads its text by the
 *   machine's locale. Blank = 0 / "" / FALSE by the other side; a formula over a blank is 0; numbers < text <
 *   logicals; text compares case-insensitively; arithmetic reads "12", "50%" and en-US dates in text. Formulas are
 *   stored as Excel shows them (names upper-cased, 1.50 → 1.5) and cell formulas are evaluated on every read.
 * - highlight.ts: highlightedCells / highlightedRows / effectiveFormat: what the rep sees on the model's TODAY
 *   (setToday moves it): rules in priority order, the first matching fill wins, stopIfTrue honoured.
 * - Events: worksheet / table / collection onChanged (address, changeType, source "Local", worksheetId, tableId,
 *   triggerSource, details only for one cell, getRange(context)), onActivated, onSelectionChanged; delivered on a
 *   later task; fired by the add-in's writes and sorts and by userEdit / userSort / userActivate / userSelect;
 *   silenced while context.runtime.enableEvents is false. userDeleteSheet removes a sheet (its tables and rules);
 *   with duringNextSync it happens during the add-in's next sync, which Excel on the web then fails with
 *   InvalidRequestContext even for an unrelated sheet (office-js issue 6964, open). workbook.flushEvents() awaits them; onChange(listener)
 *   tells the preview grid about any change.
 * - Office: context.document.url (model.documentUrl, null by default: "null if the URL is unavailable"),
 *   context.document.settings (get / set / remove / saveAsync / refreshAsync; saved only by saveAsync;
 *   failSettingsSave to test errors), context.requirements.isSetSupported (model.requirementSets),
 *   displayLanguage, partitionKey, officeTheme (undefined, as on the web), ui.openBrowserWindow (recorded in
 *   workbook.openedUrls), onReady ({ host: "Excel", platform: "OfficeOnline" }), AsyncResultStatus.
 *
 * Not supported: charts, names, pivots, data validation, comments; inserting, deleting, copying or clearing cells;
 * RangeAreas / getRanges; R1C1 and locale formulas; rule types other than Custom are stored but never evaluated;
 * highlightedCells looks only inside the used range; sort by colour; times of day in TODAY/NOW or typed dates.
 */
export { MemoryWorkbook, type MemoryWorkbookOptions, type RuleInput, type FormatInput } from "./model/workbook";
export { MemorySheet } from "./model/sheet";
export type { CellData, CellValue, RuleModel, TableModel } from "./model/types";
export {
  PAYLOAD_LIMIT_BYTES,
  READ_CELL_LIMIT,
  payloadBytes,
  type CounterSnapshot,
  type RangeRead,
} from "./model/counters";
export { snapshotSheet, snapshotRules, type SheetSnapshot, type RuleSnapshot } from "./model/snapshot";
export { effectiveFormat, highlightedCells, highlightedRows, ruleMatches, type EffectiveFormat } from "./highlight";
export { evaluateFormula } from "./formula/evaluate";
export { isoToSerial, serialToIso } from "./model/dates";
export { cellText, cellValue, cellFormula, valueType } from "./model/read";
export { createMemoryExcel, createContext, ConditionalFormatType, type MemoryExcel } from "./excel";
export { createMemoryOffice, AsyncResultStatus, type MemoryOffice } from "./office/office";
export { installMemoryOffice, MemoryOfficeExtension, type MemoryInstallation } from "./install";
export { MemoryOfficeError, ErrorCodes, DIMENSION_MISMATCH } from "./errors";
export { formatAddress, parseAddress, columnName, type Rect } from "./addresses";
export type { MemoryRequestContext } from "./client/context";
