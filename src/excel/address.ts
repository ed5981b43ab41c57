/** A1 address arithmetic for the adapters (no Excel calls). Indexes are 0-based; row numbers are 1-based. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell, e.g. cellAddress(4, 5) = "F5" (column index 5, row number 5). */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A rectangle from 0-based top-left and sizes, e.g. rangeAddress(0, 1, 3, 2) = "B1:C3". */
export function rangeAddress(rowIndex: number, colIndex: number, rowCount: number, colCount: number): string {
  const tl = cellAddress(colIndex, rowIndex + 1);
  if (rowCount === 1 && colCount === 1) return tl;
  return `${tl}:${cellAddress(colIndex + colCount - 1, rowIndex + rowCount)}`;
}

/** Drops a sheet prefix Excel puts on range.address: "'My sheet'!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

export interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** "B3:D10" (or "Sheet1!B3:D10", "$B$3") → its rectangle; undefined for whole rows/columns or several areas. */
export function parseAddress(address: string): Rect | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(stripSheet(address).trim());
  if (!m) return undefined;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    rowIndex: Math.min(r1, r2),
    columnIndex: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** The overlap of two rectangles, or null. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const rowIndex = Math.max(a.rowIndex, b.rowIndex);
  const columnIndex = Math.max(a.columnIndex, b.columnIndex);
  const rowEnd = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const columnEnd = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  if (rowEnd <= rowIndex || columnEnd <= columnIndex) return null;
  return { rowIndex, columnIndex, rowCount: rowEnd - rowIndex, columnCount: columnEnd - columnIndex };
}
