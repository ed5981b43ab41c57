/**
 * "Convert N text dates to real dates", only when the rep asks: plan (pure, from the core's rows), apply (writes the
 * serial and a date format to exactly the planned cells, after checking each still holds the text the rep saw) and
 * undo (puts back the exact text and number format, skipping cells the rep has edited since). Cells are found by
 * prospect key through keyedWrites.ts, so a sort between conversion and undo moves nothing to the wrong row.
 */
import { serialToIso } from "../core";
import type { SheetReport } from "../core/types";
import { cellAddress } from "./address";
import { ExcelAdapterError } from "./errors";
import { rowKey, undoKeyedWrites, writeCellsByKey, type KeyedList, type KeyedWrite } from "./keyedWrites";
import type { SheetSnapshot, TextDateFix, UndoRecord, UndoResult } from "./port";

/** Used when the column has no real dates to copy a format from: unambiguous in every locale. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

export const STALE_MESSAGE =
  "Some of these cells changed since NextStep listed them. Refresh the list and review the conversion again.";

/** The format most real dates in the column already use, so converted cells look like their neighbours. */
function columnDateFormat(snapshot: SheetSnapshot, report: SheetReport, column: number): string {
  const start = snapshot.input.startRow ?? 1;
  const counts = new Map<string, number>();
  for (const row of report.rows) {
    if (row.dateKind !== "serial") continue;
    const format = snapshot.input.numberFormat?.[row.row - start]?.[column];
    if (typeof format === "string" && format !== "General" && format !== "@") {
      counts.set(format, (counts.get(format) ?? 0) + 1);
    }
  }
  let best = DEFAULT_DATE_FORMAT;
  let most = 0;
  for (const [format, n] of counts) if (n > most) [best, most] = [format, n];
  return best;
}

/** The cells a conversion would change: date cells the core read as text with a readable date. */
export function planTextDateFixes(snapshot: SheetSnapshot, report: SheetReport): TextDateFix[] {
  const column = report.header.columns.date;
  if (column === undefined) return [];
  const start = snapshot.input.startRow ?? 1;
  const format = columnDateFormat(snapshot, report, column);
  const sheetColumn = snapshot.source.columnIndex + column;
  const list = keyedListOf(snapshot, report);
  const fixes: TextDateFix[] = [];
  for (const row of report.rows) {
    if (row.dateKind !== "text" || row.textDateSerial === undefined || row.state === "closed") continue;
    const values = snapshot.input.values[row.row - start];
    const raw = values?.[column];
    const iso = serialToIso(row.textDateSerial, snapshot.date1904);
    if (typeof raw !== "string" || iso === undefined) continue;
    fixes.push({
      row: row.row,
      column: sheetColumn,
      address: cellAddress(sheetColumn, row.row),
      oldText: raw,
      newSerial: row.textDateSerial,
      newIso: iso,
      key: rowKey(values, list.keyColumns),
      list,
      // A text that carried a time ("30 Nov 2026 15:00") keeps showing it.
      newNumberFormat: Number.isInteger(row.textDateSerial) || /h/i.test(format) ? format : `${format} h:mm`,
    });
  }
  return fixes;
}

/** The list as keyedWrites finds it again: the key columns the core mapped, the header row it found. */
export function keyedListOf(snapshot: SheetSnapshot, report: SheetReport): KeyedList {
  const { prospect, contact, email } = report.header.columns;
  return {
    sheetId: snapshot.source.sheetId,
    ...(snapshot.source.kind === "table" && snapshot.source.tableName ? { tableName: snapshot.source.tableName } : {}),
    columnIndex: snapshot.source.columnIndex,
    headerRow: report.header.row,
    keyColumns: {
      ...(prospect !== undefined ? { prospect } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(email !== undefined ? { email } : {}),
    },
  };
}

/** Writes the serials + a date format to exactly the planned cells, found by prospect key (rows may have moved). */
export async function applyTextDateFixes(sheetId: string, fixes: TextDateFix[]): Promise<UndoRecord> {
  const list = fixes[0]?.list;
  if (!list) return { sheetId, record: { list: emptyList(sheetId), cells: [] }, skippedFormulas: [] };
  const column = (fix: TextDateFix) => fix.column - list.columnIndex;
  const writes: KeyedWrite[] = fixes.map((fix) => ({
    key: fix.key,
    column: column(fix),
    expected: fix.oldText,
    next: { value: fix.newSerial, numberFormat: fix.newNumberFormat },
  }));
  const { record, refused } = await writeCellsByKey(list, writes, { allOrNothing: true });
  if (refused.some((cell) => cell.reason !== "formula")) throw new ExcelAdapterError("staleFixes", STALE_MESSAGE);
  const formulaKeys = new Set(refused.map((cell) => `${cell.key}|${cell.column}`));
  const skippedFormulas = fixes.filter((f) => formulaKeys.has(`${f.key}|${column(f)}`)).map((f) => f.address);
  return { sheetId, record, skippedFormulas };
}

function emptyList(sheetId: string): KeyedList {
  return { sheetId, columnIndex: 0, headerRow: 1, keyColumns: {} };
}

/**
 * Restores exactly the converted cells, wherever a sort moved them; a cell the rep changed since, or one NextStep
 * cannot tell from another row of the same prospect, is left as it is and counted.
 */
export async function undoTextDateFixes(undo: UndoRecord): Promise<UndoResult> {
  const { restored, left } = await undoKeyedWrites(undo.record);
  const changed = left.filter((cell) => cell.reason === "changed").length;
  const unsure = left.length - changed;
  return { restored, skipped: changed, unsure };
}
