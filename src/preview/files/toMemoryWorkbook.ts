/** A LoadedWorkbook → the in-memory Excel the pane runs on: every sheet, its tables and the rep's own rules. */
import { MemoryWorkbook } from "../memory/model/workbook";
import type { LoadedWorkbook } from "./loadedWorkbook";

/** The first visible sheet with a value in it, else the first sheet (Excel opens a file on its saved active tab,
 * which exceljs does not expose reliably; the rep switches with the sheet picker). */
export function firstSheetWithData(workbook: MemoryWorkbook): string | null {
  const withData = workbook.sheets.find((s) => s.visibility === "Visible" && s.usedRect(true) !== null);
  return (withData ?? workbook.sheets[0])?.name ?? null;
}

export function toMemoryWorkbook(loaded: LoadedWorkbook, today: string): MemoryWorkbook {
  const workbook = new MemoryWorkbook({
    today,
    displayLanguage: "en-US",
    use1904DateSystem: loaded.date1904,
    // The opened file's identity, as Office.context.document.url is for a saved file (the format hint's key).
    documentUrl: `nextstep-preview:file/${loaded.fileName}`,
  });
  for (const sheet of loaded.sheets) {
    workbook.addLoadedSheet(sheet.name, sheet.rows, sheet.visibility);
    for (const table of sheet.tables) {
      try {
        workbook.addTable(sheet.name, table.address, table.name);
      } catch {
        // a one-row table (header only) is no list to check; Excel keeps it, the pane never needs it
      }
    }
    // Added lowest priority first: each addConditionalFormat goes to the top, as in Excel.
    for (const rule of [...sheet.rules].reverse()) {
      try {
        workbook.addConditionalFormat(sheet.name, rule.addresses, rule);
      } catch {
        // a rule over an address the in-memory Excel cannot parse stays in the file, just not in the preview
      }
    }
  }
  const active = firstSheetWithData(workbook);
  if (active) workbook.activeSheetId = workbook.sheet(active).id;
  return workbook;
}
