/**
 * Writing cells the rep asked for, by prospect key rather than by address, and undoing exactly those writes: rows get
 * sorted, so a cell is found again by who its row is about (core identityKey of the prospect, contact and email
 * cells) and by what it holds. A write refuses a cell that no longer holds what the rep saw; an undo restores only a
 * cell that still holds exactly what NextStep wrote, wherever a sort moved it, and leaves (and reports) any cell it
 * cannot be sure of: changed since, gone, or one of several rows of the same prospect holding the same content.
 *
 * Matching rule (one "bucket" per key, column, expected content and new content): the bucket's cells are written
 * only when exactly as many rows of that prospect hold the expected content as the bucket has cells; otherwise none.
 *
 * Use: const { record, refused } = await writeCellsByKey(list, writes); … await undoKeyedWrites(record).
 * The record is plain data (the pane may keep it in state).
 */
import { ExcelAdapterError, hasErrorCode } from "./errors";
import { readList, type KeyedList, type ListNow } from "./keyedListRead";
import { writeQuietly } from "./quietWrites";
import { splitSpans, type SpanCell } from "./spanWrites";

export { rowKey, type KeyColumns, type KeyedList } from "./keyedListRead";

/** A cell's constant content: its value and number format. */
export interface CellContent {
  value: string | number | boolean;
  numberFormat: string;
}

export interface KeyedWrite {
  /** identityKey of the row (no "#2" suffix: duplicates are told apart by content). */
  key: string;
  /** 0-based column within the list. */
  column: number;
  /** What the cell must hold now (its value; its format is not compared, the rep may have restyled it). */
  expected: string | number | boolean;
  next: CellContent;
  /** Write the value only and keep the cell's number format as it is at write time (next.numberFormat is ignored). */
  keepFormat?: boolean;
}

export interface KeyedWriteRecord {
  list: KeyedList;
  cells: { key: string; column: number; before: CellContent; after: CellContent }[];
}

/** changed: no longer holds what was expected (or the row is gone); ambiguous: several rows of that prospect could
 * be the one; formula: a formula produces the content (writing would destroy it). */
export type LeftReason = "changed" | "ambiguous" | "formula";

export interface LeftCell {
  key: string;
  column: number;
  reason: LeftReason;
}

/** The cell shows exactly `value` (and `numberFormat` when given), whether typed or computed. */
function shows(now: ListNow, column: number, r: number, value: unknown, numberFormat?: string): boolean {
  const read = now.columns.get(column);
  if (!read || read.values[r]?.[0] !== value) return false;
  return numberFormat === undefined || read.numberFormat?.[r]?.[0] === numberFormat;
}

/** A constant: a formula producing the value does not count (writing would destroy it). */
function isConstant(now: ListNow, column: number, r: number): boolean {
  const read = now.columns.get(column);
  return read?.formulas?.[r]?.[0] === read?.values[r]?.[0];
}

/** The rows a bucket of `count` cells means, or why there is no sure answer. */
function match(now: ListNow, key: string, column: number, count: number, test: (r: number) => boolean) {
  const showing = rowsOf(now, key, test);
  const rows = showing.filter((r) => isConstant(now, column, r));
  if (rows.length === count) return { rows };
  const reason: LeftReason =
    rows.length > count ? "ambiguous" : showing.length > rows.length && rows.length === 0 ? "formula" : "changed";
  return { reason };
}

interface Bucket<T> {
  key: string;
  column: number;
  items: T[];
}

function bucketsOf<T extends { key: string; column: number }>(items: T[], content: (item: T) => string): Bucket<T>[] {
  const buckets = new Map<string, Bucket<T>>();
  for (const item of items) {
    const id = JSON.stringify([item.key, item.column, content(item)]);
    const bucket = buckets.get(id);
    if (bucket) bucket.items.push(item);
    else buckets.set(id, { key: item.key, column: item.column, items: [item] });
  }
  return [...buckets.values()];
}

/** Rows (0-based within the body) of `key` whose cell in `column` passes `test`. */
function rowsOf(now: ListNow, key: string, test: (r: number) => boolean): number[] {
  const rows: number[] = [];
  for (let r = 0; r < now.rowCount; r++) if (now.keys[r] === key && test(r)) rows.push(r);
  return rows;
}

/** Queues the writes (format first so a number lands as a date; text under "@" so Excel keeps it text). */
async function writeCells(context: Excel.RequestContext, now: ListNow, cells: SpanCell[]): Promise<void> {
  await writeQuietly(context, async () => {
    for (const batch of splitSpans(cells)) {
      for (const span of batch) {
        const range = now.sheet.getRangeByIndexes(span.rowIndex, span.column, span.rowCount, 1);
        range.numberFormat = span.textFormat ?? span.numberFormat;
        range.values = span.values;
        if (span.textFormat) range.numberFormat = span.numberFormat;
      }
      // One sync per batch: each request must stay under Excel's 5 MB payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
}

function toSpanCell(now: ListNow, list: KeyedList, r: number, column: number, content: CellContent): SpanCell {
  return { row: now.bodyRowIndex + r, column: list.columnIndex + column, ...content };
}

export interface WriteOptions {
  /** Write nothing unless every cell can be written (formula cells aside): the rep reviews a stale plan first. */
  allOrNothing?: boolean;
}

/** Writes each cell whose row is found by key and still holds `expected`; the rest are refused and listed. */
export async function writeCellsByKey(
  list: KeyedList,
  writes: KeyedWrite[],
  options: WriteOptions = {},
): Promise<{ record: KeyedWriteRecord; refused: LeftCell[] }> {
  if (writes.length === 0) return { record: { list, cells: [] }, refused: [] };
  return Excel.run(async (context) => {
    const now = await readList(context, list, [...new Set(writes.map((w) => w.column))]);
    const cells: SpanCell[] = [];
    const record: KeyedWriteRecord = { list, cells: [] };
    const refused: LeftCell[] = [];
    for (const bucket of bucketsOf(writes, (w) => JSON.stringify([w.expected, w.next, w.keepFormat === true]))) {
      const first = bucket.items[0];
      const found = match(now, bucket.key, bucket.column, bucket.items.length, (r) =>
        shows(now, bucket.column, r, first.expected),
      );
      if (!found.rows) {
        for (const w of bucket.items) refused.push({ key: w.key, column: w.column, reason: found.reason });
        continue;
      }
      for (const r of found.rows) {
        const format = now.columns.get(bucket.column)?.numberFormat?.[r]?.[0] ?? "General";
        const after = first.keepFormat ? { value: first.next.value, numberFormat: format } : first.next;
        cells.push(toSpanCell(now, list, r, bucket.column, after));
        record.cells.push({
          key: bucket.key,
          column: bucket.column,
          before: { value: first.expected, numberFormat: format },
          after,
        });
      }
    }
    const stale = refused.some((cell) => cell.reason !== "formula");
    if (options.allOrNothing && stale) return { record: { list, cells: [] }, refused };
    if (cells.length > 0) await writeCells(context, now, cells);
    return { record, refused };
  });
}

/**
 * Puts back what `record` overwrote, only in cells that still hold exactly what was written (value and format), found
 * by key wherever they moved. Returns how many were restored and which were left (changed since, or ambiguous).
 */
export async function undoKeyedWrites(record: KeyedWriteRecord): Promise<{ restored: number; left: LeftCell[] }> {
  if (record.cells.length === 0) return { restored: 0, left: [] };
  try {
    return await Excel.run(async (context) => {
      const now = await readList(context, record.list, [...new Set(record.cells.map((c) => c.column))]);
      const cells: SpanCell[] = [];
      const left: LeftCell[] = [];
      for (const bucket of bucketsOf(record.cells, (c) => JSON.stringify([c.after, c.before]))) {
        const { after, before } = bucket.items[0];
        const found = match(now, bucket.key, bucket.column, bucket.items.length, (r) =>
          shows(now, bucket.column, r, after.value, after.numberFormat),
        );
        if (!found.rows) {
          // A formula now showing what was written is the rep's: treat it as changed.
          const reason = found.reason === "formula" ? "changed" : found.reason;
          for (const c of bucket.items) left.push({ key: c.key, column: c.column, reason });
          continue;
        }
        for (const r of found.rows) cells.push(toSpanCell(now, record.list, r, bucket.column, before));
      }
      if (cells.length > 0) await writeCells(context, now, cells);
      return { restored: cells.length, left };
    });
  } catch (error) {
    if (hasErrorCode(error, "ItemNotFound", "InvalidReference"))
      throw new ExcelAdapterError(
        "notFound",
        "The sheet or table these cells were on is gone, so NextStep cannot put them back.",
        { cause: error },
      );
    throw error;
  }
}
