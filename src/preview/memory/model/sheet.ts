/** One worksheet's cells (sparse rows) and its conditional-format rules in priority order. */
import { type Rect } from "../addresses";
import { blankCell, type CellData, type RuleModel } from "./types";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class MemorySheet {
  readonly rows: Array<Array<CellData | undefined> | undefined> = [];
  /** Index 0 is the highest priority. */
  readonly rules: RuleModel[] = [];
  visibility: Visibility = "Visible";
  /**
   * 0-based rows hidden by the rep: Hide Rows, a collapsed group, or an AutoFilter ("AutoFilter temporarily hides rows
   * based on a filter criteria", ECMA-376 Part 1 §18.3.1.2). Range.rowHidden (ExcelApi 1.2) reads them.
   */
  readonly hiddenRows = new Set<number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): CellData | undefined {
    return this.rows[row]?.[column];
  }

  ensureCell(row: number, column: number): CellData {
    let cells = this.rows[row];
    if (!cells) {
      cells = [];
      this.rows[row] = cells;
    }
    let cell = cells[column];
    if (!cell) {
      cell = blankCell();
      cells[column] = cell;
    }
    return cell;
  }

  /** Calls fn for every stored cell inside rect (blank cells that were never touched are skipped). */
  forEachStored(rect: Rect, fn: (cell: CellData, row: number, column: number) => void): void {
    const endRow = Math.min(rect.row + rect.rowCount, this.rows.length);
    for (let r = rect.row; r < endRow; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      const endColumn = Math.min(rect.column + rect.columnCount, cells.length);
      for (let c = rect.column; c < endColumn; c++) {
        const cell = cells[c];
        if (cell) fn(cell, r, c);
      }
    }
  }

  /** Bounding box of cells with a value or formula (valuesOnly) or also with formatting; null on an empty sheet. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const hasValue = cell.formula !== null || cell.value !== "";
        const hasFormat = cell.numberFormat !== "General" || cell.fill !== null || cell.fontColor !== null || cell.bold;
        if (!hasValue && (valuesOnly || !hasFormat)) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (bottom < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}
