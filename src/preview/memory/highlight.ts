/**
 * What the rep sees: each cell's effective fill after conditional formats, on the workbook's current TODAY().
 * Rules apply in priority order; the first matching rule that sets a fill wins; stopIfTrue ends the search.
 * Custom rules only (other rule types are stored but not evaluated). Evaluated inside the sheet's used range.
 */
import { columnName, contains, intersect, type Rect } from "./addresses";
import { evaluateFormula } from "./formula/evaluate";
import type { MemorySheet } from "./model/sheet";
import type { RuleModel } from "./model/types";
import type { MemoryWorkbook } from "./model/workbook";

export interface EffectiveFormat {
  /** Fill the rep sees: the winning rule's, else the cell's own, else null. */
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  /** Sheet priorities (0 = top) of the rules whose formula is true for the cell. */
  matchedRules: number[];
  /** True when the fill comes from a conditional format. */
  fillFromRule: boolean;
}

/** A custom rule's formula is true at (row, column): TRUE or a non-zero number; errors and text are not. */
export function ruleMatches(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  rule: RuleModel,
  row: number,
  column: number,
): boolean {
  if (rule.type !== "Custom" || !rule.formula) return false;
  const value = evaluateFormula(workbook, sheet, rule.formula, rule.origin, { row, column });
  return value === true || (typeof value === "number" && value !== 0);
}

export function effectiveFormat(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  row: number,
  column: number,
): EffectiveFormat {
  const cell = sheet.cell(row, column);
  const result: EffectiveFormat = { fill: null, fontColor: null, bold: false, matchedRules: [], fillFromRule: false };
  let fontSet = false;
  let boldSet = false;
  sheet.rules.some((rule, priority) => {
    if (!rule.areas.some((area) => contains(area, row, column))) return false;
    if (!ruleMatches(workbook, sheet, rule, row, column)) return false;
    result.matchedRules.push(priority);
    if (rule.fill !== null && !result.fillFromRule) {
      result.fill = rule.fill;
      result.fillFromRule = true;
    }
    if (rule.fontColor !== null && !fontSet) {
      result.fontColor = rule.fontColor;
      fontSet = true;
    }
    if (rule.bold !== null && !boldSet) {
      result.bold = rule.bold;
      boldSet = true;
    }
    return rule.stopIfTrue;
  });
  if (!result.fillFromRule) result.fill = cell?.fill ?? null;
  if (!fontSet) result.fontColor = cell?.fontColor ?? null;
  if (!boldSet) result.bold = cell?.bold ?? false;
  return result;
}

/** Every cell of the used range (or of address) that shows a fill: "B7" → "#FFC7CE". */
export function highlightedCells(
  workbook: MemoryWorkbook,
  sheetName: string,
  options: { address?: string; rulesOnly?: boolean } = {},
): Record<string, string> {
  const sheet = workbook.sheet(sheetName);
  const area: Rect | null = options.address ? workbook.rect(options.address) : sheet.usedRect(false);
  const out: Record<string, string> = {};
  if (!area) return out;
  const covered = sheet.rules
    .flatMap((rule) => rule.areas.map((a) => intersect(a, area)))
    .filter((r): r is Rect => r !== null);
  const visit = (row: number, column: number) => {
    const key = `${columnName(column)}${row + 1}`;
    if (key in out) return;
    const format = effectiveFormat(workbook, sheet, row, column);
    if (format.fill !== null && (format.fillFromRule || !options.rulesOnly)) out[key] = format.fill;
  };
  for (const rect of covered) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) visit(r, c);
  }
  if (!options.rulesOnly) sheet.forEachStored(area, (cell, row, column) => cell.fill !== null && visit(row, column));
  return out;
}

/** Sheet rows (1-based) with at least one cell filled by a rule in the given colour. */
export function highlightedRows(workbook: MemoryWorkbook, sheetName: string, color: string): number[] {
  const rows = new Set<number>();
  for (const [address, fill] of Object.entries(highlightedCells(workbook, sheetName, { rulesOnly: true }))) {
    if (fill === color.toUpperCase()) rows.add(Number(/\d+$/.exec(address)?.[0]));
  }
  return [...rows].sort((a, b) => a - b);
}
