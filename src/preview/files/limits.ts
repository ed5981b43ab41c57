/**
 * How much of a file the preview opens. The pane itself handles large lists (it reads in chunks), but the preview
 * keeps every cell of the rep's file in this tab's memory, so it stops at sizes a laptop's browser tab survives.
 */
/** Rows per sheet; the rest of a longer sheet is left out, and the rep is told how many rows that was. */
export const MAX_ROWS_PER_SHEET = 100_000;
/** An .xlsx is unpacked whole by exceljs in the browser (its streaming reader is Node-only): bigger ones are refused. */
export const MAX_XLSX_BYTES = 40 * 1024 * 1024;
/**
 * One worksheet's unpacked XML (from the zip's directory) above which the sheet is cut after its first
 * MAX_ROWS_PER_SHEET rows before exceljs sees it: exceljs's browser build unpacks and parses the whole sheet
 * (no streaming reader), which a million-row sheet does not survive. Below it the sheet is read as it is.
 */
export const CUT_XLSX_SHEET_XML_BYTES = 64 * 1024 * 1024;
/**
 * A sheet is still unpacked whole once (as bytes, to find the cut), so a tab must hold it: bigger ones are refused.
 * A file within MAX_XLSX_BYTES rarely unpacks to this much.
 */
export const MAX_XLSX_SHEET_XML_BYTES = 1024 * 1024 * 1024;
/** CSV is read in slices, so only its first MAX_ROWS_PER_SHEET rows are kept; past this size reading takes too long. */
export const MAX_CSV_BYTES = 1024 * 1024 * 1024;
/** Excel's limit on the text in one cell. */
export const MAX_CELL_CHARS = 32_767;
