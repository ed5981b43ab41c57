/** Plain data of the in-memory workbook: what a cell, a table and a conditional-format rule hold. */
import type { Rect } from "../addresses";

/** A cell's value as range.values gives it: "" for blank, error values as their text ("#N/A"). */
export type CellValue = string | number | boolean;

export interface CellData {
  value: CellValue;
  /** "=..." when the cell holds a formula; its value is then computed on every read. */
  formula: string | null;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** "#RRGGBB", or null for automatic (black). */
  fontColor: string | null;
  bold: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row plus data body. */
  rect: Rect;
}

/** Excel.ConditionalFormatType values. */
export type ConditionalFormatTypeName =
  "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue";

export interface RuleModel {
  /** Internal identity; Excel exposes no stable id (ConditionalFormat.id is the priority). */
  uid: number;
  type: ConditionalFormatTypeName;
  /** One or more areas; getRange() throws when there are several. */
  areas: Rect[];
  /** Custom rules: "=..." relative to origin. */
  formula: string | null;
  /** The top-left cell of the range the rule was created on; relative references count from here. */
  origin: { row: number; column: number };
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
}

export const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];

export function isErrorValue(value: unknown): value is string {
  return typeof value === "string" && ERROR_VALUES.includes(value);
}

export function blankCell(): CellData {
  return { value: "", formula: null, numberFormat: "General", fill: null, fontColor: null, bold: false };
}
