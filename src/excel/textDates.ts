/**
 * "Convert N text dates to real dates", only when the rep asks (the plan is textDatePlan.ts): apply (writes the
 * serial and a date format to exactly the planned cells, after checking each still holds the text the rep saw) and
 * undo (puts back the exact text and number format, skipping cells the rep has edited since). Cells are found by
 * prospect key through keyedWrites.ts, so a sort between conversion and undo moves nothing to the wrong row.
 */
import { ExcelAdapterError } from "./errors";
import { undoKeyedWrites, writeCellsByKey, type KeyedList, type KeyedWrite } from "./keyedWrites";
import type { TextDateFix, UndoRecord, UndoResult } from "./port";

export { DEFAULT_DATE_FORMAT, keyedListOf, planTextDateFixes } from "./textDatePlan";

export const STALE_MESSAGE =
  "Some of these cells changed since NextStep listed them. Refresh the list and review the conversion again.";

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
