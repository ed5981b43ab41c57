/** Evaluates a formula at a cell; relative references shift by (at - origin). Placeholder until the evaluator lands. */
import type { MemorySheet } from "../model/sheet";
import type { CellValue } from "../model/types";
import type { MemoryWorkbook } from "../model/workbook";

export interface CellPosition {
  row: number;
  column: number;
}

export function evaluateFormula(
  _workbook: MemoryWorkbook,
  _sheet: MemorySheet,
  _formula: string,
  _origin: CellPosition,
  _at: CellPosition,
): CellValue {
  return "#NAME?";
}
