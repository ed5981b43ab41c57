/**
 * Reads the prospect list into a SheetSnapshot for the core: locate (findProspectRange.ts) and read (readChunks.ts)
 * in one Excel.run. Values everywhere; number formats only in the columns whose meaning depends on them, picked
 * from the values (core numberFormatColumns). A list that fits in the locate probe costs one sync for its values and
 * one for those formats (none when those columns hold no number; with tables on the sheet they ride in the table
 * sync; none either when the format hint, formatHintMemory.ts, had them loaded with the probe); a big one one sync
 * per ~4 MB chunk plus one, the formats riding in the chunks. The 1904 date system is the rep's setting:
 * Workbook.use1904DateSystem is "ExcelApi BETA (PREVIEW ONLY)" (office-js-docs-reference excel.workbook.yml) and
 * production office.js does not define it, so it is never loaded.
 */
import { ExcelAdapterError, runReadRetrying, toAdapterError } from "./errors";
import { rangeAddress } from "./address";
import { locateProspects, relocateProspects, type Located } from "./findProspectRange";
import { columnsToRemember, type EarlierPick, type FormatHintMemory } from "./formatHintMemory";
import type { Probe } from "./probe";
import { numberFormatColumns } from "../core";
import type { Columns } from "../core/detectHeader";
import { sourceKey, type ProspectSource, type SheetSnapshot, type WorkbookSettings } from "./port";
import { readCells, trailingBlankRows, type FormatChoice } from "./readChunks";
import { readDateTexts } from "./readDateTexts";

/** Beyond this many cells a "list" is a stray far-away cell stretching the used range, or not a prospect list. */
export const MAX_LIST_CELLS = 4_000_000;

/** In an oversized used range, this many blank rows in a row end the list (what follows is stray content). */
export const LIST_END_BLANK_ROWS = 1000;

export function tooLargeMessage(rows: number, columns: number): string {
  return (
    `This list spans ${rows.toLocaleString("en-US")} rows × ${columns.toLocaleString("en-US")} columns, more than ` +
    "NextStep reads. Turn your prospect list into a table (Insert > Table) and click a cell in it, or delete stray " +
    "cells far below or to the right of it."
  );
}

/**
 * The part of an oversized used range that holds the list: as wide as the probe shows content, and as many rows
 * from the top as MAX_LIST_CELLS allows (the reader then stops after LIST_END_BLANK_ROWS blank rows). A stray value
 * far below or to the right stretches the used range; the list itself sits at its top-left. Undefined when the
 * probe cannot tell where the list ends on the right (content up to its edge): guessing could cut the list short.
 */
function listPart(source: ProspectSource, probe: Probe | null): ProspectSource | undefined {
  if (!probe) return undefined;
  // The probed rectangle's edge, not its used part's: the used part may end where the content does.
  const probeLast = probe.bounds.columnIndex + probe.bounds.columnCount - 1;
  let lastColumn = -1;
  probe.values.forEach((row) =>
    row.forEach((cell, c) => {
      const column = probe.rect.columnIndex + c;
      if (column >= source.columnIndex && cell !== "" && cell !== null && column > lastColumn) lastColumn = column;
    }),
  );
  if (lastColumn < 0 || lastColumn >= probeLast) return undefined;
  const columnCount = lastColumn - source.columnIndex + 1;
  const rowCount = Math.min(source.rowCount, Math.floor(MAX_LIST_CELLS / columnCount));
  return {
    ...source,
    address: rangeAddress(source.rowIndex, source.columnIndex, rowCount, columnCount),
    rowCount,
    columnCount,
  };
}

/** The rep's saved column mapping, when it belongs to this list. */
function mappingFor(source: ProspectSource, settings: WorkbookSettings | undefined): Columns {
  return settings?.columns && settings.sourceKey === sourceKey(source) ? settings.columns : {};
}

/** The snapshot, and the format columns the read picked from the values itself (none when `known` gave them). */
interface LocatedRead {
  snapshot: SheetSnapshot;
  pick?: EarlierPick;
}

/**
 * Reads the located list. `known` (absolute columns, the probe already holding their formats) are the columns whose
 * number formats to read; without it they are picked from the values (core numberFormatColumns, with `mapping`).
 */
async function readLocated(
  context: Excel.RequestContext,
  located: Located,
  date1904Setting: boolean | undefined,
  mapping: Columns,
  known?: readonly number[],
): Promise<LocatedRead> {
  let { source } = located;
  let beyond: SheetSnapshot["beyond"];
  if (source.rowCount * source.columnCount > MAX_LIST_CELLS) {
    const list = source.kind === "usedRange" ? listPart(source, located.probe) : undefined;
    if (!list) throw new ExcelAdapterError("tooLarge", tooLargeMessage(source.rowCount, source.columnCount));
    beyond = { rowCount: source.rowCount, columnCount: source.columnCount };
    source = list;
  }
  const at = source.columnIndex;
  let pick: EarlierPick | undefined;
  const choose = (values: unknown[][]): FormatChoice => {
    if (known?.length) return { date: known[0], columns: known };
    const picked = numberFormatColumns(values, mapping);
    // Rows are only ever added after these (or cut): the same count means the same rows.
    pick = { rows: values.length, mapping, picked };
    return picked && { date: at + picked.date, columns: picked.columns.map((column) => at + column) };
  };
  const block = await readCells(
    context,
    located.sheet,
    source,
    located.probe,
    beyond ? LIST_END_BLANK_ROWS : Infinity,
    choose,
  );
  if (beyond) {
    // Read up to the list's last row with content: the blank rows after it are the gap to the stray cell.
    const rowCount = Math.max(1, block.values.length - trailingBlankRows(block.values));
    block.values.length = rowCount;
    block.numberFormat.length = rowCount;
    source = {
      ...source,
      rowCount,
      address: rangeAddress(source.rowIndex, source.columnIndex, rowCount, source.columnCount),
    };
  }
  const texts = await readDateTexts(context, located.sheet, source, block, mapping);
  const snapshot: SheetSnapshot = {
    source,
    input: {
      values: block.values,
      numberFormat: block.numberFormat,
      ...(texts ? { text: texts.text } : {}),
      startRow: source.rowIndex + 1,
    },
    date1904: date1904Setting === true,
    date1904Detected: false,
    readSyncs: located.syncs + block.syncs + (texts?.syncs ?? 0),
    ...(block.formatColumns ? { formatColumns: block.formatColumns.map((column) => column - at) } : {}),
    ...(beyond ? { beyond } : {}),
  };
  return { snapshot, pick };
}

/**
 * The list the rep is on (table holding the selection, else the only table, else the used range). `settings` (the
 * workbook's, see workbookSettings.ts) brings the rep's column mapping, which picks the date column when the header
 * does not. `hints` (this document's format hint) has the columns that needed formats last time loaded with the probe.
 * `onSheet` (a worksheet id) reads that sheet's list instead of the rep's: the pane found it there (otherSheets.ts).
 */
export async function readSheet(
  date1904Setting?: boolean,
  settings?: WorkbookSettings,
  hints?: FormatHintMemory,
  onSheet?: string,
): Promise<SheetSnapshot> {
  const hint = hints?.load();
  let read: LocatedRead;
  try {
    read = await runReadRetrying(async (context) => {
      const located = await locateProspects(context, hint, onSheet);
      return readLocated(context, located, date1904Setting, mappingFor(located.source, settings));
    });
  } catch (error) {
    throw toAdapterError(error, "read your prospect list");
  }
  remember(read, settings, hints);
  return read.snapshot;
}

/**
 * After every read: which columns the next first read of this list should load with its probe (formatHintMemory.ts),
 * as that read would pick them: from the values and the rep's saved mapping (so a new mapping is remembered too).
 */
function remember(read: LocatedRead, settings: WorkbookSettings | undefined, hints?: FormatHintMemory): void {
  if (!hints) return;
  const { source, input } = read.snapshot;
  hints.save(source.sheetName, columnsToRemember(input.values, source, mappingFor(source, settings), read.pick));
}

/**
 * The same list again after an edit, even if the rep has selected something else meanwhile. `formatColumns` (list
 * columns, 0-based, the date column first: the last analysis's) are the columns whose number formats are read,
 * loaded with the first values; without it they are picked from the values, as on the first read.
 */
export async function rereadSheet(
  source: ProspectSource,
  date1904Setting?: boolean,
  formatColumns?: readonly number[],
  settings?: WorkbookSettings,
  hints?: FormatHintMemory,
): Promise<SheetSnapshot> {
  const absolute = formatColumns?.map((column) => source.columnIndex + column);
  const mapping = formatColumns?.length ? { date: formatColumns[0] } : mappingFor(source, settings);
  let read: LocatedRead;
  try {
    read = await runReadRetrying(async (context) => {
      const located = await relocateProspects(context, source, absolute);
      return readLocated(context, located, date1904Setting, mapping, absolute);
    });
  } catch (error) {
    throw toAdapterError(error, "read your prospect list");
  }
  remember(read, settings, hints);
  return read.snapshot;
}
