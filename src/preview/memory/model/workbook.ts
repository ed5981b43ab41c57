/** The in-memory workbook: sheets, tables, rules, selection, clock, settings and counters, plus helpers for tests. */
import { formatAddress, parseAddress, type Rect } from "../addresses";
import { evaluateFormula } from "../formula/evaluate";
import { MemoryCounters } from "./counters";
import { isoToSerial } from "./dates";
import { EventHub, type EventKind } from "./events";
import { emitChanges } from "./changeEvents";
import type { SortFieldInput } from "./sortRows";
import { userActivate, userDeleteSheet, userEdit, userSelect, userSort } from "./userActions";
import { normalizeColor } from "./colors";
import { normalizeFormula } from "../formula/normalize";
import { highlightedCells, highlightedRows } from "../highlight";
import { snapshotRules, snapshotSheet, type RuleSnapshot, type SheetSnapshot } from "./snapshot";
import { MemorySheet, type Visibility } from "./sheet";
import { loadRows } from "./loadSheet";
import type { CellData, CellValue, ConditionalFormatTypeName, RuleModel, TableModel } from "./types";
import { writeEach, writeNumberFormat, writeValues, type ChangeRecord } from "./writes";

export interface MemoryWorkbookOptions {
  /** "YYYY-MM-DD" for TODAY(); default "2026-11-25". */
  today?: string;
  /** Office.context.displayLanguage; default "en-US". */
  displayLanguage?: string;
  /** Requirement sets the host claims, name → highest version ("1.12", "BETA"); default ExcelApi 1.12. */
  requirementSets?: Record<string, string>;
  /** Document settings already saved with the file. */
  settings?: Record<string, unknown>;
  /** Workbook.use1904DateSystem (readable only where the host supports it). */
  use1904DateSystem?: boolean;
  /** Office.context.partitionKey; undefined by default. */
  partitionKey?: string;
  /**
   * Office.context.document.url; null by default: "Returns null if the URL is unavailable" (@types/office-js
   * Office.Document.url), as for a new unsaved workbook, and empty for guests in Excel on the web (office-js 3204).
   */
  documentUrl?: string | null;
  /**
   * Office.context.platform; default "OfficeOnline". "Mac"/"iOS" model WKWebView, where downloads do nothing; "PC"
   * turns on Excel-on-Windows behaviour (office-js 5222).
   */
  platform?: string;
  /**
   * The rep's regional format setting; default "en-US". Any other on "OfficeOnline" turns on Excel on the web's
   * locale read-back of date formats (office-js 2824, 1553; see regional.ts).
   */
  regionalFormat?: string;
}

export interface RuleInput {
  type?: ConditionalFormatTypeName;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface FormatInput {
  numberFormat?: string;
  fill?: string | null;
  fontColor?: string | null;
  bold?: boolean;
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly tables: TableModel[] = [];
  readonly counters = new MemoryCounters();
  readonly events = new EventHub();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  today: string;
  displayLanguage: string;
  requirementSets: Record<string, string>;
  /** The user is typing in a cell: every sync with requests fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  /** Settings as saved with the file (after saveAsync). */
  savedSettings: Record<string, unknown>;
  use1904DateSystem: boolean;
  partitionKey: string | undefined;
  /** Office.context.document.url (null: unavailable). */
  documentUrl: string | null;
  /**
   * Office.context.platform ("OfficeOnline", "PC", "Mac", "iOS"). "PC" models Excel on Windows where it differs:
   * deleting a conditional format fetched through the whole sheet's collection throws ItemNotFound when a cell
   * carries two rules (office-js issue 5222, open).
   */
  platform: string;
  /** Regional format setting; on "OfficeOnline" a non-US one changes how date formats read back (regional.ts). */
  regionalFormat: string;
  /** Blob/anchor downloads the Mac/iPad WebView swallowed (office-js 2700, 3385, 4681, 3662). */
  blockedDownloads = 0;
  /** URLs the pane handed to Office.context.ui.openBrowserWindow. */
  readonly openedUrls: string[] = [];
  /** When set, Office settings.saveAsync fails with this message (to test the pane's error path). */
  failSettingsSave: string | null = null;
  /** context.runtime.enableEvents: false silences every event, the rep's edits included. */
  eventsEnabled = true;
  /**
   * False while the workbook is not focused: getActiveCell() then fails with "The current selection is invalid for
   * this operation" (office-js issue 5319, open, desktop and web).
   */
  focused = true;
  /**
   * A chart sheet is the active sheet: getActiveWorksheet() fails (office-js issue 2444; the thread shows a
   * RichApi.Error without naming its code, so GeneralException here).
   */
  chartSheetActive = false;
  /**
   * Events this host refuses to register: Excel 2019 desktop (16.0.10356) answered WorksheetCollection.onActivated.add
   * with AccessDenied "You cannot perform the requested operation." while onAdded and onDeactivated worked (office-js
   * 1103; 421 reported the same on Office 365 in 2019). The batch stops there: what was queued before it is done.
   */
  readonly deniedEvents = new Set<EventKind>();
  /** A sheet the rep deletes while the add-in's next sync is in flight (userDeleteSheet, office-js 6964). */
  sheetDeletedMidSync: string | null = null;
  /** Office settings.addHandlerAsync("settingsChanged") handlers. */
  readonly settingsHandlers = new Set<(args: unknown) => void>();
  /** Who made each undo record, oldest first: Ctrl+Z undoes the last one ("user" edits and sorts, "addin" syncs). */
  readonly undoStack: ("user" | "addin")[] = [];
  /** Goes up whenever anything may have changed (a sync, a user action, a fixture edit, the clock). */
  revision = 0;
  private nextId = 1;
  private readonly changeListeners = new Set<() => void>();

  constructor(options: MemoryWorkbookOptions = {}) {
    this.today = options.today ?? "2026-11-25";
    this.setToday(this.today);
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.requirementSets = options.requirementSets ?? { ExcelApi: "1.12" };
    this.savedSettings = JSON.parse(JSON.stringify(options.settings ?? {}));
    this.use1904DateSystem = options.use1904DateSystem ?? false;
    this.partitionKey = options.partitionKey;
    this.documentUrl = options.documentUrl ?? null;
    this.platform = options.platform ?? "OfficeOnline";
    this.regionalFormat = options.regionalFormat ?? "en-US";
  }

  /** Records an undo entry; with mergeUndoGroup, only the run's first writing sync makes one. */
  recordUndo(by: "user" | "addin", group: { merged: boolean } | null = null): void {
    if (by === "addin") {
      if (group?.merged) return;
      if (group) group.merged = true;
      this.counters.undoRecords++;
    }
    this.undoStack.push(by);
  }

  /** Calls listener after every change (for the preview grid); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Records a change and tells the listeners (their errors are ignored). */
  touch(): void {
    this.revision++;
    for (const listener of this.changeListeners) {
      try {
        listener();
      } catch {
        // a listener's bug must not break the workbook
      }
    }
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(4, "0")}}`;
  }

  newRuleUid(): number {
    return this.nextId++;
  }

  /** Adds a sheet (the first one becomes active) and writes rows from A1 like setCells. */
  addSheet(name: string, rows?: unknown[][]): MemorySheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`Sheet ${name} exists`);
    const sheet = new MemorySheet(this.newId("sheet"), name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    if (rows && rows.length > 0) {
      const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
      const padded = rows.map((r) => [...r, ...Array(width - r.length).fill(null)]);
      writeValues(sheet, { row: 0, column: 0, rowCount: rows.length, columnCount: width }, padded, "addSheet", false);
    }
    this.touch();
    return sheet;
  }

  /** Adds a sheet read from a file (see loadSheet.ts): typed cells taken as they are, with its visibility. */
  addLoadedSheet(
    name: string,
    rows: ReadonlyArray<Array<CellData | undefined> | undefined>,
    visibility: Visibility = "Visible",
  ): MemorySheet {
    const sheet = this.addSheet(name);
    loadRows(sheet, rows);
    sheet.visibility = visibility;
    this.touch();
    return sheet;
  }

  sheet(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  sheetById(id: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): MemorySheet {
    const sheet = this.activeSheetId === null ? undefined : this.sheetById(this.activeSheetId);
    if (!sheet) throw new Error("The workbook has no sheet");
    return sheet;
  }

  rect(address: string): Rect {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Bad address ${address}`);
    return parsed.rect;
  }

  /** Fixture write: no events, no counters. "=A1+1" is a formula, "12" a number; date-looking text stays text. */
  setCells(sheetName: string, address: string, values: unknown[][]): void {
    writeValues(this.sheet(sheetName), this.rect(address), values, "setCells", false);
    this.touch();
  }

  /** Fixture formatting of every cell in address. */
  setFormat(sheetName: string, address: string, format: FormatInput): void {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(address);
    if (format.numberFormat !== undefined) writeNumberFormat(sheet, rect, format.numberFormat, "setFormat");
    writeEach(sheet, rect, (cell) => {
      if (format.fill !== undefined) cell.fill = format.fill === null ? null : normalizeColor(format.fill, "setFormat");
      if (format.fontColor !== undefined)
        cell.fontColor = format.fontColor === null ? null : normalizeColor(format.fontColor, "setFormat");
      if (format.bold !== undefined) cell.bold = format.bold;
    });
    this.touch();
  }

  /** Adds an Excel table (ListObject) whose first row is the header. */
  addTable(sheetName: string, address: string, name?: string): TableModel {
    const sheet = this.sheet(sheetName);
    const rect = this.rect(address);
    if (rect.rowCount < 2) throw new Error("A table needs a header row and at least one data row");
    const table: TableModel = {
      id: String(this.tables.length + 1),
      name: name ?? `Table${this.tables.length + 1}`,
      sheetId: sheet.id,
      rect,
    };
    this.tables.push(table);
    this.touch();
    return table;
  }

  /** Adds a rule at the top priority, like Excel; several addresses make a multi-area rule. */
  addConditionalFormat(sheetName: string, addresses: string | string[], rule: RuleInput): RuleModel {
    const areas = (Array.isArray(addresses) ? addresses : [addresses]).map((a) => this.rect(a));
    const model: RuleModel = {
      uid: this.newRuleUid(),
      type: rule.type ?? "Custom",
      areas,
      origin: { row: areas[0].row, column: areas[0].column },
      formula: rule.formula === undefined ? null : normalizeFormula(rule.formula),
      fill: rule.fill === undefined ? null : normalizeColor(rule.fill, "addConditionalFormat"),
      fontColor: rule.fontColor === undefined ? null : normalizeColor(rule.fontColor, "addConditionalFormat"),
      bold: rule.bold ?? null,
      stopIfTrue: rule.stopIfTrue ?? false,
    };
    this.sheet(sheetName).rules.unshift(model);
    this.touch();
    return model;
  }

  /**
   * A co-author's copy of the add-in saves document settings: the file changes; on Excel on the web (the only host
   * that fires it, Office.Settings docs) settingsChanged reaches this add-in's handlers on a later task.
   */
  coauthorSavesSettings(settings: Record<string, unknown>): void {
    this.savedSettings = JSON.parse(JSON.stringify(settings));
    if (this.platform !== "OfficeOnline") return;
    for (const handler of this.settingsHandlers) setTimeout(() => handler({ type: "settingsChanged" }));
  }

  /** Moves the clock: TODAY() in every formula and rule follows, with no add-in call. */
  setToday(iso: string): void {
    if (Number.isNaN(isoToSerial(iso))) throw new Error(`Not a date: ${iso}`);
    this.today = iso;
    this.touch();
  }

  todaySerial(): number {
    return isoToSerial(this.today, this.use1904DateSystem);
  }

  evaluateCell(sheet: MemorySheet, row: number, column: number, formula: string): CellValue {
    const at = { row, column };
    return evaluateFormula(this, sheet, formula, at, at);
  }

  /** The rep types or pastes: the cells change and onChanged handlers run (details only for one cell). */
  userEdit(sheetName: string, address: string, values: unknown[][]): void {
    userEdit(this, sheetName, address, values);
    this.recordUndo("user");
    this.touch();
  }

  /** The rep sorts rows (Data > Sort): cells move, rules stay, onChanged runs. */
  userSort(
    sheetName: string,
    address: string,
    fields: SortFieldInput[],
    options: { hasHeaders?: boolean; matchCase?: boolean } = {},
  ): void {
    userSort(this, sheetName, address, fields, options);
    this.recordUndo("user");
    this.touch();
  }

  /**
   * The rep deletes a sheet (see userDeleteSheet). `duringNextSync`: it happens while the add-in's next sync is in
   * flight; Excel on the web then fails that sync with InvalidRequestContext even when the deleted sheet is unrelated
   * to the request ("The request cannot be processed because the specified worksheet cannot be found. Please try
   * again.", office-js issue 6964, open); elsewhere the sync goes on.
   */
  userDeleteSheet(sheetName: string, options: { duringNextSync?: boolean } = {}): void {
    if (options.duringNextSync) {
      this.sheet(sheetName);
      this.sheetDeletedMidSync = sheetName;
      return;
    }
    userDeleteSheet(this, sheetName);
    this.touch();
  }

  /** @internal Called by the next sync: the pending deletion happens; true when Excel on the web fails that sync. */
  takeMidSyncDeletion(): boolean {
    const name = this.sheetDeletedMidSync;
    if (name === null) return false;
    this.sheetDeletedMidSync = null;
    this.userDeleteSheet(name);
    return this.platform === "OfficeOnline";
  }

  /** The rep hides rows (1-based, inclusive), by Hide, a collapsed group or a filter; the values stay. */
  hideRows(sheetName: string, firstRow: number, lastRow = firstRow): void {
    const sheet = this.sheet(sheetName);
    for (let row = firstRow; row <= lastRow; row++) sheet.hiddenRows.add(row - 1);
    this.touch();
  }

  /** The rep clicks a sheet tab. */
  userActivate(sheetName: string): void {
    userActivate(this, sheetName);
    this.touch();
  }

  /** The rep selects cells (activating their sheet). */
  userSelect(sheetName: string, address: string): void {
    userSelect(this, sheetName, address);
    this.touch();
  }

  /** "Sheet1!B7", or null when nothing was selected yet. */
  selectedAddress(): string | null {
    if (!this.selection) return null;
    const sheet = this.sheetById(this.selection.sheetId);
    return sheet ? formatAddress(this.selection.rect, sheet.name) : null;
  }

  emit(records: ChangeRecord[]): void {
    if (this.eventsEnabled && records.length > 0) emitChanges(this, records);
  }

  /** Values, formulas and formats of address (default: the used range), read straight from the model. */
  snapshot(sheetName: string, address?: string): SheetSnapshot {
    return snapshotSheet(this, sheetName, address);
  }

  /** The sheet's conditional-format rules in priority order. */
  rulesSnapshot(sheetName: string): RuleSnapshot[] {
    return snapshotRules(this, sheetName);
  }

  /** Cells showing a fill on the current TODAY(), "B7" → "#FFC7CE" (see highlight.ts). */
  highlightedCells(sheetName: string, options: { address?: string; rulesOnly?: boolean } = {}): Record<string, string> {
    return highlightedCells(this, sheetName, options);
  }

  /** Sheet rows (1-based) that a rule fills with color on the current TODAY(). */
  highlightedRows(sheetName: string, color: string): number[] {
    return highlightedRows(this, sheetName, color);
  }

  /** Waits until every queued event handler has run. */
  flushEvents(): Promise<void> {
    return this.events.flush();
  }
}
