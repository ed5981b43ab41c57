/**
 * Pure: one CSV field → the cell Excel (en-US) makes of it when it opens the file. Numbers become numbers ("1,234.5",
 * "-7", "12%", "$40"), TRUE/FALSE booleans, "#N/A" an error value; everything else stays text. Dates stay text too,
 * so the pane's handling of dates typed as text applies. A leading "=" stays text: the preview never runs formulas
 * from a file someone sent (CSV injection).
 */
import { blankCell, isErrorValue, type CellData } from "../memory/model/types";
import { MAX_CELL_CHARS } from "./limits";

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function numberOf(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/** The cell for a field, or undefined for an empty one (Excel stores nothing there). */
export function csvCell(field: string): CellData | undefined {
  if (field === "") return undefined;
  const cell = blankCell();
  const text = field.trim();
  const plain = numberOf(text);
  if (plain !== null) {
    cell.value = plain;
    if (text.includes(",")) cell.numberFormat = "#,##0" + (/\.\d/.test(text) ? ".00" : "");
    return cell;
  }
  const percent = text.endsWith("%") ? numberOf(text.slice(0, -1).trim()) : null;
  if (percent !== null) {
    cell.value = percent / 100;
    cell.numberFormat = /\.\d/.test(text) ? "0.00%" : "0%";
    return cell;
  }
  const money = /^-?\$/.test(text) ? numberOf(text.replace("$", "")) : null;
  if (money !== null) {
    cell.value = money;
    cell.numberFormat = "$#,##0.00";
    return cell;
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") cell.value = upper === "TRUE";
  else if (isErrorValue(upper)) cell.value = upper;
  else cell.value = field.length > MAX_CELL_CHARS ? field.slice(0, MAX_CELL_CHARS) : field;
  return cell;
}
