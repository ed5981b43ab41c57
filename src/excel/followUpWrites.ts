/**
 * The follow-up loop's cell writes, only after the rep clicks: "Done…" (next step, date, time, touches, last contact of
 * one row), "Use Mon 7 Dec 10:00", and bulk date moves. Each is one Excel.run of one reading sync and one writing sync
 * (one undo record in Excel): the read finds every row again by its prospect key (the sheet may have been sorted since
 * the pane read it) and refuses the whole write when a cell no longer holds what the pane read. Undo finds the rows by
 * key the same way and restores value and number format only where the cell still holds what was written.
 */
import { analyzeSheet } from "../core";
import type { CellChange, RowChanges } from "../core/followup/rowChanges";
import type { Role } from "../core/types";
import { cellAddress } from "./address";
import { ExcelAdapterError } from "./errors";
import { markOwnWrite } from "./ownWrites";
import type { ProspectSource } from "./port";
import { isExcelApiSupported, OPTIONAL_SETS } from "./requirements";

export const CHANGED_MESSAGE =
  "This row changed in Excel since NextStep read it, so nothing was written. NextStep has re-read the sheet: check the row and try again.";
export const ROW_GONE_MESSAGE =
  "NextStep could not find this prospect in the list any more (renamed, deleted or moved to another sheet), so nothing was written.";

/** Where the list is and how its rows are told apart: what a write needs to find its rows again. */
export interface ListLocation {
  source: ProspectSource;
  /** The columns the pane's analysis used (prospect, contact, email make the key). */
  columns: Partial<Record<Role, number>>;
  /** "YYYY-MM-DD": only to satisfy the analysis; keys do not depend on it. */
  today: string;
}

/** One written cell, and what to put back. Plain data: the pane keeps it in state. */
export interface WrittenCell {
  key: string;
  /** 0-based list column. */
  column: number;
  /** A1 at write time (shown to the rep; undo finds the row by key, not by this). */
  address: string;
  oldValue: string | number | boolean;
  oldNumberFormat: string;
  newValue: string | number;
  /** The format written, or undefined when the cell's format was left alone. */
  newNumberFormat?: string;
}

export interface FollowUpUndo {
  location: ListLocation;
  cells: WrittenCell[];
}

export interface WriteResult {
  undo: FollowUpUndo;
  /** Syncs this write cost (1 read + 1 write). */
  syncs: number;
}

/** The list's range now: the table's whole range (it may have grown), else the area the pane read. */
function listRange(context: Excel.RequestContext, source: ProspectSource): Excel.Range {
  const sheet = context.workbook.worksheets.getItem(source.sheetId);
  if (source.kind === "table" && source.tableName) return sheet.tables.getItem(source.tableName).getRange();
  return sheet.getRangeByIndexes(source.rowIndex, source.columnIndex, source.rowCount, source.columnCount);
}

interface ListNow {
  range: Excel.Range;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
  /** Grid index of each prospect key's row. */
  rowOfKey: Map<string, number>;
}

/** One sync: the list's cells, and where each prospect key is now. */
async function readList(context: Excel.RequestContext, location: ListLocation): Promise<ListNow> {
  const range = listRange(context, location.source);
  range.load("values,formulas,numberFormat,rowIndex,columnIndex");
  await context.sync();
  const startRow = range.rowIndex + 1;
  const report = analyzeSheet(
    { values: range.values, numberFormat: range.numberFormat, startRow },
    { today: location.today, columns: location.columns },
  );
  const rowOfKey = new Map<string, number>();
  for (const row of report.rows) rowOfKey.set(row.key, row.row - startRow);
  return {
    range,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    rowOfKey,
  };
}

interface Placed {
  gridRow: number;
  column: number;
  /** undefined: set only the number format. */
  value?: string | number | boolean;
  numberFormat?: string;
}

/**
 * Queues the writes: one range per column from its first to its last written row, null (leave alone) elsewhere, so
 * calls stay constant however many rows move. Format first, so a serial lands as a date.
 */
function queueWrites(list: ListNow, placed: Placed[]): void {
  const columns = new Map<number, Placed[]>();
  for (const p of placed) columns.set(p.column, [...(columns.get(p.column) ?? []), p]);
  for (const [column, cells] of columns) {
    const first = Math.min(...cells.map((c) => c.gridRow));
    const last = Math.max(...cells.map((c) => c.gridRow));
    const range = list.range.getCell(first, column).getResizedRange(last - first, 0);
    const byRow = new Map(cells.map((c) => [c.gridRow, c]));
    const rows = Array.from({ length: last - first + 1 }, (_, i) => byRow.get(first + i));
    if (rows.some((c) => c?.numberFormat !== undefined)) {
      range.numberFormat = rows.map((c) => [c?.numberFormat ?? null]) as unknown as string[][];
    }
    if (rows.some((c) => c?.value !== undefined)) {
      range.values = rows.map((c) => [c?.value ?? null]) as unknown as string[][];
    }
  }
}

/** Runs the queued writes as one sync with events off where the host can (our write must not look like the rep's). */
async function writeOnce(context: Excel.RequestContext, run: () => void): Promise<void> {
  const quiet = isExcelApiSupported(OPTIONAL_SETS.enableEvents);
  if (quiet) context.runtime.enableEvents = false;
  run();
  if (quiet) context.runtime.enableEvents = true;
  markOwnWrite();
  await context.sync();
  markOwnWrite();
}

const isFormula = (formula: unknown): boolean => typeof formula === "string" && formula.startsWith("=");

/**
 * Writes the planned cells of every row (found by key), in one writing sync; rejects with "staleFixes" (the pane
 * re-reads) when any cell changed since it was read or a row is gone, and writes nothing then.
 */
export async function writeRowChanges(location: ListLocation, changes: readonly RowChanges[]): Promise<WriteResult> {
  const cells = changes.flatMap((c) => c.cells);
  if (cells.length === 0) return { undo: { location, cells: [] }, syncs: 0 };
  return Excel.run(async (context) => {
    const list = await readList(context, location);
    const placed: Placed[] = [];
    const written: WrittenCell[] = [];
    for (const change of changes) {
      const gridRow = list.rowOfKey.get(change.key);
      if (gridRow === undefined) throw new ExcelAdapterError("staleFixes", ROW_GONE_MESSAGE);
      for (const cell of change.cells) {
        const now = list.values[gridRow]?.[cell.column];
        if (isFormula(list.formulas[gridRow]?.[cell.column])) {
          throw new ExcelAdapterError(
            "staleFixes",
            `${addressOf(list, gridRow, cell)} holds a formula; NextStep never overwrites one. Change it in Excel.`,
          );
        }
        if (now !== cell.expected) throw new ExcelAdapterError("staleFixes", CHANGED_MESSAGE);
        if (
          now === cell.value &&
          (cell.numberFormat ?? list.numberFormat[gridRow][cell.column]) === list.numberFormat[gridRow][cell.column]
        ) {
          continue; // already holds it: writing nothing is the right answer
        }
        placed.push({ gridRow, column: cell.column, value: cell.value, numberFormat: cell.numberFormat });
        written.push({
          key: change.key,
          column: cell.column,
          address: addressOf(list, gridRow, cell),
          oldValue: now as string | number | boolean,
          oldNumberFormat: list.numberFormat[gridRow][cell.column],
          newValue: cell.value,
          ...(cell.numberFormat !== undefined ? { newNumberFormat: cell.numberFormat } : {}),
        });
      }
    }
    if (placed.length === 0) return { undo: { location, cells: [] }, syncs: 1 };
    await writeOnce(context, () => queueWrites(list, placed));
    return { undo: { location, cells: written }, syncs: 2 };
  });
}

function addressOf(list: ListNow, gridRow: number, cell: Pick<CellChange, "column">): string {
  return cellAddress(list.columnIndex + cell.column, list.rowIndex + gridRow + 1);
}

/**
 * Puts back what a follow-up write changed, finding each row by key (sorts since are fine): value and number format,
 * only where the cell still holds exactly what was written; the others are left as they are and counted.
 */
export async function undoRowChanges(
  undo: FollowUpUndo,
): Promise<{ restored: number; skipped: number; syncs: number }> {
  if (undo.cells.length === 0) return { restored: 0, skipped: 0, syncs: 0 };
  return Excel.run(async (context) => {
    const list = await readList(context, undo.location);
    const placed: Placed[] = [];
    const textFirst: Placed[] = [];
    let restored = 0;
    for (const cell of undo.cells) {
      const gridRow = list.rowOfKey.get(cell.key);
      if (gridRow === undefined) continue;
      const value = list.values[gridRow]?.[cell.column];
      const format = list.numberFormat[gridRow]?.[cell.column];
      const formula = list.formulas[gridRow]?.[cell.column];
      if (!sameValue(value, cell.newValue) || isFormula(formula)) continue;
      if (cell.newNumberFormat !== undefined && format !== cell.newNumberFormat) continue;
      restored++;
      if (typeof cell.oldValue === "string") {
        // Text goes back into a text format first, or Excel would read "11/28/2026" as a date again; then its format.
        textFirst.push({ gridRow, column: cell.column, value: cell.oldValue, numberFormat: "@" });
        placed.push({ gridRow, column: cell.column, numberFormat: cell.oldNumberFormat });
      } else {
        placed.push({ gridRow, column: cell.column, value: cell.oldValue, numberFormat: cell.oldNumberFormat });
      }
    }
    if (restored === 0) return { restored: 0, skipped: undo.cells.length, syncs: 1 };
    await writeOnce(context, () => {
      if (textFirst.length > 0) queueWrites(list, textFirst);
      queueWrites(list, placed);
    });
    return { restored, skipped: undo.cells.length - restored, syncs: 2 };
  });
}

/** Excel hands a written fraction back rounded to 15 significant digits. */
function sameValue(now: unknown, written: string | number): boolean {
  if (typeof now === "number" && typeof written === "number") return Math.abs(now - written) < 1e-9;
  return now === written;
}
