/**
 * What the rep does in the preview grid, done through the in-memory Excel's user-action path (userEdit, userSort,
 * userSelect, userActivate), so the pane hears the same onChanged / onActivated events it hears in Excel.
 */
import { formatAddress } from "../memory/addresses";
import { cellValue } from "../memory/model/read";
import type { MemoryWorkbook } from "../memory/model/workbook";
import { listArea } from "./listArea";

export interface GridActions {
  /** The selection on the active sheet now ("B7" or "A7:J7"), read at the keypress, not from the last render. */
  selection(): string | null;
  activateSheet(name: string): void;
  select(address: string): void;
  /** Typed text, stored the way Excel stores typed input ("12" a number, "11/30/2026" a date). */
  edit(address: string, text: string): void;
  /** Delete: empties the cells of address (one cell or a block). */
  clear(address: string): void;
  /** A block from the clipboard, top-left at address. */
  paste(address: string, block: string[][]): void;
  /** Sorts the list holding sheet column `column` (0-based) by it; false when there is no list to sort. */
  sortBy(column: number, ascending: boolean): boolean;
}

/** A message a rep can act on, when Excel would refuse the input (a broken formula, too long a text). */
export class GridInputError extends Error {}

function guarded(run: () => void): void {
  try {
    run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new GridInputError(`Excel would not accept that: ${detail}`);
  }
}

export function memoryGridActions(workbook: MemoryWorkbook): GridActions {
  const sheetName = () => workbook.activeSheet().name;
  return {
    selection() {
      const sel = workbook.selection;
      return sel && sel.sheetId === workbook.activeSheetId ? formatAddress(sel.rect) : null;
    },
    activateSheet: (name) => workbook.userActivate(name),
    select: (address) => workbook.userSelect(sheetName(), address),
    edit: (address, text) => guarded(() => workbook.userEdit(sheetName(), address, [[text]])),
    clear(address) {
      const rect = workbook.rect(address);
      const blanks = Array.from({ length: rect.rowCount }, () => Array<string>(rect.columnCount).fill(""));
      guarded(() => workbook.userEdit(sheetName(), address, blanks));
    },
    paste(address, block) {
      if (!block.length || !block[0].length) return;
      const top = workbook.rect(address);
      const rect = { row: top.row, column: top.column, rowCount: block.length, columnCount: block[0].length };
      guarded(() => workbook.userEdit(sheetName(), formatAddress(rect), block));
    },
    sortBy(column, ascending) {
      const sheet = workbook.activeSheet();
      const tables = workbook.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.rect);
      const area = listArea(sheet.usedRect(true), tables, column, (row) => {
        const used = sheet.rows[row];
        let n = 0;
        used?.forEach((_, c) => {
          if (cellValue(workbook, sheet, row, c) !== "") n++;
        });
        return n;
      });
      if (!area) return false;
      const { rect } = area;
      workbook.userSort(sheet.name, formatAddress(rect), [{ key: column - rect.column, ascending }], {
        hasHeaders: true,
      });
      return true;
    },
  };
}
