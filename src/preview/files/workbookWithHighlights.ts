/**
 * Adapter: "Download with highlights". The rep's own workbook (the exceljs model it was opened from, so formulas,
 * styles and everything the preview does not show stay as they were), with the values the rep changed in the
 * preview and NextStep's conditional-format rules written in, so real Excel shows the same colours tomorrow without
 * the add-in. A CSV (or the demo) becomes a fresh workbook of its values and formats.
 */
import type { CellErrorValue, Workbook, Worksheet } from "exceljs";
import { kindOfFormula } from "../../excel/highlightRules";
import { formatAddress } from "../memory/addresses";
import type { MemorySheet } from "../memory/model/sheet";
import { isErrorValue, type CellValue, type RuleModel } from "../memory/model/types";
import { MAX_ROWS_PER_SHEET } from "./limits";
import type { MemoryWorkbook } from "../memory/model/workbook";
import { loadExcelJs } from "./loadLibraries";
import { valueOf } from "./xlsxCells";

/** NextStep's rules on a sheet (told from the rep's by their marker), highest priority first. */
export function ownRules(sheet: MemorySheet): RuleModel[] {
  return sheet.rules.filter((rule) => rule.type === "Custom" && rule.formula !== null && kindOfFormula(rule.formula));
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Writes the cells whose value differs from the file's (edited, pasted, cleared or moved by a sort). */
function writeChangedValues(memory: MemoryWorkbook, sheet: MemorySheet, target: Worksheet): void {
  const used = sheet.usedRect(true);
  const fileRows = target.rowCount;
  // Rows past the preview's limit were never loaded: they stay exactly as in the file.
  const lastRow = Math.max(used ? used.row + used.rowCount : 0, Math.min(fileRows, MAX_ROWS_PER_SHEET));
  for (let r = 0; r < lastRow; r++) {
    const cells = sheet.rows[r];
    const fileRow = r < fileRows ? target.findRow(r + 1) : undefined;
    const width = Math.max(cells?.length ?? 0, fileRow?.cellCount ?? 0);
    for (let c = 0; c < width; c++) {
      const value: CellValue = cells?.[c]?.value ?? "";
      const fileCell = fileRow?.findCell(c + 1);
      const before = fileCell ? valueOf(fileCell.value, memory.use1904DateSystem).value : "";
      if (before === value) continue;
      const cell = target.getCell(r + 1, c + 1);
      // A number in a date-formatted cell is written as the serial; exceljs keeps the cell's number format.
      cell.value = value === "" ? null : isErrorValue(value) ? ({ error: value } as CellErrorValue) : value;
    }
  }
}

/** A fresh sheet of the memory sheet's values, number formats, fills and fonts. */
function copySheet(sheet: MemorySheet, target: Worksheet): void {
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((data, c) => {
      if (!data) return;
      const cell = target.getCell(r + 1, c + 1);
      if (data.value !== "") cell.value = data.value;
      if (data.numberFormat !== "General") cell.numFmt = data.numberFormat;
      if (data.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(data.fill) } };
      if (data.fontColor || data.bold) {
        cell.font = { bold: data.bold, ...(data.fontColor ? { color: { argb: argb(data.fontColor) } } : {}) };
      }
    });
  });
}

interface RuleBlock {
  ref: string;
  rules: Array<{ priority?: number }>;
}

/** Adds NextStep's rules above the rep's (priority 1…n), pushing the rep's own down by n, as Excel orders them. */
function addRules(target: Worksheet, rules: RuleModel[]): void {
  if (!rules.length) return;
  const existing = (target as unknown as { conditionalFormattings?: RuleBlock[] }).conditionalFormattings ?? [];
  for (const block of existing) for (const rule of block.rules) rule.priority = (rule.priority ?? 0) + rules.length;
  rules.forEach((rule, i) => {
    target.addConditionalFormatting({
      ref: rule.areas.map((area) => formatAddress(area)).join(" "),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [(rule.formula ?? "").replace(/^=/, "")],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill ?? "#FFFFFF") } } },
        },
      ],
    });
  });
}

/** The .xlsx bytes to download. */
export async function workbookWithHighlights(memory: MemoryWorkbook, original?: Workbook): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const out = original ?? new ExcelJS.Workbook();
  if (!original) out.properties.date1904 = memory.use1904DateSystem;
  for (const sheet of memory.sheets) {
    let target = out.getWorksheet(sheet.name);
    if (target) writeChangedValues(memory, sheet, target);
    else {
      target = out.addWorksheet(sheet.name);
      copySheet(sheet, target);
    }
    addRules(target, ownRules(sheet));
  }
  const written = await out.xlsx.writeBuffer();
  if (original) {
    // The model stays as opened: a second download must not carry this one's rules twice.
    for (const sheet of memory.sheets) removeAdded(out.getWorksheet(sheet.name), ownRules(sheet).length);
  }
  return new Uint8Array(written);
}

function removeAdded(target: Worksheet | undefined, count: number): void {
  if (!target || !count) return;
  const blocks = (target as unknown as { conditionalFormattings?: RuleBlock[] }).conditionalFormattings ?? [];
  blocks.splice(blocks.length - count, count);
  for (const block of blocks) for (const rule of block.rules) rule.priority = (rule.priority ?? 0) - count;
}

/**
 * "pipeline.xlsx" → "pipeline (NextStep).xlsx"; when only the first rows were opened, the name says so, so the shorter
 * copy is never mistaken for (or saved over) the rep's whole file.
 */
export function downloadName(fileName: string, partial = false): string {
  return `${fileName.replace(/\.[^.]*$/, "") || "pipeline"} (NextStep${partial ? ", opened rows only" : ""}).xlsx`;
}
