/**
 * Pure: a worksheet's conditional formats as exceljs reads them → the in-memory Excel's rules, highest priority
 * first. Expression rules keep their formula; other kinds keep their type (the in-memory Excel stores them but does
 * not evaluate them), so clearing NextStep's highlights can be seen to leave the rep's own rules alone.
 */
import type { ConditionalFormattingOptions } from "exceljs";
import type { ConditionalFormatTypeName } from "../memory/model/types";
import type { LoadedRule } from "./loadedWorkbook";
import { argbToHex } from "./xlsxCells";

const TYPES: Record<string, ConditionalFormatTypeName> = {
  expression: "Custom",
  cellIs: "CellValue",
  containsText: "ContainsText",
  top10: "TopBottom",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  aboveAverage: "PresetCriteria",
  timePeriod: "PresetCriteria",
};

interface RuleLike {
  type?: string;
  priority?: number;
  formulae?: unknown[];
  stopIfTrue?: boolean;
  style?: {
    fill?: { type?: string; bgColor?: { argb?: string }; fgColor?: { argb?: string } } | null;
    font?: { color?: { argb?: string }; bold?: boolean } | null;
  };
}

/** Rules of every block, sorted by priority (1 is the top); areas split on spaces ("A1:A9 C1:C9"). */
export function rulesFromExcelJs(blocks: readonly ConditionalFormattingOptions[] | undefined): LoadedRule[] {
  const found: Array<{ priority: number; order: number; rule: LoadedRule }> = [];
  for (const block of blocks ?? []) {
    const addresses = String(block.ref ?? "")
      .split(/\s+/)
      .map((a) => a.replace(/\$/g, ""))
      .filter((a) => a !== "");
    if (addresses.length === 0) continue;
    for (const raw of block.rules as unknown as RuleLike[]) {
      const type = TYPES[raw.type ?? ""] ?? "PresetCriteria";
      const rule: LoadedRule = { type, addresses };
      const formula = raw.formulae?.[0];
      if (type === "Custom" && typeof formula === "string")
        rule.formula = formula.startsWith("=") ? formula : `=${formula}`;
      const fill = argbToHex(raw.style?.fill?.bgColor) ?? argbToHex(raw.style?.fill?.fgColor);
      if (fill) rule.fill = fill;
      const fontColor = argbToHex(raw.style?.font?.color);
      if (fontColor) rule.fontColor = fontColor;
      if (raw.style?.font?.bold !== undefined) rule.bold = raw.style.font.bold;
      if (raw.stopIfTrue) rule.stopIfTrue = true;
      found.push({ priority: raw.priority ?? Number.MAX_SAFE_INTEGER, order: found.length, rule });
    }
  }
  return found.sort((a, b) => a.priority - b.priority || a.order - b.order).map((f) => f.rule);
}
