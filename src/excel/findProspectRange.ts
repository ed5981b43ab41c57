/**
 * Finds the prospect list on the active sheet: the table holding the active cell, else the only table, else the
 * sheet's used range (values only, so a formatted-but-empty column does not widen it). One sync for a sheet without
 * tables, two with tables (their ranges are only known once the table list is back). The first sync also reads a
 * probe (probe.ts: the values of A1:T1500's used part, or of where the list was on a re-read) so the reader can size
 * its chunks and pick the columns whose number formats matter, or read no more values when the list fits in it.
 */
import { rangeAddress, type Rect } from "./address";
import { ExcelAdapterError, hasErrorCode } from "./errors";
import { hashText } from "./formatHint";
import { queueCells, takeCells } from "./cellReads";
import type { ProspectSource } from "./port";
import {
  probeAt,
  queueProbe,
  queueHintFormats,
  queueProbeFormats,
  rectOf,
  rereadProbe,
  takeProbe,
  PROBE_ROWS,
  type Probe,
} from "./probe";

export interface Located {
  source: ProspectSource;
  /** The probe's cells, or null when no probe was read. */
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

interface TableGeometry {
  name: string;
  rect: Rect;
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

/** A format hint for the first read: the columns to load with the probe, for the sheet (hashText of its name). */
export interface ProbeHint {
  sheet: string;
  columns: readonly number[];
}

/** What the locate pass can ask Excel about where the rep is; or the sheet to read, found by the pane elsewhere. */
type Focus = "activeCell" | "activeSheet" | "none" | { sheetId: string };

/**
 * One locate attempt. With `activeCell`, the table holding the active cell wins; with only the active sheet, its only
 * table, else its used range; with neither (a chart sheet is active), the workbook's only table, else the first
 * worksheet's used range. On a given sheet: its only table, else its used range.
 */
async function locateFrom(
  context: Excel.RequestContext,
  focus: Focus,
  probeRows: number,
  hint: ProbeHint | undefined,
): Promise<Located> {
  const worksheets = context.workbook.worksheets;
  const sheet =
    typeof focus === "object"
      ? worksheets.getItem(focus.sheetId)
      : focus === "none"
        ? worksheets.getFirst()
        : worksheets.getActiveWorksheet();
  sheet.load("id,name");
  const active = focus === "activeCell" ? context.workbook.getActiveCell() : null;
  active?.load("rowIndex,columnIndex");
  const tables = focus === "none" ? context.workbook.tables : sheet.tables;
  tables.load("items/name,items/showTotals");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const probeBounds = probeAt(0, 0, probeRows);
  const probeRange = probeRows > 0 ? queueProbe(sheet, probeBounds) : null;
  // The hint's columns ride in this sync: the sheet is known only after it, so they are loaded on the sheet the probe
  // reads and kept only if it is the hint's own.
  const takeHinted = probeRange && hint?.columns.length ? queueHintFormats(sheet, probeBounds, hint.columns) : null;
  await context.sync();

  let probe: Probe | null = probeRange ? takeProbe(probeBounds, probeRange) : null;
  if (probe && takeHinted) {
    takeHinted(probe);
    if (hint?.sheet !== hashText(sheet.name)) delete probe.hinted;
  }
  let syncs = 1;
  if (tables.items.length > 0) {
    const queued = queueTableGeometry(tables.items);
    const owners = focus === "none" ? tables.items.map((t) => t.worksheet.load("id,name")) : [];
    const takeProbeFormats = probe ? queueProbeFormats(sheet, probe) : () => undefined;
    await context.sync();
    takeProbeFormats();
    syncs++;
    const geometries = tableGeometry(queued);
    const holding = active ? geometries.findIndex((t) => contains(t.rect, active.rowIndex, active.columnIndex)) : -1;
    const index = holding >= 0 ? holding : geometries.length === 1 ? 0 : -1;
    if (index >= 0) {
      const chosen = geometries[index];
      const owner = owners[index] ?? sheet;
      // The probe was read from the first sheet; a table elsewhere is read afresh.
      if (owner !== sheet && owner.id !== sheet.id) probe = null;
      return { source: toSource(owner, "table", chosen.rect, chosen.name), probe, syncs, sheet: owner };
    }
  }
  if (used.isNullObject) throw new ExcelAdapterError("noData", EMPTY_SHEET_MESSAGE);
  return { source: toSource(sheet, "usedRange", rectOf(used)), probe, syncs, sheet };
}

const PAYLOAD_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

/** The next, smaller probe after a payload failure (a probe over 5 MB of long notes); 0 means none at all. */
export function smallerProbe(rows: number): number {
  return rows > 1 ? Math.floor(rows / 2) : 0;
}

/**
 * The list the rep most likely means, per the rule in the file comment. getActiveCell() throws when the workbook is
 * not focused (office-js 5319) and getActiveWorksheet() while a chart sheet is active (2444); either would fail the
 * whole batch, so the pass is tried again without the active cell, then without the active sheet. A probe whose
 * response passes 5 MB (long notes) is halved and tried again, down to no probe, like the chunked reads.
 */
export async function locateProspects(
  context: Excel.RequestContext,
  hint?: ProbeHint,
  onSheet?: string,
): Promise<Located> {
  const foci: Focus[] = onSheet === undefined ? ["activeCell", "activeSheet", "none"] : [{ sheetId: onSheet }];
  let failedSyncs = 0;
  let probeRows = PROBE_ROWS;
  for (let i = 0; ;) {
    try {
      const located = await locateFrom(context, foci[i], probeRows, hint);
      return { ...located, syncs: located.syncs + failedSyncs };
    } catch (error) {
      if (error instanceof ExcelAdapterError || hasErrorCode(error, "InvalidOperationInCellEditMode")) throw error;
      failedSyncs++;
      if (hasErrorCode(error, ...PAYLOAD_CODES)) {
        if (probeRows === 0) throw error;
        probeRows = smallerProbe(probeRows);
      } else if (++i === foci.length) {
        throw error;
      }
    }
  }
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

/**
 * The same list again (after edits it may have grown or shrunk): the table by name, else the sheet's used range. The
 * probe loads the number formats of `formatColumns` (absolute) with the values; none when not given.
 */
export async function relocateProspects(
  context: Excel.RequestContext,
  source: ProspectSource,
  formatColumns: readonly number[] = [],
): Promise<Located> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheetId);
  sheet.load("id,name");
  const tableName = source.kind === "table" ? source.tableName : undefined;
  let lookup = queueLookup(sheet, tableName);
  // Probe where the list was: if it has not moved, the reader sizes its chunks (or reads nothing more) from it.
  // A probe over the payload limit (long notes) is halved and tried again, down to none.
  let probeRect: Rect | null = rereadProbe(source);
  for (let syncs = 1; ; syncs++) {
    const queued = probeRect ? queueCells(sheet, probeRect, formatColumns) : null;
    try {
      // Retried only after a payload failure, each time with half the probe.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!probeRect || !hasErrorCode(error, ...PAYLOAD_CODES)) throw error;
      const rows = smallerProbe(probeRect.rowCount);
      probeRect = rows > 0 ? { ...probeRect, rowCount: rows } : null;
      sheet.load("id,name");
      lookup = queueLookup(sheet, tableName);
      continue;
    }
    if (sheet.isNullObject) throw new ExcelAdapterError("notFound", GONE_MESSAGE);
    const rect = lookedUp(lookup);
    const taken = queued ? takeCells(queued) : null;
    const probe: Probe | null =
      probeRect && taken
        ? { bounds: probeRect, rect: probeRect, values: taken.values, numberFormat: taken.numberFormat, formatColumns }
        : null;
    return { source: toSource(sheet, tableName ? "table" : "usedRange", rect, tableName), probe, syncs, sheet };
  }
}
