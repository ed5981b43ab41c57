/**
 * One rectangle's cells, queued for the next sync: values always, number formats only for the columns whose meaning
 * depends on them (the date column: a number there is a date or not by its format). Reading every column's formats
 * nearly doubled the response; a list re-read knows its date column from the last analysis. Without a column list,
 * every column's formats are read (the first read, before any header is known).
 */
import { intersect, type Rect } from "./address";

/** Absolute 0-based sheet columns whose number formats matter; undefined: all of them. */
export type FormatColumns = readonly number[] | undefined;

export interface QueuedCells {
  rect: Rect;
  values: Excel.Range;
  /** The whole rectangle's formats, or one range per listed column inside it. */
  formats: Excel.Range | { column: number; range: Excel.Range }[];
}

export function queueCells(sheet: Excel.Worksheet, rect: Rect, formatColumns: FormatColumns): QueuedCells {
  const values = sheet.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
  if (formatColumns === undefined) {
    values.load("values,numberFormat");
    return { rect, values, formats: values };
  }
  values.load("values");
  const formats = formatColumns
    .filter((column) => intersect(rect, { ...rect, columnIndex: column, columnCount: 1 }) !== null)
    .map((column) => {
      const range = sheet.getRangeByIndexes(rect.rowIndex, column, rect.rowCount, 1);
      range.load("numberFormat");
      return { column, range };
    });
  return { rect, values, formats };
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
  if (!Array.isArray(queued.formats)) {
    const numberFormat = queued.values.numberFormat;
    queued.values.untrack();
    return { values, numberFormat, loaded: [values, numberFormat] };
  }
  const numberFormat: string[][] = values.map(() => new Array<string>(queued.rect.columnCount));
  const loaded: unknown[] = [values];
  for (const { column, range } of queued.formats) {
    const c = column - queued.rect.columnIndex;
    const column0 = range.numberFormat;
    column0.forEach((row, r) => (numberFormat[r][c] = row[0]));
    loaded.push(column0);
    range.untrack();
  }
  queued.values.untrack();
  return { values, numberFormat, loaded };
}
