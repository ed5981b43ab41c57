/**
 * Pure: the list a "sort by this column" click sorts, as Excel's Sort finds it: the table holding the column, else
 * the block of the used range from its header row down. The header row is the first row filling at least half of
 * the used columns (a title row above a pipeline fills one).
 */
import type { Rect } from "../memory/addresses";

export interface ListArea {
  /** Header row included. */
  rect: Rect;
  hasHeaders: true;
}

export function listArea(
  used: Rect | null,
  tables: readonly Rect[],
  column: number,
  filled: (row: number) => number,
): ListArea | null {
  const table = tables.find((t) => column >= t.column && column < t.column + t.columnCount);
  if (table) return table.rowCount > 2 ? { rect: table, hasHeaders: true } : null;
  if (!used || column < used.column || column >= used.column + used.columnCount) return null;
  const need = Math.max(2, Math.ceil(used.columnCount / 2));
  for (let r = used.row; r < used.row + used.rowCount - 2; r++) {
    if (filled(r) >= need) {
      return { rect: { ...used, row: r, rowCount: used.row + used.rowCount - r }, hasHeaders: true };
    }
  }
  return null;
}
