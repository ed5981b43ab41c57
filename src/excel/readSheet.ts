/**
 * Reads the prospect list into a SheetSnapshot for the core: locate (findProspectRange.ts) and read (readChunks.ts)
 * in one Excel.run, so a list that fits in the locate probe costs one sync, and a big one one sync per ~4 MB chunk
 * plus one. The 1904 date system comes from the workbook where the host offers it, else from the rep's setting.
 */
import { ExcelAdapterError, toAdapterError } from "./errors";
import { locateProspects, relocateProspects, type Located } from "./findProspectRange";
import type { ProspectSource, SheetSnapshot } from "./port";
import { readCells } from "./readChunks";
import { isSetSupported } from "./requirements";

/** Workbook.use1904DateSystem is preview-only: Excel on the web (ExcelApiOnline) or a BETA host. */
export function canRead1904(): boolean {
  return isSetSupported("ExcelApiOnline") || isSetSupported("ExcelApi", "BETA");
}

/** Beyond this many cells a "list" is a stray far-away cell stretching the used range, or not a prospect list. */
export const MAX_LIST_CELLS = 4_000_000;

export function tooLargeMessage(rows: number, columns: number): string {
  return (
    `This list spans ${rows.toLocaleString("en-US")} rows × ${columns.toLocaleString("en-US")} columns, more than ` +
    "NextStep reads. Turn your prospect list into a table (Insert > Table) and click a cell in it, or delete stray " +
    "cells far below or to the right of it."
  );
}

async function readLocated(
  context: Excel.RequestContext,
  located: Located,
  date1904Setting?: boolean,
): Promise<SheetSnapshot> {
  const { source } = located;
  if (source.rowCount * source.columnCount > MAX_LIST_CELLS) {
    throw new ExcelAdapterError("tooLarge", tooLargeMessage(source.rowCount, source.columnCount));
  }
  const block = await readCells(context, located.sheet, source, located.probe);
  const detected = located.date1904 !== undefined;
  return {
    source,
    input: { values: block.values, numberFormat: block.numberFormat, startRow: source.rowIndex + 1 },
    date1904: detected ? (located.date1904 as boolean) : date1904Setting === true,
    date1904Detected: detected,
    readSyncs: located.syncs + block.syncs,
  };
}

/** The list the rep is on (table holding the selection, else the only table, else the used range). */
export async function readSheet(date1904Setting?: boolean): Promise<SheetSnapshot> {
  try {
    return await Excel.run(async (context) => {
      const located = await locateProspects(context, { load1904: canRead1904() });
      return readLocated(context, located, date1904Setting);
    });
  } catch (error) {
    throw toAdapterError(error, "read your prospect list");
  }
}

/** The same list again after an edit, even if the rep has selected something else meanwhile. */
export async function rereadSheet(source: ProspectSource, date1904Setting?: boolean): Promise<SheetSnapshot> {
  try {
    return await Excel.run(async (context) => {
      const located = await relocateProspects(context, source, { load1904: canRead1904() });
      return readLocated(context, located, date1904Setting);
    });
  } catch (error) {
    throw toAdapterError(error, "read your prospect list");
  }
}
