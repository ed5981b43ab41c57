/**
 * How much of a file the preview opens. The pane itself handles large lists (it reads in chunks), but the preview
 * keeps every cell of the rep's file in this tab's memory, so it stops at sizes a laptop's browser tab survives.
 */
/** Rows per sheet; the rest of a longer sheet is left out, and the rep is told how many rows that was. */
export const MAX_ROWS_PER_SHEET = 100_000;
/** An .xlsx is unpacked whole by exceljs in the browser (its streaming reader is Node-only): bigger ones are refused. */
export const MAX_XLSX_BYTES = 40 * 1024 * 1024;
/** Unpacked worksheet XML, from the zip's directory: a small file can still hold a million rows. */
export const MAX_XLSX_SHEET_XML_BYTES = 300 * 1024 * 1024;
/** CSV is read in slices, so only its first MAX_ROWS_PER_SHEET rows are kept; past this size reading takes too long. */
export const MAX_CSV_BYTES = 1024 * 1024 * 1024;
/** Excel's limit on the text in one cell. */
export const MAX_CELL_CHARS = 32_767;
