/**
 * Reads a rectangle's values and the number formats of the columns that need them (see cellReads.ts) in as few
 * round trips as the payload limit allows: no more values when the locate probe already holds them, else row chunks
 * sized so each response stays under 4 MB (Excel on the web rejects responses over 5 MB), re-estimating bytes per row
 * from every chunk it receives.
 */
import { intersect, type Rect } from "./address";
import { hasErrorCode } from "./errors";
import { hintedColumnsToKeep } from "./formatHint";
import { copyFormatColumns, probeFormats, probeValues, type Probe } from "./probe";
import { holdingNumbers, queueCells, queueFormats, takeCells, takeFormats, type FormatColumns } from "./cellReads";

/** Target response size per chunk. */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;
/** Excel reads at most 5,000,000 cells per request: at most 2,000,000 cells' values and formats. */
const MAX_CELLS_PER_CHUNK = 2_000_000;
/** Bytes per cell (value + number format, JSON) assumed when the probe saw none of the list. */
const DEFAULT_BYTES_PER_CELL = 64;
/** Bytes per cell of one column's number formats (["m/d/yyyy"], JSON), before any came back. */
const FORMAT_BYTES_PER_CELL = 16;
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

/** Which columns' number formats a read needs (absolute), chosen from the list's values the probe holds. */
export type FormatChoice = { date: number; columns: readonly number[] } | undefined;

/**
 * Reads `rect` of `sheet`: values, and the number formats of the columns `choose` picks from the rows the probe
 * holds (every column's when it picks none: no header found). Rows the probe holds are not read again; their formats
 * ride along in the first chunk's sync, or take one sync of their own when the probe held the whole list (and some
 * picked column holds a number). With `stopAfterBlankRows`, reading stops once that many blank rows in a row have
 * been read: the list has ended (used for a used range that a stray far-away cell stretched).
 */
export async function readCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  probe: Probe | null,
  stopAfterBlankRows = Infinity,
  choose: (values: unknown[][]) => FormatChoice = () => undefined,
): Promise<CellBlock & { formatColumns: FormatColumns }> {
  const values: unknown[][] = [];
  const numberFormat: string[][] = [];
  let valueBytesPerRow = DEFAULT_BYTES_PER_CELL * rect.columnCount;
  let next = 0; // rows of rect done
  let probeHas: readonly number[] = [];

  const seen = probe ? intersect(probe.bounds, rect) : null;
  const inProbe = probe && seen && seen.columnCount === rect.columnCount && seen.rowIndex === rect.rowIndex;
  if (inProbe) {
    values.push(...probeValues(probe, seen));
    numberFormat.push(...probeFormats(probe, seen));
    next = seen.rowCount;
    probeHas = probe.formatColumns;
    valueBytesPerRow = Math.max(8 * rect.columnCount, jsonBytes(values) / next);
  }

  const choice = choose(values);
  if (inProbe && probe.hinted) {
    // A format hint's formats: kept for the columns this read needs, so it never changes what the read returns.
    const listColumns = Array.from({ length: rect.columnCount }, (_, c) => rect.columnIndex + c);
    const keep = hintedColumnsToKeep(probe.hinted.columns, choice?.columns, listColumns);
    const hinted = probeFormats({ ...probe, numberFormat: probe.hinted.numberFormat }, seen);
    copyFormatColumns(hinted, numberFormat, keep, rect);
    probeHas = [...new Set([...probeHas, ...keep])];
  }
  // Formats the probe's rows still need: the picked columns holding a number there (every column when none are
  // picked), less those the probe loaded. Its trailing blank rows need none.
  let forProbeRows: FormatColumns;
  if (next === 0) forProbeRows = [];
  else if (choice) forProbeRows = holdingNumbers(values, rect, choice.columns).filter((c) => !probeHas.includes(c));
  else if (probeHas.length === 0) forProbeRows = undefined;
  else
    forProbeRows = Array.from({ length: rect.columnCount }, (_, c) => rect.columnIndex + c).filter(
      (c) => !probeHas.includes(c),
    );
  const probeRows = { ...rect, rowCount: next - trailingBlankRows(values) };
  // Rows still to read: the date column always; the others when the rows seen hold numbers there (or none were seen).
  let forChunks: FormatColumns = undefined;
  if (choice) {
    const others = next === 0 ? choice.columns : holdingNumbers(values, rect, choice.columns);
    forChunks = [...new Set([choice.date, ...others])].sort((a, b) => a - b);
  }
  const formatsPerRow = forChunks === undefined ? rect.columnCount : forChunks.length;

  let probeFormatsPending = probeRows.rowCount > 0 && (forProbeRows === undefined || forProbeRows.length > 0);
  let syncs = await readRowChunks(
    context,
    {
      cellsPerRow: rect.columnCount + formatsPerRow,
      rowsLeft: (done) => rect.rowCount - done,
      finished: () => trailingBlankRows(values) >= stopAfterBlankRows,
      queue: (done, rows) => {
        // The probe rows' formats ride along in the first chunk's sync (again after a refused one).
        const withProbe = probeFormatsPending ? queueFormats(sheet, probeRows, forProbeRows) : null;
        const queued = queueCells(sheet, { ...rect, rowIndex: rect.rowIndex + done, rowCount: rows }, forChunks);
        return () => {
          const probeLoaded = withProbe ? takeFormats(withProbe, numberFormat, 0) : [];
          if (withProbe) probeFormatsPending = false;
          const taken = takeCells(queued);
          for (const row of taken.values) values.push(row);
          for (const row of taken.numberFormat) numberFormat.push(row);
          return { rows, loaded: [...taken.loaded, ...probeLoaded] };
        };
      },
    },
    valueBytesPerRow + FORMAT_BYTES_PER_CELL * formatsPerRow,
    next,
  );
  if (probeFormatsPending) {
    // The probe held the whole list: the picked columns' formats take one sync.
    const queued = queueFormats(sheet, probeRows, forProbeRows);
    await context.sync();
    takeFormats(queued, numberFormat, 0);
    syncs++;
  }
  const formatColumns = choice && [...new Set([...probeHas, ...choice.columns])].sort((a, b) => a - b);
  return { values, numberFormat, syncs, formatColumns };
}
