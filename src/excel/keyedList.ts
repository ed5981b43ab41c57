/**
 * Which list a keyed write means and how a row's key is made: small and pure, so the pane can plan writes (and find a
 * row again) without loading the write path itself, which loads when the rep asks for a write.
 */
import { cellText } from "../core/cellText";
import { identityKey } from "../core/prospectKey";

/** Which columns (0-based within the list) tell a row's prospect. */
export interface KeyColumns {
  prospect?: number;
  contact?: number;
  email?: number;
}

/** Where the list is: found again at every write or undo (it may have grown, shrunk or been sorted). */
export interface KeyedList {
  sheetId: string;
  /** The table holding the list; without it, the sheet's used range. */
  tableName?: string;
  /** 0-based sheet column of the list's first column. */
  columnIndex: number;
  /** Sheet row number (1-based) of the header row: data rows are below it. */
  headerRow: number;
  keyColumns: KeyColumns;
}

/** identityKey of a row's cells, as the core computes it. */
export function rowKey(row: readonly unknown[], columns: KeyColumns): string {
  const text = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
  return identityKey(text(columns.prospect), text(columns.contact), text(columns.email));
}
