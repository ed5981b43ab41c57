/**
 * The locate pass's probe: cells read speculatively in its first sync, before the list's size is known, so the
 * reader can size its chunks, pick the columns whose number formats matter (from the header in these values), or
 * read no more values at all when the list fits in it. On a first read values, plus the formats of the columns the
 * format hint names (the formats that matter are known only once the header is: the hint is last read's answer); on
 * a re-read also the formats of the columns the last analysis named.
 */
import { numberFormatColumns } from "../core";
import type { Rect } from "./address";
import { holdingNumbers, queueFormats, takeFormats } from "./cellReads";
import type { ProspectSource } from "./port";

/**
 * First-read probe: 1,500 rows × 20 columns covers most prospect lists whole, so their values cost one sync. Only
 * the used part of it is loaded (its blank cells past the list would cost ~3 bytes each: a third more than a
 * 1,000-row list's own values).
 */
export const PROBE_ROWS = 1500;
export const PROBE_COLUMNS = 20;
/** A re-read probes the list's last known rectangle plus this many rows (it may have grown), up to this many cells. */
export const REREAD_SLACK_ROWS = 50;
export const REREAD_SLACK_COLUMNS = 1;
export const REREAD_PROBE_CELLS = 150_000;

export interface Probe {
  /** The rectangle probed: its cells outside `rect` are blank. */
  bounds: Rect;
  /** The cells loaded: the used part of bounds (all of it on a re-read); rowCount 0 when bounds holds no value. */
  rect: Rect;
  values: unknown[][];
  /** Number formats loaded with the values, row by row, holes where not read (see formatColumns). */
  numberFormat: string[][];
  /** Absolute columns whose formats numberFormat holds (where they hold numbers). */
  formatColumns: readonly number[];
  /**
   * Formats a format hint (formatHint.ts) had loaded in the probe's sync, rows aligned with `values`: the read keeps
   * those of the columns it turns out to need (hintedColumnsToKeep) and drops the rest.
   */
  hinted?: { columns: readonly number[]; numberFormat: string[][] };
}

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export function probeAt(
  rowIndex: number,
  columnIndex: number,
  rowCount = PROBE_ROWS,
  columnCount = PROBE_COLUMNS,
): Rect {
  return {
    rowIndex,
    columnIndex,
    rowCount: Math.min(rowCount, SHEET_ROWS - rowIndex),
    columnCount: Math.min(columnCount, SHEET_COLUMNS - columnIndex),
  };
}

/** Where a re-read probes: the last known list, grown a little, when that is small enough to fetch speculatively. */
export function rereadProbe(source: ProspectSource): Rect {
  const rows = source.rowCount + REREAD_SLACK_ROWS;
  // One column past the list too: it shows where its content ends (see readSheet's listPart).
  const columns = source.columnCount + REREAD_SLACK_COLUMNS;
  if (rows * columns <= REREAD_PROBE_CELLS) {
    return probeAt(source.rowIndex, source.columnIndex, rows, columns);
  }
  const narrow = source.columnCount <= PROBE_COLUMNS;
  return probeAt(source.rowIndex, source.columnIndex, PROBE_ROWS, narrow ? columns : PROBE_COLUMNS);
}

/**
 * Values only: which columns' number formats matter is known only once the header is (from these values). Range.
 * getUsedRangeOrNullObject(true) (ExcelApi 1.4) gives the part holding values, a null object when there is none.
 */
export function queueProbe(sheet: Excel.Worksheet, bounds: Rect): Excel.Range {
  const probed = sheet.getRangeByIndexes(bounds.rowIndex, bounds.columnIndex, bounds.rowCount, bounds.columnCount);
  const used = probed.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex,rowCount,columnCount");
  return used;
}

/**
 * With tables on the sheet a second sync comes anyway (their ranges): it also loads the number formats the probe's
 * own header asks for (core numberFormatColumns over the probe's values), so a table the probe holds needs no sync
 * of its own for them. Returns how to take them after that sync.
 */
export function queueProbeFormats(sheet: Excel.Worksheet, probe: Probe): () => void {
  const picked = numberFormatColumns(probe.values)?.columns.map((column) => probe.rect.columnIndex + column);
  if (!picked) return () => undefined;
  // Columns a format hint already loaded need no second load.
  const hinted = probe.hinted;
  const fromHint = hinted ? picked.filter((column) => hinted.columns.includes(column)) : [];
  const toLoad = holdingNumbers(probe.values, probe.rect, picked).filter((column) => !fromHint.includes(column));
  const queued = queueFormats(sheet, probe.rect, toLoad);
  return () => {
    takeFormats(queued, probe.numberFormat, 0);
    if (hinted) copyFormatColumns(hinted.numberFormat, probe.numberFormat, fromHint, probe.rect);
    // Columns without a number in the probe need no format there: the probe holds all that matters of them.
    probe.formatColumns = picked;
  };
}

/**
 * A format hint's columns, queued with the probe (first read): each column's used part inside the probe's bounds,
 * so the same cells as the probe's values and no blank rows below them (Range.getUsedRangeOrNullObject(true), ExcelApi
 * 1.4, on a range that always exists: no call is chained on a null object). Returns how to take them after the sync.
 */
export function queueHintFormats(
  sheet: Excel.Worksheet,
  bounds: Rect,
  columns: readonly number[],
): (probe: Probe) => void {
  const queued = columns
    .filter((column) => column >= bounds.columnIndex && column < bounds.columnIndex + bounds.columnCount)
    .map((column) => {
      const range = sheet.getRangeByIndexes(bounds.rowIndex, column, bounds.rowCount, 1).getUsedRangeOrNullObject(true);
      range.load("numberFormat,rowIndex,rowCount");
      return { column, range };
    });
  return (probe) => {
    const { rect } = probe;
    const numberFormat: string[][] = probe.values.map(() => new Array<string>(rect.columnCount));
    const loaded: number[] = [];
    for (const { column, range } of queued) {
      // A column without a value in the probe has no number whose format could matter: nothing to keep.
      if (!range.isNullObject && column >= rect.columnIndex && column < rect.columnIndex + rect.columnCount) {
        range.numberFormat.forEach((row, i) => {
          const target = numberFormat[range.rowIndex + i - rect.rowIndex];
          if (target) target[column - rect.columnIndex] = row[0];
        });
      }
      loaded.push(column);
      range.untrack();
    }
    probe.hinted = { columns: loaded, numberFormat };
  };
}

/** Copies the formats of `columns` (absolute) from one grid to another, both rows of `rect` (holes stay holes). */
export function copyFormatColumns(from: string[][], to: string[][], columns: readonly number[], rect: Rect): void {
  from.forEach((row, r) => {
    const target = (to[r] ??= new Array<string>(rect.columnCount));
    for (const column of columns) {
      const format = row[column - rect.columnIndex];
      if (format !== undefined) target[column - rect.columnIndex] = format;
    }
  });
}

export function takeProbe(bounds: Rect, used: Excel.Range): Probe {
  const none = { rowIndex: bounds.rowIndex, columnIndex: bounds.columnIndex, rowCount: 0, columnCount: 0 };
  const rect = used.isNullObject ? none : rectOf(used);
  const values = used.isNullObject ? [] : used.values;
  used.untrack();
  return { bounds, rect, values, numberFormat: [], formatColumns: [] };
}

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

export function rectOf(range: Geometry): Rect {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** The probe's values inside `part` (which must lie inside its bounds): cells outside what it loaded are blank. */
export function probeValues(probe: Probe, part: Rect): unknown[][] {
  const { rect } = probe;
  const out: unknown[][] = [];
  for (let r = part.rowIndex; r < part.rowIndex + part.rowCount; r++) {
    const loaded = r >= rect.rowIndex && r < rect.rowIndex + rect.rowCount ? probe.values[r - rect.rowIndex] : null;
    const row = new Array<unknown>(part.columnCount);
    for (let c = 0; c < part.columnCount; c++) {
      const column = part.columnIndex + c - rect.columnIndex;
      row[c] = loaded && column >= 0 && column < rect.columnCount ? loaded[column] : "";
    }
    out.push(row);
  }
  return out;
}

/** The probe's number formats inside `part`, row by row (holes where it read none). */
export function probeFormats(probe: Probe, part: Rect): string[][] {
  return probeValues({ ...probe, values: probe.numberFormat }, part).map((row) =>
    row.map((cell) => (cell === "" ? undefined : cell)),
  ) as string[][];
}
