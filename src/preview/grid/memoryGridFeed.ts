import { columnName } from "../memory/addresses";
import { cellText, cellValue } from "../memory/model/read";
import type { MemoryWorkbook } from "../memory/model/workbook";
import { gridSignature, type GridCell, type GridFeed, type GridModel, type GridRow } from "./gridTypes";

/** Effective fill of each cell the grid shows (conditional formats over static fills), "B7" → "#FFC7CE". */
function fills(workbook: MemoryWorkbook): Record<string, string> {
  const shown = `A1:${columnName(GRID_MAX_COLUMNS - 1)}${GRID_MAX_ROWS}`;
  return workbook.highlightedCells(workbook.activeSheet().name, { address: shown });
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
      };
    });
    rows.push({ number: r + 1, cells, selected: inRows });
  }
  const selection = sel ? (workbook.selectedAddress()?.split("!").pop() ?? null) : null;
  return { sheetName: sheet.name, columns, rows, selection };
}

/**
 * The grid's feed: re-reads the workbook after each sync of the add-in (checked on a short tick), publishing only
 * when what the grid shows changed.
 */
export function memoryGridFeed(workbook: MemoryWorkbook, tickMs = 120): GridFeed {
  let model = gridFromWorkbook(workbook);
  let signature = gridSignature(model);
  let syncs = workbook.counters.syncs;
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const check = () => {
    if (workbook.counters.syncs === syncs) return; // in the preview only the add-in's syncs change the sheet
    syncs = workbook.counters.syncs;
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
      timer ??= setInterval(check, tickMs);
      return () => {
        listeners.delete(listener);
        if (!listeners.size && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
}
