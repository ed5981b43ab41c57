/** Applying a 2-D input to a range the way Excel does: dimension checks, typed-input parsing, null leaves a cell alone. */
import { DIMENSION_MISMATCH, invalidArgument } from "../errors";
import type { Rect } from "../addresses";
import type { MemorySheet } from "./sheet";
import { isErrorValue, type CellData } from "./types";
import { parseTypedDate } from "./typedDates";
import { isValidFormula, normalizeFormula } from "../formula/normalize";

export interface ChangeDetails {
  valueBefore: unknown;
  valueAfter: unknown;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

/** One edit, for onChanged events. */
export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: "RangeEdited" | "RowSorted";
  details?: ChangeDetails;
  /** The add-in's own write (triggerSource "ThisLocalAddin") rather than the rep's. */
  byAddin?: boolean;
}

/** details of a WorksheetChangedEventArgs: Excel gives them only when one cell changed. */
export function changeDetails(
  before: { value: unknown; type: string },
  after: { value: unknown; type: string },
): ChangeDetails {
  return {
    valueBefore: before.value,
    valueAfter: after.value,
    valueTypeBefore: before.type,
    valueTypeAfter: after.type,
  };
}

/** Checks the input's shape against the range and calls apply for every cell; a scalar applies to all cells. */
export function forEachInput(
  rect: Rect,
  input: unknown,
  location: string,
  apply: (item: unknown, row: number, column: number) => void,
): void {
  if (!Array.isArray(input)) {
    for (let r = 0; r < rect.rowCount; r++)
      for (let c = 0; c < rect.columnCount; c++) apply(input, rect.row + r, rect.column + c);
    return;
  }
  if (input.length !== rect.rowCount || input.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)) {
    throw invalidArgument(DIMENSION_MISMATCH, location);
  }
  (input as unknown[][]).forEach((row, r) => row.forEach((item, c) => apply(item, rect.row + r, rect.column + c)));
}

/** Validates every item before anything is written, so a rejected write leaves the sheet untouched. */
export function validateCells(rect: Rect, input: unknown, location: string, check: (item: unknown) => boolean): void {
  forEachInput(rect, input, location, (item) => {
    if (item !== null && item !== undefined && !check(item)) {
      throw invalidArgument(
        `The argument is invalid or missing or has an incorrect format: ${JSON.stringify(item)}.`,
        location,
      );
    }
  });
}

/** Excel's cell limits: 32,767 characters of text, 8,192 of formula. */
export const MAX_CELL_TEXT = 32_767;
const MAX_FORMULA = 8_192;

/** Strings starting with "=" must parse: Excel refuses a broken formula. */
const isCellInput = (item: unknown): boolean =>
  (typeof item === "string" &&
    item.length <= MAX_CELL_TEXT &&
    (item.length < 2 || !item.startsWith("=") || (item.length <= MAX_FORMULA && isValidFormula(item)))) ||
  typeof item === "boolean" ||
  (typeof item === "number" && Number.isFinite(item));

/** What Excel stores for typed/pasted/written input: "=..." is a formula, "12" a number, "TRUE" a boolean, "11/30/2026" a date. */
export function storeInput(cell: CellData, item: string | number | boolean, parseDates = true): void {
  if (typeof item === "string" && item.length > 1 && item.startsWith("=")) {
    cell.formula = normalizeFormula(item);
    cell.value = "";
    return;
  }
  cell.formula = null;
  if (typeof item !== "string" || cell.numberFormat === "@") {
    cell.value = item;
    return;
  }
  const trimmed = item.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) cell.value = Number(trimmed);
  else if (/^(true|false)$/i.test(trimmed)) cell.value = trimmed.toUpperCase() === "TRUE";
  else if (isErrorValue(trimmed.toUpperCase())) cell.value = trimmed.toUpperCase();
  else {
    const date = parseDates ? parseTypedDate(trimmed) : null;
    cell.value = date ? date.serial : item;
    if (date && cell.numberFormat === "General") cell.numberFormat = date.numberFormat;
  }
}

/** range.values = input / range.formulas = input. Fixtures pass parseDates false to keep text that looks like a date. */
export function writeValues(sheet: MemorySheet, rect: Rect, input: unknown, location: string, parseDates = true): void {
  validateCells(rect, input, location, isCellInput);
  forEachInput(rect, input, location, (item, r, c) => {
    if (item === null || item === undefined) return;
    storeInput(sheet.ensureCell(r, c), item as string | number | boolean, parseDates);
  });
}

/** range.numberFormat = input. */
export function writeNumberFormat(sheet: MemorySheet, rect: Rect, input: unknown, location: string): void {
  validateCells(rect, input, location, (item) => typeof item === "string");
  forEachInput(rect, input, location, (item, r, c) => {
    if (typeof item === "string") sheet.ensureCell(r, c).numberFormat = item;
  });
}

/** Sets one format field on every cell of rect (fill, font colour, bold). */
export function writeEach(sheet: MemorySheet, rect: Rect, apply: (cell: CellData) => void): void {
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) apply(sheet.ensureCell(r, c));
  }
}
