/**
 * Reads a rectangle's values and number formats (every column's, or only `formatColumns`', see cellReads.ts) in as
 * few round trips as the payload limit allows: nothing more
 * when the locate probe already holds it, else row chunks sized so each response stays under 4 MB (Excel on the
 * web rejects responses over 5 MB), re-estimating bytes per row from every chunk it receives.
 */
import { intersect, type Rect } from "./address";
import { hasErrorCode } from "./errors";
import type { Probe } from "./findProspectRange";
import { queueCells, takeCells, type FormatColumns } from "./cellReads";

/** Target response size per chunk. */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;
/** Excel reads at most 5,000,000 cells per request: at most 2,000,000 cells' values and formats. */
const MAX_CELLS_PER_CHUNK = 2_000_000;
/** Bytes per cell (value + number format, JSON) assumed when the probe saw none of the list. */
const DEFAULT_BYTES_PER_CELL = 64;
/** Headroom below the budget: an estimate from other rows can be a little low. */
const FIRST_CHUNK_HEADROOM = 0.95;
const NEXT_CHUNK_HEADROOM = 0.97;

export interface CellBlock {
  values: unknown[][];
  numberFormat: string[][];
  syncs: number;
}

/** UTF-8 bytes of the JSON of a value: what the chunk costs on the wire. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  // Each UTF-16 unit counts 1; add what UTF-8 needs beyond that: 2-byte and 3-byte characters, and surrogate pairs
  // (2 units, 4 bytes).
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** The probe's cells inside `part` (which must lie inside the probe). */
function slice(probe: Probe, part: Rect): { values: unknown[][]; numberFormat: string[][] } {
  const r0 = part.rowIndex - probe.rect.rowIndex;
  const c0 = part.columnIndex - probe.rect.columnIndex;
  const rows = (grid: unknown[][]) =>
    grid.slice(r0, r0 + part.rowCount).map((row) => row.slice(c0, c0 + part.columnCount));
  return { values: rows(probe.values), numberFormat: rows(probe.numberFormat) as string[][] };
}

/** How many blank rows the read ends with (empty strings and nulls are blank). */
export function trailingBlankRows(values: readonly unknown[][]): number {
  let blank = 0;
  for (let r = values.length - 1; r >= 0; r--) {
    if (values[r].some((cell) => cell !== "" && cell !== null && cell !== undefined)) break;
    blank++;
  }
  return blank;
}

/** Rows read by readRowChunks: what to queue per chunk, and how to take it after the sync. */
export interface RowChunkSource {
  /** Cells loaded per row, each loaded property counting once (values and formats: two), for the cell cap. */
  cellsPerRow: number;
  /** Rows still to read once `done` are read; may change after a chunk tells where the list ends. */
  rowsLeft(done: number): number;
  /** Queues rows [done, done + rows) for the next sync; the returned function takes them after it (and untracks),
   * and returns how many rows it took and what came back (for sizing the next chunk). */
  queue(done: number, rows: number): () => { rows: number; loaded: unknown };
  /** True when reading can stop early (e.g. the list ended in blank rows). */
  finished?(): boolean;
}

/**
 * The chunk loop every large read shares: one sync per row chunk, each sized to stay under CHUNK_BUDGET_BYTES from the
 * bytes per row seen so far (`bytesPerRow`, an estimate before the first chunk), and halved when Excel still refuses
 * a response as too large. Returns the syncs made.
 */
export async function readRowChunks(
  context: Excel.RequestContext,
  source: RowChunkSource,
  bytesPerRow: number,
  firstDone = 0,
): Promise<number> {
  const minBytesPerRow = (8 * source.cellsPerRow) / 2;
  let estimate = Math.max(minBytesPerRow, bytesPerRow);
  let headroom = FIRST_CHUNK_HEADROOM;
  let done = firstDone;
  let syncs = 0;
  while (source.rowsLeft(done) > 0 && !source.finished?.()) {
    const byBytes = Math.floor((CHUNK_BUDGET_BYTES * headroom) / estimate);
    const byCells = Math.floor((2 * MAX_CELLS_PER_CHUNK) / source.cellsPerRow);
    const rows = Math.max(1, Math.min(byBytes, byCells, source.rowsLeft(done)));
    const take = source.queue(done, rows);
    try {
      // One sync per chunk is the point: each response must stay under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows far larger than the estimate (a column of pasted essays): halve and try again.
      if (!hasErrorCode(error, "ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded") || rows === 1)
        throw error;
      syncs++;
      estimate *= 2;
      continue;
    }
    syncs++;
    const taken = take();
    if (taken.rows > 0) estimate = Math.max(minBytesPerRow, jsonBytes(taken.loaded) / taken.rows);
    headroom = NEXT_CHUNK_HEADROOM;
    done += rows;
  }
  return syncs;
}

/**
 * Reads `rect` of `sheet`; rows the probe already holds (all columns) are taken from it. With `stopAfterBlankRows`,
 * reading stops once that many blank rows in a row have been read: the list has ended (used for a used range that
 * a stray far-away cell stretched).
 */
export async function readCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  probe: Probe | null,
  stopAfterBlankRows = Infinity,
  formatColumns: FormatColumns = undefined,
): Promise<CellBlock> {
  const values: unknown[][] = [];
  const numberFormat: string[][] = [];
  let bytesPerCell = DEFAULT_BYTES_PER_CELL;
  let next = 0; // rows of rect done

  const seen = probe ? intersect(probe.rect, rect) : null;
  if (probe && seen) {
    const part = slice(probe, seen);
    const cells = seen.rowCount * seen.columnCount;
    bytesPerCell = Math.max(8, (jsonBytes(part.values) + jsonBytes(part.numberFormat.flat())) / cells);
    const coversColumns = seen.columnCount === rect.columnCount && seen.rowIndex === rect.rowIndex;
    if (coversColumns) {
      values.push(...part.values);
      numberFormat.push(...part.numberFormat);
      next = seen.rowCount;
    }
  }

  const syncs = await readRowChunks(
    context,
    {
      // Values and formats of every column counted, even when only some columns' formats are read.
      cellsPerRow: 2 * rect.columnCount,
      rowsLeft: (done) => rect.rowCount - done,
      finished: () => trailingBlankRows(values) >= stopAfterBlankRows,
      queue: (done, rows) => {
        const queued = queueCells(
          sheet,
          {
            rowIndex: rect.rowIndex + done,
            columnIndex: rect.columnIndex,
            rowCount: rows,
            columnCount: rect.columnCount,
          },
          formatColumns,
        );
        return () => {
          const taken = takeCells(queued);
          for (const row of taken.values) values.push(row);
          for (const row of taken.numberFormat) numberFormat.push(row);
          return { rows, loaded: taken.loaded };
        };
      },
    },
    bytesPerCell * rect.columnCount,
    next,
  );
  return { values, numberFormat, syncs };
}
