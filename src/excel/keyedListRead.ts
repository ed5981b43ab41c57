/**
 * Reads what a keyed write needs of the list, as it is now: the key columns' values and the target columns' values,
 * formulas and formats, in row chunks under Excel on the web's 5 MB response limit (readRowChunks). One sync reads a
 * 100,000-row column of a list in 9–17 MB, which Excel refuses (ResponsePayloadSizeLimitExceeded).
 *
 * Each chunk of a column is the table's (or used range's) intersection with those rows of that sheet column, so the
 * list's size need not be known first: the first chunk also loads where the list ends, and a short list is read in
 * one sync as before.
 */
import { rowKey, type KeyedList } from "./keyedList";
import { readRowChunks } from "./readChunks";

export { rowKey, type KeyColumns, type KeyedList } from "./keyedList";

export interface ColumnRead {
  values: unknown[][];
  formulas?: unknown[][];
  numberFormat?: string[][];
}

export interface ListNow {
  sheet: Excel.Worksheet;
  /** 0-based sheet row of the first data row, and how many. */
  bodyRowIndex: number;
  rowCount: number;
  /** Only columns inside the table (or used range). */
  columns: Map<number, ColumnRead>;
  keys: string[];
  /** Syncs the read took. */
  syncs: number;
}

/** Bytes per row assumed before the first chunk: a generous guess, so a list of a few thousand rows is one chunk. */
const FIRST_GUESS_BYTES_PER_COLUMN = 128;

/** Reads the list's key columns plus `targets` (values, formulas, formats), chunk by chunk. */
export async function readList(context: Excel.RequestContext, list: KeyedList, targets: number[]): Promise<ListNow> {
  const sheet = context.workbook.worksheets.getItem(list.sheetId);
  const area = list.tableName ? sheet.tables.getItem(list.tableName).getRange() : sheet.getUsedRange(true);
  const keyColumns = Object.values(list.keyColumns).filter((c): c is number => c !== undefined);
  const wanted = [...new Set([...keyColumns, ...targets])];
  const bodyRowIndex = list.headerRow; // header row number = 0-based index of the row below it
  let rowCount: number | undefined; // known once the first chunk has loaded the area's extent
  const columns = new Map<number, ColumnRead>();

  const syncs = await readRowChunks(
    context,
    {
      cellsPerRow: wanted.reduce((n, column) => n + (targets.includes(column) ? 3 : 1), 0),
      rowsLeft: (done) => (rowCount === undefined ? Infinity : rowCount - done),
      queue: (done, rows) => {
        if (rowCount === undefined) area.load("rowIndex,rowCount");
        const ranges = wanted.map((column) => {
          const block = sheet.getRangeByIndexes(bodyRowIndex + done, list.columnIndex + column, rows, 1);
          const cells = area.getIntersectionOrNullObject(block);
          if (targets.includes(column)) cells.load("rowIndex,values,formulas,numberFormat");
          else cells.load("rowIndex,values");
          return { column, cells };
        });
        return () => {
          if (rowCount === undefined) rowCount = Math.max(0, area.rowIndex + area.rowCount - bodyRowIndex);
          const loaded: unknown[] = [];
          for (const { column, cells } of ranges) {
            if (cells.isNullObject) continue;
            const read = columns.get(column) ?? { values: [] };
            // Rows this chunk asked for that lie above the area (never below the header in practice) stay holes.
            const at = cells.rowIndex - bodyRowIndex;
            cells.values.forEach((row, i) => (read.values[at + i] = row));
            loaded.push(cells.values);
            if (targets.includes(column)) {
              read.formulas ??= [];
              read.numberFormat ??= [];
              cells.formulas.forEach((row, i) => ((read.formulas as unknown[][])[at + i] = row));
              cells.numberFormat.forEach((row, i) => ((read.numberFormat as string[][])[at + i] = row));
              loaded.push(cells.formulas, cells.numberFormat);
            }
            columns.set(column, read);
            cells.untrack();
          }
          return { rows: Math.min(rows, Math.max(0, (rowCount as number) - done)), loaded };
        };
      },
    },
    FIRST_GUESS_BYTES_PER_COLUMN * wanted.length,
  );

  const total = rowCount ?? 0;
  const keys: string[] = [];
  for (let r = 0; r < total; r++) {
    const row: unknown[] = [];
    for (const c of keyColumns) row[c] = columns.get(c)?.values[r]?.[0];
    keys.push(rowKey(row, list.keyColumns));
  }
  return { sheet, bodyRowIndex, rowCount: total, columns, keys, syncs };
}
