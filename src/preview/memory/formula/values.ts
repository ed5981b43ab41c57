/** Formula values and Excel's coercions: blanks, text vs numbers, case-insensitive comparison. */
import { parseTypedDate } from "../model/typedDates";

export class FormulaError {
  constructor(readonly code: string) {}
}

/** A reference to an empty cell: 0 in arithmetic and numeric comparisons, "" for text, FALSE for logicals. */
export const BLANK = { blank: true } as const;
export type Blank = typeof BLANK;

export type Scalar = number | string | boolean | FormulaError | Blank;

export interface RangeValue {
  kind: "range";
  cells: Scalar[][];
  row: number;
  column: number;
}

export type Value = Scalar | RangeValue;

export const VALUE_ERROR = new FormulaError("#VALUE!");
export const DIV0_ERROR = new FormulaError("#DIV/0!");
export const NAME_ERROR = new FormulaError("#NAME?");
export const REF_ERROR = new FormulaError("#REF!");
export const NUM_ERROR = new FormulaError("#NUM!");

export function isRange(value: Value): value is RangeValue {
  return typeof value === "object" && value !== null && "kind" in value;
}

export function isError(value: Value): value is FormulaError {
  return value instanceof FormulaError;
}

/** General number format, as & and TEXT-less conversions show numbers. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(trimmed)) return null;
  return trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

export function toNumber(value: Scalar): number | FormulaError {
  if (typeof value === "number") return value;
  if (value === BLANK) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof FormulaError) return value;
  // Arithmetic reads text as Excel en-US would: "12", "50%", and dates such as "11/30/2026".
  return parseNumber(value as string) ?? parseTypedDate(value as string)?.serial ?? VALUE_ERROR;
}

export function toText(value: Scalar): string | FormulaError {
  if (typeof value === "string") return value;
  if (value === BLANK) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof FormulaError) return value;
  return numberText(value as number);
}

export function toBool(value: Scalar): boolean | FormulaError {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === BLANK) return false;
  if (value instanceof FormulaError) return value;
  const upper = (value as string).toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return VALUE_ERROR;
}

function rank(value: number | string | boolean): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

/** Excel's ordering: numbers < text < logicals; text compares case-insensitively; blank takes the other side's type. */
export function compare(a: Scalar, b: Scalar): number | FormulaError {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (a === BLANK && b === BLANK) return 0;
  const blankAs = (other: Scalar): number | string | boolean =>
    typeof other === "number" ? 0 : typeof other === "string" ? "" : false;
  const left = a === BLANK ? blankAs(b) : (a as number | string | boolean);
  const right = b === BLANK ? blankAs(a) : (b as number | string | boolean);
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (typeof left === "string") {
    const l = left.toLowerCase();
    const r = (right as string).toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  return Number(left) - Number(right);
}
