/**
 * Turns scattered single-cell writes into column spans (null for the cells in between, which Office.js leaves alone),
 * so the number of calls stays small however many cells change, and splits them into batches whose request stays
 * under Excel on the web's 5 MB payload limit (resource-limits-and-performance-optimization.md).
 */
import { jsonBytes } from "./readChunks";

/** Request budget per sync, below the 5 MB limit. */
export const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;
/** JSON bytes of one null row in one array ("[null],"), times the three arrays a span may send. */
const NULL_ROW_BYTES = 8 * 3;

export interface SpanCell {
  /** 0-based sheet row and column. */
  row: number;
  column: number;
  value: string | number | boolean;
  numberFormat: string;
}

export interface Span {
  column: number;
  rowIndex: number;
  rowCount: number;
  values: (string | number | boolean | null)[][];
  numberFormat: (string | null)[][];
  /** "@" on the text cells, written before the value so Excel keeps "Nov 30, 2026" text; absent when none is text. */
  textFormat?: (string | null)[][];
}

function cellBytes(cell: SpanCell): number {
  return jsonBytes(cell.value) + jsonBytes(cell.numberFormat) + (typeof cell.value === "string" ? 4 : 0);
}

function toSpan(cells: SpanCell[]): Span {
  const rowIndex = cells[0].row;
  const rowCount = cells[cells.length - 1].row - rowIndex + 1;
  const values: Span["values"] = Array.from({ length: rowCount }, () => [null]);
  const numberFormat: Span["numberFormat"] = Array.from({ length: rowCount }, () => [null]);
  const anyText = cells.some((c) => typeof c.value === "string");
  const textFormat: Span["numberFormat"] | undefined = anyText
    ? Array.from({ length: rowCount }, () => [null])
    : undefined;
  for (const cell of cells) {
    const i = cell.row - rowIndex;
    values[i] = [cell.value];
    numberFormat[i] = [cell.numberFormat];
    if (textFormat) textFormat[i] = [typeof cell.value === "string" ? "@" : cell.numberFormat];
  }
  return { column: cells[0].column, rowIndex, rowCount, values, numberFormat, ...(textFormat ? { textFormat } : {}) };
}

/** Spans per column, each and each batch under `budget` bytes; one batch per sync. */
export function splitSpans(cells: SpanCell[], budget = WRITE_BUDGET_BYTES): Span[][] {
  const byColumn = new Map<number, SpanCell[]>();
  for (const cell of cells) {
    const list = byColumn.get(cell.column);
    if (list) list.push(cell);
    else byColumn.set(cell.column, [cell]);
  }
  const spans: { span: Span; bytes: number }[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const sorted = (byColumn.get(column) as SpanCell[]).sort((a, b) => a.row - b.row);
    let run: SpanCell[] = [];
    let bytes = 0;
    for (const cell of sorted) {
      const gap = run.length ? (cell.row - run[run.length - 1].row - 1) * NULL_ROW_BYTES : 0;
      const more = gap + cellBytes(cell) + NULL_ROW_BYTES;
      if (run.length && bytes + more > budget) {
        spans.push({ span: toSpan(run), bytes });
        run = [];
        bytes = 0;
      }
      run.push(cell);
      bytes += run.length === 1 ? cellBytes(cell) + NULL_ROW_BYTES : more;
    }
    if (run.length) spans.push({ span: toSpan(run), bytes });
  }
  const batches: Span[][] = [];
  let batch: Span[] = [];
  let used = 0;
  for (const { span, bytes } of spans) {
    if (batch.length && used + bytes > budget) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(span);
    used += bytes;
  }
  if (batch.length) batches.push(batch);
  return batches;
}
