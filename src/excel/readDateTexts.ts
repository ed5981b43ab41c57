/**
 * Range.text of the list's date and time columns, read only when their number formats cannot tell a date from a
 * number: Excel on the web with a non-US regional setting reads a date cell's numberFormat back differently from the
 * code the cell shows (office-js issues 2824, 1553), while its text still shows the date. The core decides from the
 * text (core/textFormats.ts). Lists whose formats are clear cost nothing more; the others one sync per ~4 MB.
 */
import { dateTimeColumns, formatKind } from "../core";
import type { Columns } from "../core/detectHeader";
import type { Rect } from "./address";
import { readRowChunks } from "./readChunks";

/** Bytes per row assumed for one column's text before any came back ("04.12.2026 14:30" and JSON). */
const TEXT_BYTES_PER_CELL = 24;

/** True when some number in `column` has a format that does not say whether it is a date (General, or not read). */
function ambiguous(values: readonly unknown[][], numberFormat: readonly string[][], column: number): boolean {
  for (let r = 0; r < values.length; r++) {
    if (typeof values[r][column] !== "number") continue;
    const format = numberFormat[r]?.[column];
    if (typeof format !== "string" || formatKind(format) === "general") return true;
  }
  return false;
}

/**
 * The text of the date and time columns of `rect` (list-relative holes elsewhere), or undefined when not needed.
 * `mapping` (list-relative: the rep's, or the last analysis's date column) comes first; the rest of the header is
 * found from the values.
 */
export async function readDateTexts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  block: { values: unknown[][]; numberFormat: string[][] },
  mapping: Columns = {},
): Promise<{ text: (string | undefined)[][]; syncs: number } | undefined> {
  const found = dateTimeColumns(block.values, mapping);
  if (found.date === undefined || !ambiguous(block.values, block.numberFormat, found.date)) return undefined;
  const columns = [found.date, ...(found.time !== undefined ? [found.time] : [])];
  const rowCount = block.values.length;
  const text: (string | undefined)[][] = Array.from({ length: rowCount }, () => new Array(rect.columnCount));
  const syncs = await readRowChunks(
    context,
    {
      cellsPerRow: columns.length,
      rowsLeft: (done) => rowCount - done,
      queue: (done, rows) => {
        const ranges = columns.map((column) => {
          const range = sheet.getRangeByIndexes(rect.rowIndex + done, rect.columnIndex + column, rows, 1);
          range.load("text");
          return { column, range };
        });
        return () => {
          const loaded: unknown[] = [];
          for (const { column, range } of ranges) {
            range.text.forEach((row, r) => (text[done + r][column] = row[0]));
            loaded.push(range.text);
            range.untrack();
          }
          return { rows, loaded };
        };
      },
    },
    TEXT_BYTES_PER_CELL * columns.length,
  );
  return { text, syncs };
}
