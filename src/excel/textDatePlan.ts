/**
 * Planning "Convert N text dates to real dates": pure, from the core's rows, run after every analysis so the pane can
 * offer the conversion. Writing and undoing it (textDates.ts) load only when the rep asks.
 */
import { serialToIso } from "../core";
import type { SheetReport } from "../core/types";
import { cellAddress } from "./address";
import { rowKey, type KeyedList } from "./keyedList";
import type { SheetSnapshot, TextDateFix } from "./port";

/** Used when the column has no real dates to copy a format from: unambiguous in every locale. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

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
