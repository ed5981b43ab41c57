import { columnName } from "../memory/addresses";
import { cellText, cellValue } from "../memory/model/read";
import type { CellValue } from "../memory/model/types";
import type { MemoryWorkbook } from "../memory/model/workbook";
import { gridSignature, type GridCell, type GridFeed, type GridModel, type GridRow } from "./gridTypes";

/** Effective fill of each cell the grid shows (conditional formats over static fills), "B7" → "#FFC7CE". */
function fills(workbook: MemoryWorkbook): Record<string, string> {
  const shown = `A1:${columnName(GRID_MAX_COLUMNS - 1)}${GRID_MAX_ROWS}`;
  return workbook.highlightedCells(workbook.activeSheet().name, { address: shown });
}

/** The text Excel's edit mode starts with: dates as m/d/yyyy (en-US), other numbers unformatted. */
function editorText(value: CellValue, format: string, date1904: boolean): string {
  if (typeof value !== "number") return cellText(value, "General", date1904);
  const dateLike = cellText(value, format, date1904) !== cellText(value, "General", date1904) && /[dy]/i.test(format);
  return dateLike ? cellText(value, "m/d/yyyy", date1904) : cellText(value, "General", date1904);
}

/** The grid shows the sheet's top-left corner at most: a stray cell far away must not build a million rows. */
export const GRID_MAX_ROWS = 100;
export const GRID_MAX_COLUMNS = 26;

/** Snapshot of the active sheet's used range (its top-left GRID_MAX_ROWS × GRID_MAX_COLUMNS), as the grid shows it. */
export function gridFromWorkbook(workbook: MemoryWorkbook): GridModel {
  const sheet = workbook.activeSheet();
  const used = sheet.usedRect(false);
  const fillMap = fills(workbook);
  const sel = workbook.selection && workbook.selection.sheetId === sheet.id ? workbook.selection.rect : null;
  const rowCount = Math.min(used ? used.row + used.rowCount : 1, GRID_MAX_ROWS);
  const columnCount = Math.min(used ? used.column + used.columnCount : 1, GRID_MAX_COLUMNS);
  const columns = Array.from({ length: columnCount }, (_, c) => columnName(c));
  const rows: GridRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const inRows = sel !== null && r >= sel.row && r < sel.row + sel.rowCount;
    const cells: GridCell[] = columns.map((letter, c) => {
      const value = cellValue(workbook, sheet, r, c);
      const format = sheet.cell(r, c)?.numberFormat ?? "General";
      const selected = inRows && sel !== null && c >= sel.column && c < sel.column + sel.columnCount;
      return {
        address: `${letter}${r + 1}`,
        text: cellText(value, format, workbook.use1904DateSystem),
        fill: fillMap[`${letter}${r + 1}`] ?? null,
        selected,
        numeric: typeof value === "number",
        input: editorText(value, format, workbook.use1904DateSystem),
      };
    });
    rows.push({ number: r + 1, cells, selected: inRows });
  }
  const selection = sel ? (workbook.selectedAddress()?.split("!").pop() ?? null) : null;
  const sheets = workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  return { sheetName: sheet.name, sheets, columns, rows, selection };
}

/**
 * The grid's feed: re-reads the workbook after anything changed it (the add-in's syncs, the rep's edits in the grid),
 * once per burst, publishing only when what the grid shows changed.
 */
export function memoryGridFeed(workbook: MemoryWorkbook): GridFeed {
  let model = gridFromWorkbook(workbook);
  let signature = gridSignature(model);
  let seen = workbook.revision;
  const listeners = new Set<() => void>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  const check = () => {
    pending = undefined;
    if (workbook.revision === seen) return;
    seen = workbook.revision;
    const next = gridFromWorkbook(workbook);
    const nextSignature = gridSignature(next);
    if (nextSignature === signature) return;
    model = next;
    signature = nextSignature;
    for (const l of listeners) l();
  };
  return {
    get: () => model,
    subscribe(listener) {
      listeners.add(listener);
      stop ??= workbook.onChange(() => {
        pending ??= setTimeout(check, 0);
      });
      check(); // changes made before anyone listened
      return () => {
        listeners.delete(listener);
        if (!listeners.size && stop) {
          stop();
          stop = undefined;
          if (pending) clearTimeout(pending);
          pending = undefined;
        }
      };
    },
  };
}
