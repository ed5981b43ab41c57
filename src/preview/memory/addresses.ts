/** A1 addresses: parse "A1", "$A$1:$B$2", "3:5", "B:B", "'My Sheet'!A1" into 0-based rectangles, and format them back. */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** 0 → "A", 27 → "AB". */
export function columnName(index: number): string {
  let name = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "AB" → 27; -1 when not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

type Part =
  { kind: "cell"; row: number; column: number } | { kind: "row"; row: number } | { kind: "column"; column: number };

function parsePart(text: string): Part | null {
  let m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(text);
  if (m) {
    const column = columnIndex(m[1]);
    const row = Number(m[2]) - 1;
    if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) return null;
    return { kind: "cell", row, column };
  }
  m = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (m) {
    const column = columnIndex(m[1]);
    return column >= 0 && column < MAX_COLUMNS ? { kind: "column", column } : null;
  }
  m = /^\$?([0-9]+)$/.exec(text);
  if (m) {
    const row = Number(m[1]) - 1;
    return row >= 0 && row < MAX_ROWS ? { kind: "row", row } : null;
  }
  return null;
}

/** Splits an optional sheet prefix: "'It''s'!A1" → { sheet: "It's", local: "A1" }. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(address);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const plain = /^([^'!:]+)!(.*)$/.exec(address);
  if (plain) return { sheet: plain[1], local: plain[2] };
  return { local: address };
}

/** Parses one rectangular area; null when Excel would reject the address. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address.trim());
  const pieces = local.split(":");
  if (pieces.length > 2 || local.includes(",")) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b || a.kind !== b.kind) return null;
  if (pieces.length === 1 && a.kind !== "cell") return null;
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    rect = {
      row,
      column,
      rowCount: Math.max(a.row, b.row) - row + 1,
      columnCount: Math.max(a.column, b.column) - column + 1,
    };
  } else if (a.kind === "row" && b.kind === "row") {
    const row = Math.min(a.row, b.row);
    rect = { row, column: 0, rowCount: Math.max(a.row, b.row) - row + 1, columnCount: MAX_COLUMNS };
  } else if (a.kind === "column" && b.kind === "column") {
    const column = Math.min(a.column, b.column);
    rect = { row: 0, column, rowCount: MAX_ROWS, columnCount: Math.max(a.column, b.column) - column + 1 };
  } else {
    return null;
  }
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Quotes a sheet name the way Excel writes it in addresses. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Rect → "A1:B2" (or "B:B", "3:5"), prefixed with the sheet when given. */
export function formatAddress(rect: Rect, sheetName?: string): string {
  const prefix = sheetName === undefined ? "" : `${quoteSheetName(sheetName)}!`;
  const lastRow = rect.row + rect.rowCount;
  const lastColumn = rect.column + rect.columnCount;
  let local: string;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
    local = `${columnName(rect.column)}:${columnName(lastColumn - 1)}`;
  } else if (rect.column === 0 && rect.columnCount === MAX_COLUMNS) {
    local = `${rect.row + 1}:${lastRow}`;
  } else {
    const first = `${columnName(rect.column)}${rect.row + 1}`;
    const last = `${columnName(lastColumn - 1)}${lastRow}`;
    local = first === last ? first : `${first}:${last}`;
  }
  return prefix + local;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endColumn = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (endRow <= row || endColumn <= column) return null;
  return { row, column, rowCount: endRow - row, columnCount: endColumn - column };
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

export function isInsideSheet(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount > 0 &&
    rect.columnCount > 0 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}
