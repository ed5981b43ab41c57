/** Sorting rows of a range like Excel: cells move whole (value, formula, formats); rules stay on their ranges. */
import { invalidArgument } from "../errors";
import type { Rect } from "../addresses";
import { shiftFormula } from "../formula/shift";
import { cellValue } from "./read";
import type { MemorySheet } from "./sheet";
import { isErrorValue, type CellData, type CellValue } from "./types";
import type { MemoryWorkbook } from "./workbook";

export interface SortFieldInput {
  key: number;
  ascending?: boolean;
  sortOn?: string;
}

/** Excel's ascending order: numbers, text, logicals, errors; blanks always last, whichever the direction. */
function rank(value: CellValue): number {
  if (value === "") return 4;
  if (typeof value === "number") return 0;
  if (typeof value === "boolean") return 2;
  return isErrorValue(value) ? 3 : 1;
}

function compareValues(a: CellValue, b: CellValue, ascending: boolean, matchCase: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 4 || rb === 4) return ra - rb; // blanks last in both directions
  let order = ra - rb;
  if (order === 0 && ra === 0) order = (a as number) - (b as number);
  else if (order === 0 && ra === 1) {
    const x = matchCase ? String(a) : String(a).toLowerCase();
    const y = matchCase ? String(b) : String(b).toLowerCase();
    order = x < y ? -1 : x > y ? 1 : 0;
  } else if (order === 0 && ra === 2) order = Number(a) - Number(b);
  return ascending ? order : -order;
}

/** Sorts the rows of rect (after the header row when hasHeaders) by the given fields; stable like Excel. */
export function sortRows(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  rect: Rect,
  fields: SortFieldInput[],
  matchCase = false,
  hasHeaders = false,
): Rect {
  if (!Array.isArray(fields) || fields.length === 0)
    throw invalidArgument("Sort needs at least one field.", "RangeSort.apply");
  for (const field of fields) {
    if (!Number.isInteger(field.key) || field.key < 0 || field.key >= rect.columnCount) {
      throw invalidArgument(`Sort key ${String(field.key)} is outside the range.`, "RangeSort.apply");
    }
    if (field.sortOn !== undefined && field.sortOn !== "Value") {
      throw invalidArgument(`Sorting on ${field.sortOn} is not supported by the in-memory Excel.`, "RangeSort.apply");
    }
  }
  const body: Rect = hasHeaders ? { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 } : rect;
  const rows = Array.from({ length: body.rowCount }, (_, i) => {
    const r = body.row + i;
    const keys = fields.map((f) => cellValue(workbook, sheet, r, body.column + f.key));
    const cells: Array<CellData | undefined> = [];
    for (let c = 0; c < body.columnCount; c++) cells.push(sheet.cell(r, body.column + c));
    return { from: r, keys, cells };
  });
  rows.sort((a, b) => {
    for (let k = 0; k < fields.length; k++) {
      const order = compareValues(a.keys[k], b.keys[k], fields[k].ascending !== false, matchCase);
      if (order !== 0) return order;
    }
    return a.from - b.from;
  });
  rows.forEach((row, i) => {
    const to = body.row + i;
    row.cells.forEach((cell, c) => {
      const column = body.column + c;
      if (cell?.formula) cell.formula = shiftFormula(cell.formula, to - row.from, 0);
      const line = sheet.rows[to] ?? (sheet.rows[to] = []);
      line[column] = cell;
    });
  });
  return body;
}
