/**
 * The narrow interface the pane uses to reach Excel. The real implementation is `createWorkbookPort()` in ./index.ts
 * (Office.js, or the in-memory Excel when its globals are installed); the pane never imports anything else from
 * src/excel. All async methods reject only with `ExcelAdapterError` (its `userMessage` is ready to show).
 */
import type { DateOrder, Role, SheetInput, SheetReport } from "../core/types";
import type { KeyedList, KeyedWriteRecord } from "./keyedWrites";
import type { SheetGlance } from "./otherSheets";

export { ExcelAdapterError } from "./errors";
export { undoSentence } from "./undoSentence";
export type { ExcelAdapterErrorCode } from "./errors";
export type { SheetGlance } from "./otherSheets";

/** Where the prospect list lives. Addresses are A1 without the sheet name, e.g. "A3:L1002". */
export interface ProspectSource {
  kind: "table" | "usedRange";
  /** Worksheet.id: survives renames. */
  sheetId: string;
  sheetName: string;
  /** Set when kind is "table". */
  tableName?: string;
  /** The data read, header (and any title rows above it in a used range) included. */
  address: string;
  /** 0-based sheet row / column of the address's top-left cell (sheet row number = rowIndex + 1). */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface SheetSnapshot {
  source: ProspectSource;
  /** Feed to the core's analyzeSheet; `startRow` is set so the report's row numbers are sheet row numbers. */
  input: SheetInput;
  /** The rep's setting, else false (no production API tells the workbook's date system). */
  date1904: boolean;
  /**
   * Always false today: Workbook.use1904DateSystem is preview-only, so the workbook's own setting cannot be read and
   * the settings page offers the override. Kept so the pane need not change when the API ships in a numbered set.
   */
  date1904Detected: boolean;
  /** Round trips the read cost (checked by tests and the bench). */
  readSyncs: number;
  /**
   * List columns (0-based) whose number formats were read, where they hold numbers (the date and time columns and
   * their kin, see core numberFormatColumns); absent when every column's were. Elsewhere numberFormat has holes.
   */
  formatColumns?: number[];
  /**
   * Set when the sheet's used range was too large to read and only the list's part of it was read (a stray value far
   * below or to the right): the used range's full size.
   */
  beyond?: { rowCount: number; columnCount: number };
}

/** Saved with the file (Office document settings): shared with co-authors, so never anything personal. */
export interface WorkbookSettings {
  /** The column mapping the rep chose (0-based column index within the source). */
  columns?: Partial<Record<Role, number>>;
  /** Which list the mapping applies to: `sourceKey(source)`. */
  sourceKey?: string;
  highlightOn?: boolean;
  /** Rep's override where the workbook's date system cannot be detected. */
  date1904?: boolean;
}

/** Per-user, per-machine preferences (localStorage, partitioned). */
export interface UserPreferences {
  /** "HH:mm" used for reminders when a row has no time. */
  defaultFollowUpTime: string;
  reminderMinutes: number;
  dueSoonDays: number;
  dateOrder: DateOrder;
  /** Status words that close a prospect; lower-case, trimmed. */
  closedStatuses: string[];
  /** Light tint for rows due in the next `dueSoonDays` days. */
  highlightDueSoon: boolean;
  /** A second reminder the day before at 17:00 (one reminder is easy to dismiss); off by default. */
  remindDayBefore: boolean;
}

/** What the highlighter needs beyond the report. */
export interface HighlightPrefs {
  closedStatuses: readonly string[];
  dueSoonDays: number;
  highlightDueSoon: boolean;
}

export interface HighlightResult {
  /** Rules the add-in now owns on the sheet. */
  rules: number;
  /** Own rules removed first (a re-highlight replaces, never stacks). */
  replaced: number;
  /** The sheet already held exactly these rules: nothing was written (no undo record, no change event). */
  unchanged: boolean;
}

/** One text cell that looks like a date and what it would become. */
export interface TextDateFix {
  /** Sheet row number (1-based) and 0-based sheet column index. */
  row: number;
  column: number;
  /** A1 address without the sheet, e.g. "F12". */
  address: string;
  oldText: string;
  newSerial: number;
  /** "YYYY-MM-DD", for the confirmation list. */
  newIso: string;
  /** The date format the cell gets: the one most real dates in the column use, else "yyyy-mm-dd". */
  newNumberFormat: string;
  /** Who the row is about (core identityKey): the cell is found by it, wherever a sort moves the row. */
  key: string;
  /** The list, as keyedWrites finds it again. */
  list: KeyedList;
}

/** Exactly what a conversion overwrote, by prospect key, to put it back. Plain data: the pane may keep it in state. */
export interface UndoRecord {
  sheetId: string;
  record: KeyedWriteRecord;
  /** Listed cells left alone because a formula produces their text (converting would destroy the formula). */
  skippedFormulas: string[];
}

/** What an undo did: restored cells, cells the rep changed since (left), cells it could not be sure of (left). */
export interface UndoResult {
  restored: number;
  skipped: number;
  unsure: number;
}

export type RequirementCheck = { ok: true } | { ok: false; message: string };

export interface WorkbookPort {
  /**
   * Finds the prospect list (table holding the selection, else the only table, else the used range) and reads it; with
   * `onSheet` (a worksheet id), the list on that sheet (its only table, else its used range).
   */
  read(onSheet?: string): Promise<SheetSnapshot>;
  /** The other visible worksheets' top rows (values), in tab order: where to look when the rep's sheet holds no list. */
  glanceAtOtherSheets(exceptSheetId?: string): Promise<SheetGlance[]>;
  /**
   * Re-reads a known source (after an edit): same list even if the selection moved. `formatColumns` (0-based list
   * columns whose number formats matter: the date column the last analysis found) keeps the read to values elsewhere.
   */
  reread(source: ProspectSource, formatColumns?: readonly number[]): Promise<SheetSnapshot>;
  /** Replaces the add-in's own conditional formats on the source's data body; never touches the rep's. */
  highlight(source: ProspectSource, report: SheetReport, prefs: HighlightPrefs): Promise<HighlightResult>;
  /** Removes exactly the add-in's own rules (on the source's sheet, or on every sheet when omitted). */
  clearHighlights(source?: ProspectSource): Promise<number>;
  /** Activates the sheet and selects the row's problem cell (role given, else date/next-step by problem). */
  select(source: ProspectSource, report: SheetReport, row: number, role?: Role): Promise<void>;
  /**
   * Calls onChange (debounced, trailing) after edits on the watched sheet/table, ignoring the add-in's own writes,
   * and onActivated when the rep switches sheets (the pane then calls read()). Resolves to an unsubscribe.
   */
  watch(source: ProspectSource, handlers: WatchHandlers): Promise<() => Promise<void>>;
  /** Pure: the cells a conversion would change, from the core's rows with dateKind "text". */
  planTextDateFixes(snapshot: SheetSnapshot, report: SheetReport): TextDateFix[];
  /** Writes the serials + a date format to exactly those cells; rejects with "staleFixes" if a cell changed. */
  applyTextDateFixes(source: ProspectSource, fixes: TextDateFix[]): Promise<UndoRecord>;
  /**
   * Restores exactly the converted cells wherever a sort moved them; cells the rep edited since, or that cannot be told
   * from another row of the same prospect, are left and counted.
   */
  undoTextDateFixes(undo: UndoRecord): Promise<UndoResult>;
  loadWorkbookSettings(): WorkbookSettings;
  saveWorkbookSettings(settings: WorkbookSettings): Promise<void>;
  /** A co-author saved other settings (Excel on the web): calls onChange with them. Resolves to an unsubscribe. */
  watchWorkbookSettings?(onChange: (settings: WorkbookSettings) => void): Promise<() => void>;
  loadPreferences(): UserPreferences;
  savePreferences(prefs: UserPreferences): void;
  /** Call before anything else; on failure show `message` instead of the pane. */
  checkRequirements(): RequirementCheck;
}

export interface WatchHandlers {
  onChange(): void;
  /** Called at once on every change the debounce will report: the snapshot is stale until the next read. */
  onStale?(): void;
  onActivated?(sheetId: string): void;
  /** Trailing debounce for onChange; default 400 ms. */
  debounceMs?: number;
}

/**
 * The list columns (0-based, the date column first) whose number formats a re-read after an edit loads: the date
 * column, and of its kin the last read picked (time, last contact, touches: "Done…" copies their formats; the time
 * column when it read every column's) those that held a number then, as the first read loads them. Undefined
 * without a date column: the re-read picks them itself.
 */
export function rereadFormatColumns(
  snapshot: Pick<SheetSnapshot, "formatColumns" | "input">,
  columns: { date?: number; time?: number },
): number[] | undefined {
  const { date, time } = columns;
  if (date === undefined) return undefined;
  const kin = snapshot.formatColumns ?? (time === undefined ? [] : [time]);
  const holdsNumber = (column: number) => snapshot.input.values.some((row) => typeof row[column] === "number");
  return [date, ...kin.filter((column) => column !== date && holdsNumber(column))];
}

/** Stable key of a source for WorkbookSettings.sourceKey: table name, else sheet id. */
export function sourceKey(source: Pick<ProspectSource, "kind" | "sheetId" | "tableName">): string {
  return source.kind === "table" && source.tableName ? `table:${source.tableName}` : `sheet:${source.sheetId}`;
}
