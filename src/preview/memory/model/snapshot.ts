/** Plain snapshots of a sheet and of its conditional-format rules, for "nothing changed" comparisons in tests. */
import { formatAddress, type Rect } from "../addresses";
import { cellFormula, cellValue } from "./read";
import type { CellValue } from "./types";
import type { MemoryWorkbook } from "./workbook";

export interface SheetSnapshot {
  /** The snapshotted area ("A1:L100"), null for an empty sheet. */
  address: string | null;
  values: CellValue[][];
  formulas: CellValue[][];
  numberFormat: string[][];
  fill: Array<Array<string | null>>;
  fontColor: Array<Array<string | null>>;
  bold: boolean[][];
}

export interface RuleSnapshot {
  type: string;
  addresses: string[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
}

/** Every cell of address (default: the used range including formatting). */
export function snapshotSheet(workbook: MemoryWorkbook, sheetName: string, address?: string): SheetSnapshot {
  const sheet = workbook.sheet(sheetName);
  const rect: Rect | null = address ? workbook.rect(address) : sheet.usedRect(false);
  const empty: SheetSnapshot = {
    address: null,
    values: [],
    formulas: [],
    numberFormat: [],
    fill: [],
    fontColor: [],
    bold: [],
  };
  if (!rect) return empty;
  const snap: SheetSnapshot = { ...empty, address: formatAddress(rect) };
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    const line = {
      values: [] as CellValue[],
      formulas: [] as CellValue[],
      numberFormat: [] as string[],
      fill: [] as Array<string | null>,
      fontColor: [] as Array<string | null>,
      bold: [] as boolean[],
    };
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      const cell = sheet.cell(r, c);
      line.values.push(cellValue(workbook, sheet, r, c));
      line.formulas.push(cellFormula(cell));
      line.numberFormat.push(cell?.numberFormat ?? "General");
      line.fill.push(cell?.fill ?? null);
      line.fontColor.push(cell?.fontColor ?? null);
      line.bold.push(cell?.bold ?? false);
    }
    snap.values.push(line.values);
    snap.formulas.push(line.formulas);
    snap.numberFormat.push(line.numberFormat);
    snap.fill.push(line.fill);
    snap.fontColor.push(line.fontColor);
    snap.bold.push(line.bold);
  }
  return snap;
}

/** The sheet's rules in priority order (first = highest). */
export function snapshotRules(workbook: MemoryWorkbook, sheetName: string): RuleSnapshot[] {
  return workbook.sheet(sheetName).rules.map((rule) => ({
    type: rule.type,
    addresses: rule.areas.map((area) => formatAddress(area)),
    formula: rule.formula,
    fill: rule.fill,
    fontColor: rule.fontColor,
    bold: rule.bold,
    stopIfTrue: rule.stopIfTrue,
  }));
}
