/**
 * "Convert N text dates to real dates", only when the rep asks: plan (pure, from the core's rows), apply (writes the
 * serial and a date format to exactly the planned cells, after checking each still holds the text the rep saw) and
 * undo (puts back the exact text and number format, skipping cells the rep has edited since). The only place the
 * add-in writes cell values. Each step is one Excel.run of two syncs; writes go as one column-span write with null
 * for cells left alone (Office.js skips null), so calls stay constant however many cells change.
 */
import { serialToIso } from "../core";
import type { SheetReport } from "../core/types";
import { cellAddress, parseAddress } from "./address";
import { ExcelAdapterError } from "./errors";
import { markOwnWrite } from "./ownWrites";
import type { SheetSnapshot, TextDateFix, UndoRecord } from "./port";
import { isExcelApiSupported, OPTIONAL_SETS } from "./requirements";

/** Used when the column has no real dates to copy a format from: unambiguous in every locale. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

export const STALE_MESSAGE =
  "Some of these cells changed since NextStep listed them. Refresh the list and review the conversion again.";

/** The format most real dates in the column already use, so converted cells look like their neighbours. */
function columnDateFormat(snapshot: SheetSnapshot, report: SheetReport, column: number): string {
  const start = snapshot.input.startRow ?? 1;
  const counts = new Map<string, number>();
  for (const row of report.rows) {
    if (row.dateKind !== "serial") continue;
    const format = snapshot.input.numberFormat?.[row.row - start]?.[column];
    if (typeof format === "string" && format !== "General" && format !== "@") {
      counts.set(format, (counts.get(format) ?? 0) + 1);
    }
  }
  let best = DEFAULT_DATE_FORMAT;
  let most = 0;
  for (const [format, n] of counts) if (n > most) [best, most] = [format, n];
  return best;
}

/** The cells a conversion would change: date cells the core read as text with a readable date. */
export function planTextDateFixes(snapshot: SheetSnapshot, report: SheetReport): TextDateFix[] {
  const column = report.header.columns.date;
  if (column === undefined) return [];
  const start = snapshot.input.startRow ?? 1;
  const format = columnDateFormat(snapshot, report, column);
  const sheetColumn = snapshot.source.columnIndex + column;
  const fixes: TextDateFix[] = [];
  for (const row of report.rows) {
    if (row.dateKind !== "text" || row.textDateSerial === undefined || row.state === "closed") continue;
    const raw = snapshot.input.values[row.row - start]?.[column];
    const iso = serialToIso(row.textDateSerial, snapshot.date1904);
    if (typeof raw !== "string" || iso === undefined) continue;
    fixes.push({
      row: row.row,
      column: sheetColumn,
      address: cellAddress(sheetColumn, row.row),
      oldText: raw,
      newSerial: row.textDateSerial,
      newIso: iso,
      // A text that carried a time ("30 Nov 2026 15:00") keeps showing it.
      newNumberFormat: Number.isInteger(row.textDateSerial) || /h/i.test(format) ? format : `${format} h:mm`,
    });
  }
  return fixes;
}

interface Span {
  column: number;
  /** 0-based first row and count. */
  rowIndex: number;
  rowCount: number;
}

/** One span per column from the first to the last listed row (a conversion touches one column). */
function spansOf(cells: { row: number; column: number }[]): Span[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const rows = byColumn.get(cell.column);
    if (rows) rows.push(cell.row);
    else byColumn.set(cell.column, [cell.row]);
  }
  return [...byColumn].map(([column, rows]) => {
    const first = rows.reduce((a, b) => Math.min(a, b));
    const last = rows.reduce((a, b) => Math.max(a, b));
    return { column, rowIndex: first - 1, rowCount: last - first + 1 };
  });
}

/** A column-shaped grid for a span: the given value on listed rows, null (leave alone) elsewhere. */
function grid<T>(span: Span, at: Map<number, T>): (T | null)[][] {
  const out: (T | null)[][] = [];
  for (let i = 0; i < span.rowCount; i++) {
    const v = at.get(span.rowIndex + 1 + i);
    out.push([v === undefined ? null : v]);
  }
  return out;
}

/** Runs writes with events off where the host allows it (our own writes must not trigger a re-read). */
function setEvents(context: Excel.RequestContext, enabled: boolean): void {
  if (isExcelApiSupported(OPTIONAL_SETS.enableEvents)) context.runtime.enableEvents = enabled;
}

/** Syncs the queued writes (events already off), then turns events back on whatever happened. */
async function writeQuietly(context: Excel.RequestContext): Promise<void> {
  markOwnWrite();
  try {
    await context.sync();
  } finally {
    markOwnWrite();
    setEvents(context, true);
    await context.sync();
  }
}

interface CellState {
  value: unknown;
  formula: unknown;
  numberFormat: string;
}

/** Spans up to this many rows are read in one load; longer ones cell by cell (a span could be megabytes). */
const SPAN_READ_ROWS = 20_000;

/** Loads the listed cells' value, formula and number format, in listed order. */
async function readCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: { row: number; column: number }[],
): Promise<CellState[]> {
  const loaded: { span: Span; range: Excel.Range }[] = [];
  const single = new Map<string, Excel.Range>();
  for (const span of spansOf(cells)) {
    if (span.rowCount <= SPAN_READ_ROWS) {
      const range = sheet.getRangeByIndexes(span.rowIndex, span.column, span.rowCount, 1);
      range.load("values,formulas,numberFormat");
      loaded.push({ span, range });
      continue;
    }
    for (const cell of cells.filter((c) => c.column === span.column)) {
      const range = sheet.getCell(cell.row - 1, cell.column);
      range.load("values,formulas,numberFormat");
      single.set(`${cell.row}:${cell.column}`, range);
    }
  }
  await context.sync();
  const states = cells.map((cell): CellState => {
    const one = single.get(`${cell.row}:${cell.column}`);
    const spanned = loaded.find((l) => l.span.column === cell.column);
    const range = one ?? (spanned as { range: Excel.Range }).range;
    const i = one ? 0 : cell.row - 1 - (spanned as { span: Span }).span.rowIndex;
    return { value: range.values[i][0], formula: range.formulas[i][0], numberFormat: range.numberFormat[i][0] };
  });
  for (const range of [...loaded.map((l) => l.range), ...single.values()]) range.untrack();
  return states;
}

export async function applyTextDateFixes(sheetId: string, fixes: TextDateFix[]): Promise<UndoRecord> {
  if (fixes.length === 0) return { sheetId, cells: [], skippedFormulas: [] };
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const before = await readCells(context, sheet, fixes);
    if (before.some((state, i) => state.value !== fixes[i].oldText)) {
      throw new ExcelAdapterError("staleFixes", STALE_MESSAGE);
    }
    // A constant cell's formula is its value; anything else is a formula that produces the text: leave it be.
    const isFormula = (i: number) => before[i].formula !== fixes[i].oldText;
    const writable = fixes.filter((_, i) => !isFormula(i));
    const kept = before.filter((_, i) => !isFormula(i));
    const skippedFormulas = fixes.filter((_, i) => isFormula(i)).map((f) => f.address);
    if (writable.length === 0) return { sheetId, cells: [], skippedFormulas };
    setEvents(context, false);
    for (const span of spansOf(writable)) {
      const mine = writable.filter((f) => f.column === span.column);
      const range = sheet.getRangeByIndexes(span.rowIndex, span.column, span.rowCount, 1);
      // Format first, so the number lands as a date rather than in a text-formatted cell.
      range.numberFormat = grid(span, new Map(mine.map((f) => [f.row, f.newNumberFormat])));
      range.values = grid(span, new Map(mine.map((f) => [f.row, f.newSerial])));
    }
    await writeQuietly(context);
    return {
      sheetId,
      skippedFormulas,
      cells: writable.map((f, i) => ({
        address: f.address,
        value: f.oldText,
        numberFormat: kept[i].numberFormat,
        newSerial: f.newSerial,
        newNumberFormat: f.newNumberFormat,
      })),
    };
  });
}

/** Restores what a conversion overwrote; cells the rep changed since are left as they are and counted. */
export async function undoTextDateFixes(undo: UndoRecord): Promise<{ restored: number; skipped: number }> {
  const cells = undo.cells.map((cell) => {
    const rect = parseAddress(cell.address);
    if (!rect) throw new ExcelAdapterError("failed", "This undo record is damaged; NextStep cannot restore it.");
    return { ...cell, row: rect.rowIndex + 1, column: rect.columnIndex };
  });
  if (cells.length === 0) return { restored: 0, skipped: 0 };
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(undo.sheetId);
    const now = await readCells(context, sheet, cells);
    const ours = cells.filter((cell, i) => now[i].value === cell.newSerial && now[i].formula === cell.newSerial);
    if (ours.length > 0) setEvents(context, false);
    for (const span of spansOf(ours)) {
      const mine = ours.filter((c) => c.column === span.column);
      const range = sheet.getRangeByIndexes(span.rowIndex, span.column, span.rowCount, 1);
      // Text format while writing keeps Excel from reading "Nov 30, 2026" as a date again; then the old format.
      range.numberFormat = grid(
        span,
        new Map(mine.map((c) => [c.row, typeof c.value === "string" ? "@" : c.numberFormat])),
      );
      range.values = grid(span, new Map(mine.map((c) => [c.row, c.value])));
      range.numberFormat = grid(span, new Map(mine.map((c) => [c.row, c.numberFormat])));
    }
    if (ours.length > 0) await writeQuietly(context);
    return { restored: ours.length, skipped: cells.length - ours.length };
  });
}
