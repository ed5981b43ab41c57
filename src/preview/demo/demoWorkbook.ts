import { MemoryWorkbook } from "../memory/model/workbook";
import { columnName } from "../memory/addresses";
import { buildDemoSheet, rectangular, type DemoVariant } from "./demoSheet";

/** Where the stray cell of the "strayCell" demo sits: 52 columns × 200,000 rows of used range. */
export const STRAY_CELL = "AZ200000";

/** An in-memory workbook holding the demo sheet for `today` (so TODAY() in the highlight rules agrees with the pane). */
export function demoWorkbook(today: string, variant: DemoVariant): MemoryWorkbook {
  const sheet = buildDemoSheet(today, variant);
  const { values, numberFormat } = rectangular(sheet);
  // Excel 2016 stops at ExcelApi 1.4: the pane must say so instead of failing.
  const requirementSets = variant === "oldExcel" ? { ExcelApi: "1.4" } : undefined;
  // A stable document identity per demo, as Office.context.document.url is for a saved file (the format hint's key).
  const documentUrl = `nextstep-preview:demo/${variant}`;
  const workbook = new MemoryWorkbook({ today, displayLanguage: "en-US", requirementSets, documentUrl });
  // Formats first, so text dates stay text (as when a rep types into a cell formatted as Text).
  workbook.addSheet(sheet.sheetName);
  if (!values.length) return workbook;
  const width = values[0].length;
  for (let c = 0; c < width; c++) {
    const letter = columnName(c);
    for (let r = 0; r < numberFormat.length; r++) {
      const format = numberFormat[r][c];
      if (format !== "General") workbook.setFormat(sheet.sheetName, `${letter}${r + 1}`, { numberFormat: format });
    }
  }
  workbook.setCells(sheet.sheetName, `A1:${columnName(width - 1)}${values.length}`, values);
  workbook.setFormat(sheet.sheetName, `A${sheet.headerRow}:${columnName(width - 1)}${sheet.headerRow}`, { bold: true });
  // A forgotten "x" far below and to the right stretches the used range past what an add-in can read.
  if (variant === "strayCell") workbook.setCells(sheet.sheetName, STRAY_CELL, [["x"]]);
  // Excel refuses every request while a cell is being edited: the pane must say what to do.
  if (variant === "editingCell") workbook.cellEditMode = true;
  return workbook;
}
