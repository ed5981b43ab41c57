/**
 * Pure: an exceljs cell → the cell as Excel's range.values / numberFormat / format give it. Dates come back as
 * serials in the workbook's own date system; formulas as their cached result (the preview does not recalculate a
 * rep's formulas); merged cells other than the top-left one are blank, as in Excel.
 */
import type { Cell, CellValue as ExcelJsValue, Fill, Font } from "exceljs";
import { blankCell, isErrorValue, type CellData, type CellValue } from "../memory/model/types";
import { MAX_CELL_CHARS } from "./limits";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30) to 1970-01-01, and from 1900 to 1904 serials. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/** exceljs reads date-formatted numbers as UTC Dates; this gives back the serial Excel stored. */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1900_TO_1904 : 0);
  return Math.round(serial * 1e9) / 1e9; // exceljs rounds to the millisecond; drop the float noise it leaves
}

/**
 * Built-in formats (numFmtId without a formatCode in the file) that exceljs names as ECMA-376 does, but Excel
 * defines differently and reads back through range.numberFormat in its own spelling (MS-OI29500 2.1.712: "Excel
 * defines built-in format ID 14: m/d/yyyy; 22: m/d/yyyy h:mm; 37: #,##0_);(#,##0)" …); the keys are exceljs's
 * spellings (its lib/xlsx/defaultnumformats.js).
 */
const EXCEL_BUILT_IN: Record<string, string> = {
  "mm-dd-yy": "m/d/yyyy",
  'm/d/yy "h":mm': "m/d/yyyy h:mm",
  "#,##0 ;(#,##0)": "#,##0_);(#,##0)",
  "#,##0 ;[Red](#,##0)": "#,##0_);[Red](#,##0)",
  "#,##0.00 ;(#,##0.00)": "#,##0.00_);(#,##0.00)",
  "#,##0.00 ;[Red](#,##0.00)": "#,##0.00_);[Red](#,##0.00)",
  "mmss.0": "mm:ss.0",
};

export function excelNumberFormat(numFmt: string | undefined): string {
  if (!numFmt) return "General";
  return EXCEL_BUILT_IN[numFmt] ?? numFmt;
}

/** "#RRGGBB" of an ARGB colour ("FFFFC7CE"); theme and indexed colours are not resolved (null). */
export function argbToHex(color: { argb?: string } | undefined): string | null {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^[0-9a-f]{8}$/i.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

export function solidFill(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  return argbToHex(fill.fgColor);
}

export type FormulaState = "none" | "cached" | "noValue";

function plainValue(value: unknown, date1904: boolean): CellValue | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS) : value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#VALUE!" : dateToSerial(value, date1904);
  if (typeof value === "object") {
    const o = value as { error?: unknown; richText?: Array<{ text?: unknown }>; text?: unknown };
    if (typeof o.error === "string") return isErrorValue(o.error) ? o.error : "#VALUE!";
    if (Array.isArray(o.richText)) return plainValue(o.richText.map((r) => String(r.text ?? "")).join(""), date1904);
    if (o.text !== undefined) return plainValue(o.text, date1904); // hyperlink: the cell shows its text
  }
  return undefined;
}

/** The cell's value, and whether it came from a formula's cached result (or a formula without one). */
export function valueOf(raw: ExcelJsValue, date1904: boolean): { value: CellValue; formula: FormulaState } {
  if (
    raw !== null &&
    typeof raw === "object" &&
    !(raw instanceof Date) &&
    ("formula" in raw || "sharedFormula" in raw)
  ) {
    const result = (raw as { result?: unknown }).result;
    if (result === undefined) return { value: "", formula: "noValue" };
    return { value: plainValue(result, date1904) ?? "", formula: "cached" };
  }
  return { value: plainValue(raw, date1904) ?? "", formula: "none" };
}

/** exceljs's ValueType.Merge: a merged cell other than the master. */
const MERGE_TYPE = 1;

/** The cell data for an exceljs cell, or undefined when the cell holds neither a value nor formatting. */
export function cellFromExcelJs(cell: Cell, date1904: boolean): { data: CellData | undefined; formula: FormulaState } {
  const merged = (cell.type as number) === MERGE_TYPE;
  const { value, formula } = merged
    ? { value: "" as CellValue, formula: "none" as const }
    : valueOf(cell.value, date1904);
  const numberFormat = excelNumberFormat(cell.numFmt);
  const fill = solidFill(cell.fill);
  const font: Partial<Font> | undefined = cell.font;
  const fontColor = argbToHex(font?.color);
  const bold = font?.bold === true;
  if (value === "" && numberFormat === "General" && fill === null && fontColor === null && !bold) {
    return { data: undefined, formula };
  }
  const data = blankCell();
  data.value = value;
  data.numberFormat = numberFormat;
  data.fill = fill;
  data.fontColor = fontColor;
  data.bold = bold;
  return { data, formula };
}
