/**
 * The follow-up loop's narrow way into Excel, loaded only when the rep opens the loop: row writes, their undo, and
 * the Touches column. Every failure comes out as an ExcelAdapterError with a sentence for the rep.
 */
import type { RowChanges } from "../core/followup/rowChanges";
import { addTouchesColumn, undoTouchesColumn, type AddedColumn } from "./addTouchesColumn";
import { toAdapterError } from "./errors";
import { undoRowChanges, writeRowChanges, type FollowUpUndo, type WriteResult } from "./followUpWrites";
import type { KeyedList } from "./keyedWrites";
import type { ProspectSource } from "./port";

export type { AddedColumn, FollowUpUndo, KeyedList, WriteResult };
export { followUpList } from "./followUpWrites";

export interface FollowUpPort {
  write(list: KeyedList, changes: readonly RowChanges[]): Promise<WriteResult>;
  undo(undo: FollowUpUndo): Promise<{ restored: number; skipped: number }>;
  addTouchesColumn(source: ProspectSource, headerRow: number): Promise<AddedColumn>;
  undoTouchesColumn(added: AddedColumn): Promise<boolean>;
}

async function guarded<T>(doing: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toAdapterError(error, doing);
  }
}

export function createFollowUpPort(): FollowUpPort {
  return {
    write: (list, changes) => guarded("write the follow-up", () => writeRowChanges(list, changes)),
    undo: (undo) => guarded("undo the follow-up change", () => undoRowChanges(undo)),
    addTouchesColumn: (source, headerRow) =>
      guarded("add the Touches column", () => addTouchesColumn(source, headerRow)),
    undoTouchesColumn: (added) => guarded("remove the Touches column", () => undoTouchesColumn(added)),
  };
}
