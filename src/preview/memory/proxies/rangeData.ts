/** Range reads at sync time: 2-D grids of values/formulas/formats, the 5,000,000-cell cap, uniform formats. */
import { MemoryOfficeError } from "../errors";
import type { Rect } from "../addresses";
import { READ_CELL_LIMIT } from "../model/counters";
import { cellFormula, cellText, cellValue, valueType } from "../model/read";
import { numberFormatReadBack, regionalText } from "../model/regional";
import type { MemorySheet } from "../model/sheet";
import type { CellData } from "../model/types";
import type { MemoryWorkbook } from "../model/workbook";

export interface RangeTarget {
  sheet: MemorySheet;
  rect: Rect;
}

function checkReadSize(rect: Rect, property: string): void {
  if (rect.rowCount * rect.columnCount > READ_CELL_LIMIT) {
    throw new MemoryOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      `Reading ${property} of ${rect.rowCount * rect.columnCount} cells exceeds Excel's limit of 5,000,000 cells per read.`,
      `Range.${property}`,
    );
  }
}

function grid<T>(
  target: RangeTarget,
  property: string,
  fn: (cell: CellData | undefined, row: number, column: number) => T,
): T[][] {
  const { sheet, rect } = target;
  checkReadSize(rect, property);
  const out: T[][] = new Array(rect.rowCount);
  for (let r = 0; r < rect.rowCount; r++) {
    const cells = sheet.rows[rect.row + r];
    const line: T[] = new Array(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) line[c] = fn(cells?.[rect.column + c], rect.row + r, rect.column + c);
    out[r] = line;
  }
  return out;
}

export function readRangeProperty(workbook: MemoryWorkbook, target: RangeTarget, name: string): unknown {
  const { sheet } = target;
  switch (name) {
    case "values":
      return grid(target, name, (_cell, r, c) => cellValue(workbook, sheet, r, c));
    case "formulas":
    case "formulasLocal":
      return grid(target, name, (cell) => cellFormula(cell));
    case "numberFormat":
    case "numberFormatLocal":
      return grid(target, name, (cell) => numberFormatReadBack(workbook, cell?.numberFormat ?? "General"));
    case "valueTypes":
      return grid(target, name, (_cell, r, c) => valueType(cellValue(workbook, sheet, r, c)));
    case "text":
      return grid(target, name, (cell, r, c) => {
        const value = cellValue(workbook, sheet, r, c);
        const code = cell?.numberFormat ?? "General";
        const regional = typeof value === "number" ? regionalText(workbook, value, code) : undefined;
        return regional ?? cellText(value, code, workbook.use1904DateSystem);
      });
    default:
      return undefined;
  }
}

/** One value when every cell of the range agrees, else null (how Excel reports mixed formats). */
export function uniform<T>(target: RangeTarget, get: (cell: CellData | undefined) => T): T | null {
  const { sheet, rect } = target;
  let stored = 0;
  let first: { value: T } | null = null;
  let mixed = false;
  sheet.forEachStored(rect, (cell) => {
    stored++;
    const value = get(cell);
    if (!first) first = { value };
    else if (first.value !== value) mixed = true;
  });
  if (stored < rect.rowCount * rect.columnCount) {
    const blank = get(undefined);
    if (!first) return blank;
    if ((first as { value: T }).value !== blank) mixed = true;
  }
  return mixed || !first ? null : (first as { value: T }).value;
}
