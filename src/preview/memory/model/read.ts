/** What range reads return for a cell: computed values, formulas, value types and display text. */
import type { MemoryWorkbook } from "./workbook";
import type { MemorySheet } from "./sheet";
import { isErrorValue, type CellData, type CellValue } from "./types";
import { formatNumber } from "./numberFormat";

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** The value Excel shows for the cell now; formulas are evaluated on read (so TODAY() follows the clock). */
export function cellValue(workbook: MemoryWorkbook, sheet: MemorySheet, row: number, column: number): CellValue {
  const cell = sheet.cell(row, column);
  if (!cell) return "";
  if (cell.formula === null) return cell.value;
  return workbook.evaluateCell(sheet, row, column, cell.formula);
}

/** range.formulas: the formula text, or the constant itself. */
export function cellFormula(cell: CellData | undefined): CellValue {
  if (!cell) return "";
  return cell.formula ?? cell.value;
}

export function valueType(value: CellValue): ValueType {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return isErrorValue(value) ? "Error" : "String";
}

/** range.text: the value as displayed with its number format (a useful subset of Excel's formats). */
export function cellText(value: CellValue, numberFormat: string, date1904: boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, numberFormat, date1904);
}

/** Value and type of one cell, for the details of a single-cell change event. */
export function describeCell(workbook: MemoryWorkbook, sheet: MemorySheet, row: number, column: number) {
  const value = cellValue(workbook, sheet, row, column);
  return { value, type: valueType(value) };
}
