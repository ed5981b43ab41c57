/** Evaluates a formula at a cell; relative references shift by (at - origin), as in conditional formats. */
import { MAX_COLUMNS, MAX_ROWS } from "../addresses";
import type { MemorySheet } from "../model/sheet";
import { isErrorValue, type CellValue } from "../model/types";
import type { MemoryWorkbook } from "../model/workbook";
import { callFunction } from "./functions";
import { parseFormula, type Node } from "./parse";
import type { CellRef } from "./tokenize";
import {
  BLANK,
  compare,
  DIV0_ERROR,
  FormulaError,
  isError,
  isRange,
  NUM_ERROR,
  REF_ERROR,
  toNumber,
  toText,
  VALUE_ERROR,
  type Scalar,
  type Value,
} from "./values";

export interface CellPosition {
  row: number;
  column: number;
}

export interface EvalContext {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  origin: CellPosition;
  at: CellPosition;
  depth: number;
}

const MAX_DEPTH = 64;
const MAX_RANGE_CELLS = 1_000_000;

function position(ref: CellRef, ctx: EvalContext): CellPosition | null {
  const row = ref.rowAbsolute ? ref.row : ref.row + ctx.at.row - ctx.origin.row;
  const column = ref.columnAbsolute ? ref.column : ref.column + ctx.at.column - ctx.origin.column;
  if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) return null;
  return { row, column };
}

function cellScalar(ctx: EvalContext, sheet: MemorySheet, row: number, column: number): Scalar {
  const cell = sheet.cell(row, column);
  if (!cell) return BLANK;
  if (cell.formula !== null) {
    if (ctx.depth >= MAX_DEPTH) return 0; // a circular reference: Excel shows 0 and warns
    const at = { row, column };
    const value = toScalar(
      evaluateNode(parseFormula(cell.formula), { ...ctx, sheet, origin: at, at, depth: ctx.depth + 1 }),
    );
    return value === BLANK ? 0 : value; // =A1 over a blank cell holds 0, and is not blank itself
  }
  if (cell.value === "") return BLANK;
  return isErrorValue(cell.value) ? new FormulaError(cell.value) : cell.value;
}

function reference(node: Extract<Node, { kind: "ref" }>, ctx: EvalContext): Value {
  const sheet =
    node.from.sheet === undefined
      ? ctx.sheet
      : ctx.workbook.sheets.find((s) => s.name.toLowerCase() === node.from.sheet?.toLowerCase());
  const from = position(node.from, ctx);
  if (!sheet || !from) return REF_ERROR;
  if (!node.to) return cellScalar(ctx, sheet, from.row, from.column);
  const to = position(node.to, ctx);
  if (!to) return REF_ERROR;
  const top = Math.min(from.row, to.row);
  const left = Math.min(from.column, to.column);
  const rows = Math.abs(to.row - from.row) + 1;
  const columns = Math.abs(to.column - from.column) + 1;
  if (rows * columns > MAX_RANGE_CELLS) return NUM_ERROR;
  const cells: Scalar[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < columns; c++) line.push(cellScalar(ctx, sheet, top + r, left + c));
    cells.push(line);
  }
  return { kind: "range", cells, row: top, column: left };
}

/** A multi-cell range where one value is needed: #VALUE! (no implicit intersection here). */
export function toScalar(value: Value): Scalar {
  if (!isRange(value)) return value;
  return value.cells.length === 1 && value.cells[0].length === 1 ? value.cells[0][0] : VALUE_ERROR;
}

function arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  let result: number;
  if (op === "+") result = x + y;
  else if (op === "-") result = x - y;
  else if (op === "*") result = x * y;
  else if (op === "/") {
    if (y === 0) return DIV0_ERROR;
    result = x / y;
  } else result = Math.pow(x, y);
  return Number.isFinite(result) ? result : NUM_ERROR;
}

function binary(node: Extract<Node, { kind: "binary" }>, ctx: EvalContext): Scalar {
  const a = toScalar(evaluateNode(node.left, ctx));
  const b = toScalar(evaluateNode(node.right, ctx));
  if (node.op === "&") {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (["=", "<>", "<", "<=", ">", ">="].includes(node.op)) {
    const order = compare(a, b);
    if (isError(order)) return order;
    switch (node.op) {
      case "=":
        return order === 0;
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case "<=":
        return order <= 0;
      case ">":
        return order > 0;
      default:
        return order >= 0;
    }
  }
  return arithmetic(node.op, a, b);
}

export function evaluateNode(node: Node, ctx: EvalContext): Value {
  switch (node.kind) {
    case "number":
    case "string":
    case "bool":
      return node.value;
    case "error":
      return new FormulaError(node.value);
    case "missing":
      return BLANK;
    case "ref":
      return reference(node, ctx);
    case "unary": {
      const n = toNumber(toScalar(evaluateNode(node.operand, ctx)));
      return isError(n) ? n : node.op === "-" ? -n : n;
    }
    case "percent": {
      const n = toNumber(toScalar(evaluateNode(node.operand, ctx)));
      return isError(n) ? n : n / 100;
    }
    case "binary":
      return binary(node, ctx);
    case "call":
      return callFunction(node.name, node.args, ctx);
  }
}

/** A cell's value for a formula: blank results read as 0, errors as their text ("#DIV/0!"). */
export function evaluateFormula(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  formula: string,
  origin: CellPosition,
  at: CellPosition,
): CellValue {
  let value: Scalar;
  try {
    value = toScalar(evaluateNode(parseFormula(formula), { workbook, sheet, origin, at, depth: 0 }));
  } catch {
    return "#NAME?";
  }
  if (value === BLANK) return 0;
  if (value instanceof FormulaError) return value.code;
  return value as CellValue;
}
