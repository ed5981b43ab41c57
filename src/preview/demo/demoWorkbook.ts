import { MemoryWorkbook } from "../memory/model/workbook";
import { columnName } from "../memory/addresses";
import { buildDemoSheet, rectangular, type DemoVariant } from "./demoSheet";

/** An in-memory workbook holding the demo sheet for `today` (so TODAY() in the highlight rules agrees with the pane). */
export function demoWorkbook(today: string, variant: DemoVariant): MemoryWorkbook {
  const sheet = buildDemoSheet(today, variant);
  const { values, numberFormat } = rectangular(sheet);
  const workbook = new MemoryWorkbook({ today, displayLanguage: "en-US" });
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
  return workbook;
}
