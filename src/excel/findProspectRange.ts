/**
 * Finds the prospect list on the active sheet: the table holding the active cell, else the only table, else the
 * sheet's used range (values only, so a formatted-but-empty column does not widen it). One sync for a sheet without
 * tables, two with tables (their ranges are only known once the table list is back). The first sync also reads a
 * probe (A1:T1500, or where the list was on a re-read) so the reader can size its chunks, or read nothing more when
 * the list fits in it.
 */
import { rangeAddress, type Rect } from "./address";
import { ExcelAdapterError } from "./errors";
import type { ProspectSource } from "./port";

/**
 * First-read probe: 1,500 rows × 20 columns covers most prospect lists whole, so they cost one sync; blank cells
 * cost ~13 bytes each, so a tiny sheet pays at most ~400 KB for it.
 */
export const PROBE_ROWS = 1500;
export const PROBE_COLUMNS = 20;
/** A re-read probes the list's last known rectangle plus this many rows (it may have grown), up to this many cells. */
export const REREAD_SLACK_ROWS = 200;
export const REREAD_SLACK_COLUMNS = 4;
export const REREAD_PROBE_CELLS = 150_000;

export interface Probe {
  rect: Rect;
  values: unknown[][];
  numberFormat: string[][];
}

export interface Located {
  source: ProspectSource;
  /** The probe's cells (values and number formats), or null when no probe was read. */
  probe: Probe | null;
  /** Syncs the locate pass used. */
  syncs: number;
  /** The list's worksheet, for reading on in the same Excel.run without another lookup. */
  sheet: Excel.Worksheet;
}

export const EMPTY_SHEET_MESSAGE =
  "This sheet has no data. Open the sheet with your prospect list (or click a cell in its table) and try again.";
export const GONE_MESSAGE =
  "The prospect list NextStep was following is gone. Click a cell in your list and try again.";

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

function probeAt(rowIndex: number, columnIndex: number, rowCount = PROBE_ROWS, columnCount = PROBE_COLUMNS): Rect {
  return {
    rowIndex,
    columnIndex,
    rowCount: Math.min(rowCount, SHEET_ROWS - rowIndex),
    columnCount: Math.min(columnCount, SHEET_COLUMNS - columnIndex),
  };
}

/** Where a re-read probes: the last known list, grown a little, when that is small enough to fetch speculatively. */
function rereadProbe(source: ProspectSource): Rect {
  const rows = source.rowCount + REREAD_SLACK_ROWS;
  // A few columns past the list too: they show where its content ends (see readSheet's listPart).
  const columns = source.columnCount + REREAD_SLACK_COLUMNS;
  if (rows * columns <= REREAD_PROBE_CELLS) {
    return probeAt(source.rowIndex, source.columnIndex, rows, columns);
  }
  const narrow = source.columnCount <= PROBE_COLUMNS;
  return probeAt(source.rowIndex, source.columnIndex, PROBE_ROWS, narrow ? columns : PROBE_COLUMNS);
}

function queueProbe(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  const range = sheet.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
  range.load("values,numberFormat");
  return range;
}

interface TableGeometry {
  name: string;
  rect: Rect;
}

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

function rectOf(range: Geometry): Rect {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.rowIndex &&
    row < rect.rowIndex + rect.rowCount &&
    column >= rect.columnIndex &&
    column < rect.columnIndex + rect.columnCount
  );
}

function toSource(
  sheet: Excel.Worksheet,
  kind: ProspectSource["kind"],
  rect: Rect,
  tableName?: string,
): ProspectSource {
  return {
    kind,
    sheetId: sheet.id,
    sheetName: sheet.name,
    ...(tableName !== undefined ? { tableName } : {}),
    address: rangeAddress(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount),
    ...rect,
  };
}

/** Queues loads of each table's header+body (without the totals row, which is not a prospect). */
function queueTableGeometry(tables: Excel.Table[]): { name: string; range: Excel.Range; totals: boolean }[] {
  return tables.map((table) => {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: table.name, range, totals: table.showTotals };
  });
}

function tableGeometry(queued: { name: string; range: Excel.Range; totals: boolean }[]): TableGeometry[] {
  return queued.map(({ name, range, totals }) => {
    const rect = rectOf(range);
    return { name, rect: totals && rect.rowCount > 1 ? { ...rect, rowCount: rect.rowCount - 1 } : rect };
  });
}

/** The list the rep most likely means, per the rule in the file comment. */
export async function locateProspects(context: Excel.RequestContext): Promise<Located> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("id,name");
  const active = context.workbook.getActiveCell();
  active.load("rowIndex,columnIndex");
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load("items/name,items/showTotals");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const probeRect = probeAt(0, 0);
  const probeRange = queueProbe(sheet, probeRect);
  await context.sync();

  const probe: Probe = { rect: probeRect, values: probeRange.values, numberFormat: probeRange.numberFormat };
  probeRange.untrack();
  let syncs = 1;

  if (tables.items.length > 0) {
    const queued = queueTableGeometry(tables.items);
    await context.sync();
    syncs++;
    const geometries = tableGeometry(queued);
    const holding = geometries.find((t) => contains(t.rect, active.rowIndex, active.columnIndex));
    const chosen = holding ?? (geometries.length === 1 ? geometries[0] : undefined);
    if (chosen) return { source: toSource(sheet, "table", chosen.rect, chosen.name), probe, syncs, sheet };
  }
  if (used.isNullObject) throw new ExcelAdapterError("noData", EMPTY_SHEET_MESSAGE);
  return { source: toSource(sheet, "usedRange", rectOf(used)), probe, syncs, sheet };
}

/** A known list's current rectangle, queued: a table by name, or the sheet's used range. */
type Lookup = { table: Excel.Table; range: Excel.Range } | { table: null; range: Excel.Range };

function queueLookup(sheet: Excel.Worksheet, tableName: string | undefined): Lookup {
  if (tableName) {
    const table = sheet.tables.getItemOrNullObject(tableName);
    table.load("showTotals");
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { table, range };
  }
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  return { table: null, range };
}

/** After the sync: the rectangle, or the sentence for a list that is gone or empty. */
function lookedUp(lookup: Lookup): Rect {
  const { table, range } = lookup;
  if (table !== null && table.isNullObject) throw new ExcelAdapterError("notFound", GONE_MESSAGE);
  if (range.isNullObject) throw new ExcelAdapterError("noData", EMPTY_SHEET_MESSAGE);
  const rect = rectOf(range);
  return table !== null && table.showTotals && rect.rowCount > 1 ? { ...rect, rowCount: rect.rowCount - 1 } : rect;
}

/** The same list again (after edits it may have grown or shrunk): the table by name, else the sheet's used range. */
export async function relocateProspects(context: Excel.RequestContext, source: ProspectSource): Promise<Located> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheetId);
  sheet.load("id,name");
  const tableName = source.kind === "table" ? source.tableName : undefined;
  const lookup = queueLookup(sheet, tableName);
  // Probe where the list was: if it has not moved, the reader sizes its chunks (or reads nothing more) from it.
  const probeRect = rereadProbe(source);
  const probeRange = queueProbe(sheet, probeRect);
  await context.sync();
  if (sheet.isNullObject) throw new ExcelAdapterError("notFound", GONE_MESSAGE);
  const rect = lookedUp(lookup);
  const probe: Probe = { rect: probeRect, values: probeRange.values, numberFormat: probeRange.numberFormat };
  probeRange.untrack();
  return {
    source: toSource(sheet, tableName ? "table" : "usedRange", rect, tableName),
    probe,
    syncs: 1,
    sheet,
  };
}
