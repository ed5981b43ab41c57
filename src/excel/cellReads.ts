/**
 * One rectangle's cells, queued for the next sync: values, and number formats only for the columns whose meaning
 * depends on them (core numberFormatColumns: the date and time columns and their kin). Reading every column's formats
 * cost 1.9–3.5× a values-only read; the formats of one date column cost about 9% more. Without a column list every
 * column's formats are read (a list without a recognisable header: the rep may map any column as the date).
 */
import { intersect, type Rect } from "./address";

/** Absolute 0-based sheet columns whose number formats are read; undefined: all of them; empty: none. */
export type FormatColumns = readonly number[] | undefined;

export interface QueuedFormats {
  rect: Rect;
  /** One range per listed column inside rect, or one for the whole rect (every column's formats). */
  ranges: { columnIndex: number; columnCount: number; range: Excel.Range }[];
}

export interface QueuedCells {
  rect: Rect;
  values: Excel.Range;
  formats: QueuedFormats;
}

/** Columns of `columns` holding a number in `values` (rows of rect): only a number's format means anything. */
export function holdingNumbers(values: readonly unknown[][], rect: Rect, columns: readonly number[]): number[] {
  return columns.filter((column) => values.some((row) => typeof row[column - rect.columnIndex] === "number"));
}

/** Queues the number formats of `columns` (every column's when undefined) inside `rect`. */
export function queueFormats(sheet: Excel.Worksheet, rect: Rect, columns: FormatColumns): QueuedFormats {
  if (columns === undefined) {
    const range = sheet.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
    range.load("numberFormat");
    return { rect, ranges: [{ columnIndex: rect.columnIndex, columnCount: rect.columnCount, range }] };
  }
  const ranges = columns
    .filter((column) => intersect(rect, { ...rect, columnIndex: column, columnCount: 1 }) !== null)
    .map((column) => {
      const range = sheet.getRangeByIndexes(rect.rowIndex, column, rect.rowCount, 1);
      range.load("numberFormat");
      return { columnIndex: column, columnCount: 1, range };
    });
  return { rect, ranges };
}

/**
 * After the sync: puts the formats into `numberFormat` (rows of the list, each as wide as rect; `firstRow` is the row
 * of `numberFormat` that rect's first row lands in), untracks the ranges and returns what came back (for sizing).
 */
export function takeFormats(queued: QueuedFormats, numberFormat: string[][], firstRow: number): unknown[] {
  const loaded: unknown[] = [];
  for (const { columnIndex, columnCount, range } of queued.ranges) {
    const c0 = columnIndex - queued.rect.columnIndex;
    const formats = range.numberFormat;
    formats.forEach((row, r) => {
      const target = (numberFormat[firstRow + r] ??= new Array<string>(queued.rect.columnCount));
      for (let c = 0; c < columnCount; c++) target[c0 + c] = row[c];
    });
    loaded.push(formats);
    range.untrack();
  }
  return loaded;
}

/** Values of `rect`, plus the number formats of `formatColumns` (see queueFormats), for one sync. */
export function queueCells(sheet: Excel.Worksheet, rect: Rect, formatColumns: FormatColumns): QueuedCells {
  const values = sheet.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
  if (formatColumns === undefined) {
    // Every column's: one range, one load.
    values.load("values,numberFormat");
    const whole = { columnIndex: rect.columnIndex, columnCount: rect.columnCount, range: values };
    return { rect, values, formats: { rect, ranges: [whole] } };
  }
  values.load("values");
  return { rect, values, formats: queueFormats(sheet, rect, formatColumns) };
}

export interface TakenCells {
  values: unknown[][];
  /** Row by row; cells of columns whose formats were not read are holes (unknown). */
  numberFormat: string[][];
  /** JSON of what came back, for sizing the next chunk. */
  loaded: unknown[];
}

/** After the sync: the cells, and the ranges untracked. */
export function takeCells(queued: QueuedCells): TakenCells {
  const values = queued.values.values;
  const numberFormat: string[][] = values.map(() => new Array<string>(queued.rect.columnCount));
  const loaded = [values, ...takeFormats(queued.formats, numberFormat, 0)];
  queued.values.untrack();
  return { values, numberFormat, loaded };
}
