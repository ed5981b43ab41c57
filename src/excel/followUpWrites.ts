/**
 * The follow-up loop's cell writes, only after the rep clicks: "Done…" (next step, date, time, touches, last contact of
 * one row), "Use Mon 7 Dec 10:00", and bulk date moves. They go through keyedWrites.ts, as the text-date conversion
 * does: every row is found again by its prospect key at write time (the sheet may have been sorted since the pane
 * read it), the whole write is refused when a cell no longer holds what the pane read, and undo restores value and
 * number format only where the cell still holds what was written, wherever a sort moved it. Each write is one
 * Excel.run: one reading sync, one writing sync (one undo record in Excel; a list over 5 MB of writes is split), and
 * the sync that turns events back on.
 */
import type { RowChanges } from "../core/followup/rowChanges";
import type { HeaderReport } from "../core/types";
import { ExcelAdapterError } from "./errors";
import {
  undoKeyedWrites,
  writeCellsByKey,
  type KeyedList,
  type KeyedWrite,
  type KeyedWriteRecord,
  type LeftCell,
} from "./keyedWrites";
import type { ProspectSource } from "./port";

export const CHANGED_MESSAGE =
  "This row changed in Excel since NextStep read it (or is gone), so nothing was written. NextStep has re-read the sheet: check the row and try again.";

export type FollowUpUndo = KeyedWriteRecord;

export interface WriteResult {
  undo: FollowUpUndo;
  /** Cells left alone because a formula produces them (writing would destroy it). */
  formulas: LeftCell[];
}

/** The list as keyedWrites finds it again: where it is, its header row, and the columns that make a prospect key. */
export function followUpList(source: ProspectSource, header: HeaderReport): KeyedList {
  const { prospect, contact, email } = header.columns;
  return {
    sheetId: source.sheetId,
    ...(source.kind === "table" && source.tableName ? { tableName: source.tableName } : {}),
    columnIndex: source.columnIndex,
    headerRow: header.row,
    keyColumns: {
      ...(prospect !== undefined ? { prospect } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(email !== undefined ? { email } : {}),
    },
  };
}

/** keyedWrites tells rows of the same prospect apart by content, so the core's "#2" suffix is not part of the key. */
const identityOf = (key: string): string => key.replace(/#\d+$/, "");

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * Writes the planned cells of every row in one writing sync; rejects with "staleFixes" (the pane re-reads) when any
 * cell changed since it was read or its row is gone, and writes nothing then. Cells already holding what would be
 * written are left out: writing nothing is the right answer when nothing changes.
 */
export async function writeRowChanges(list: KeyedList, changes: readonly RowChanges[]): Promise<WriteResult> {
  const writes: KeyedWrite[] = [];
  for (const change of changes) {
    for (const cell of change.cells) {
      if (!isScalar(cell.expected)) continue;
      const numberFormat = cell.numberFormat ?? cell.formatNow;
      if (cell.expected === cell.value && numberFormat === cell.formatNow) continue;
      writes.push({
        key: identityOf(change.key),
        column: cell.column,
        expected: cell.expected,
        // A format the read did not load is the cell's own: kept as Excel holds it at write time, never "General".
        ...(numberFormat === undefined
          ? { next: { value: cell.value, numberFormat: "General" }, keepFormat: true }
          : { next: { value: cell.value, numberFormat } }),
      });
    }
  }
  if (writes.length === 0) return { undo: { list, cells: [] }, formulas: [] };
  const { record, refused } = await writeCellsByKey(list, writes, { allOrNothing: true });
  if (refused.some((cell) => cell.reason !== "formula")) throw new ExcelAdapterError("staleFixes", CHANGED_MESSAGE);
  return { undo: record, formulas: refused };
}

/** Puts back what a follow-up write changed, wherever a sort moved it; cells changed since are left and counted. */
export async function undoRowChanges(undo: FollowUpUndo): Promise<{ restored: number; skipped: number }> {
  const { restored, left } = await undoKeyedWrites(undo);
  return { restored, skipped: left.length };
}
