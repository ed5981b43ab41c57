/**
 * Loading a sheet from a file: cells arrive as Excel stored them (typed values, number formats, fills), so nothing
 * is re-parsed; but they are checked like any write, so the fake never holds what Excel could not.
 */
import { MAX_CELL_TEXT } from "./writes";
import type { MemorySheet } from "./sheet";
import type { CellData } from "./types";
import { normalizeColor } from "./colors";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function checkCell(cell: CellData, row: number, column: number): void {
  const where = `row ${row + 1}, column ${column + 1}`;
  const v = cell.value;
  const ok =
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v)) ||
    (typeof v === "string" && v.length <= MAX_CELL_TEXT);
  if (!ok) throw new Error(`Cannot load ${where}: ${JSON.stringify(v).slice(0, 40)} is not a cell value`);
  if (cell.formula !== null) throw new Error(`Cannot load ${where}: loaded cells hold values, not formulas`);
  if (cell.fill !== null) cell.fill = normalizeColor(cell.fill, "loadSheet");
  if (cell.fontColor !== null) cell.fontColor = normalizeColor(cell.fontColor, "loadSheet");
}

/** Puts rows (row 0 = sheet row 1, sparse) into an empty sheet; the arrays are taken over, not copied. */
export function loadRows(sheet: MemorySheet, rows: ReadonlyArray<Array<CellData | undefined> | undefined>): void {
  if (sheet.rows.length > 0) throw new Error(`Sheet ${sheet.name} already has cells`);
  if (rows.length > MAX_ROWS) throw new Error(`A sheet has at most ${MAX_ROWS} rows`);
  rows.forEach((cells, r) => {
    if (!cells) return;
    if (cells.length > MAX_COLUMNS) throw new Error(`A sheet has at most ${MAX_COLUMNS} columns`);
    cells.forEach((cell, c) => {
      if (cell) checkCell(cell, r, c);
    });
    sheet.rows[r] = cells;
  });
}
