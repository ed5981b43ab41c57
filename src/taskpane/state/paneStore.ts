import { dateOrderEvidence, dateOrderHint } from "../../core/dateOrderHint";
import type { AnalyzeOptions, DateOrder, Role, SheetInput, SheetReport } from "../../core/types";
import {
  ExcelAdapterError,
  rereadFormatColumns,
  sourceKey,
  undoSentence,
  type SheetSnapshot,
  type UserPreferences,
  type WorkbookPort,
} from "../../excel/port";
import type { ExcelAdapterErrorCode } from "../../excel/errors";
import type { Clock } from "./clock";
import type { FilterKey } from "./filters";
import { FollowUpLauncher } from "./followUpLauncher";
import { holdsNoList, listElsewhereNotice, readListElsewhere } from "./listElsewhere";
import {
  initialModel,
  openingPatch,
  PAGE_SIZE,
  type FollowUpLens,
  type Notice,
  type PaneModel,
  type Panel,
} from "./model";
import { Observable } from "./observable";
import type { RemindersFlow } from "./remindersFlow";
import { RemindersDoor } from "./remindersDoor";
import { storedLens } from "./ownerChoice";
import { beyondNotice, dateOrderNotice, dateOrderWords, plural } from "./wording";

export type Analyze = (input: SheetInput, options: AnalyzeOptions) => SheetReport;

/** What the pane is wired to: the sheet, the clock, the core, and (lazily) the reminders room. */
export interface PaneDeps {
  workbook: WorkbookPort;
  clock: Clock;
  analyze: Analyze;
  loadReminders: () => Promise<RemindersFlow>;
  /** The rep's saved choices (which owner is them): "My prospects" holds from the start, before the loop loads. */
  userStorage?: { get(key: string): string | null };
}

/** The error screen's title when Excel said why the list could not be read ("Something went wrong" otherwise). */
const READ_ERROR_TITLES: Partial<Record<ExcelAdapterErrorCode, string>> = {
  tooLarge: "This list is too large to read",
  busy: "Excel is busy",
  notFound: "The list is gone",
};

/** When Excel would not report edits to the list (the watch could not be registered). */
export const NOT_WATCHING_NOTICE =
  "Excel did not let NextStep follow your edits to this list, so the counts do not update as you type. Click Refresh after you change the sheet.";

function userMessage(error: unknown, fallback: string): string {
  if (error instanceof ExcelAdapterError) return error.userMessage;
  return fallback;
}

/** The pane's one store: intents in, model out. Excel round trips happen only here, one deliberate step each. */
export class PaneStore extends Observable<PaneModel> {
  readonly reminders: RemindersDoor;
  /** The follow-up loop's asks; the loop itself loads on the first one. */
  readonly followUp = new FollowUpLauncher();
  private unwatch?: () => Promise<void>;
  private unwatchSettings?: () => void;
  /** What the date-order hint last looked at (dateOrderEvidence): it is worked out again only when that changes. */
  private hintEvidence: string | undefined;
  /** A change was reported since the last read: navigation re-reads first. */
  private stale = false;

  constructor(private readonly deps: PaneDeps) {
    super(initialModel());
    this.reminders = new RemindersDoor(
      deps,
      () => this.get(),
      (patch) => this.set(patch),
    );
  }

  /** First run: check the host, load settings, read the list, start watching. */
  start = async (): Promise<void> => {
    const check = this.deps.workbook.checkRequirements();
    if (!check.ok) return this.set({ phase: { kind: "blocked", message: check.message } });
    const prefs = this.deps.workbook.loadPreferences();
    const workbook = this.deps.workbook.loadWorkbookSettings();
    this.set({ prefs, workbook, highlightOn: workbook.highlightOn ?? false });
    if (this.deps.userStorage) this.setLens(storedLens(this.deps.userStorage));
    // A co-author's mapping or highlight switch (Excel on the web): take it over and re-check. The read does not wait
    // for Office to confirm the handler (one more round trip to the host, and a host may never answer it).
    const watching = this.deps.workbook.watchWorkbookSettings?.((next) => {
      this.set({ workbook: next, highlightOn: next.highlightOn ?? false });
      this.analyze();
      void this.refreshHighlights();
    });
    await this.read(false);
    this.unwatchSettings = await watching;
  };

  refresh = (): Promise<void> => this.read(true);

  /** Re-reads without a notice: after the follow-up loop's own writes, which say what they did. */
  reload = (): Promise<void> => this.read(false);

  private async read(announce: boolean): Promise<void> {
    this.set({ busy: "reading" });
    try {
      const { snapshot, elsewhere } = await this.readList();
      this.set({ snapshot, phase: { kind: "ready" }, busy: null });
      this.analyze();
      // A host that refuses the change events still gets its report: the rep is told to refresh after editing.
      const watching = await this.rewatch().then(
        () => true,
        () => false,
      );
      await this.refreshHighlights();
      if (snapshot.beyond) this.notify({ intent: "info", text: beyondNotice(snapshot.source, snapshot.beyond) });
      else if (elsewhere) {
        const text = listElsewhereNotice(snapshot.source.sheetName, elsewhere.left);
        this.notify({ intent: "info", text, listElsewhere: true });
      } else if (!watching) this.notify({ intent: "info", text: NOT_WATCHING_NOTICE });
      else if (announce) this.notify({ intent: "info", text: "Refreshed from the sheet." });
      else if (this.get().notice?.listElsewhere) this.set({ notice: undefined });
    } catch (error) {
      const message = userMessage(error, "NextStep could not read the sheet. Click Refresh to try again.");
      const code = error instanceof ExcelAdapterError ? error.code : undefined;
      const title = code === undefined ? undefined : READ_ERROR_TITLES[code];
      if (code === "noData") this.set({ busy: null, phase: { kind: "empty", message } });
      else this.set({ busy: null, phase: title ? { kind: "error", message, title } : { kind: "error", message } });
    }
  }

  /**
   * The rep's list: on the sheet they are on, else on another sheet that holds one (listElsewhere.ts), when theirs is
   * empty or holds no list at all, and they have not chosen its columns themselves.
   */
  private async readList(): Promise<{ snapshot: SheetSnapshot; elsewhere?: { left?: string } }> {
    const { workbook } = this.deps;
    let snapshot: SheetSnapshot;
    try {
      snapshot = await workbook.read();
    } catch (error) {
      if (!(error instanceof ExcelAdapterError) || error.code !== "noData") throw error;
      const found = await readListElsewhere(workbook, this.headerOptions());
      if (!found) throw error;
      return { snapshot: found, elsewhere: {} };
    }
    const saved = this.get().workbook;
    const mapped = saved.columns !== undefined && saved.sourceKey === sourceKey(snapshot.source);
    if (mapped || !holdsNoList(snapshot.input.values, this.headerOptions())) {
      return { snapshot };
    }
    const found = await readListElsewhere(workbook, this.headerOptions(), snapshot.source.sheetId);
    return found ? { snapshot: found, elsewhere: { left: snapshot.source.sheetName } } : { snapshot };
  }

  /** The rep's reading choices, for telling a header (no saved mapping: that belongs to one list). */
  private headerOptions(): AnalyzeOptions {
    const { prefs } = this.get();
    return {
      today: this.deps.clock.today(),
      dateOrder: prefs.dateOrder,
      dueSoonDays: prefs.dueSoonDays,
      closedStatuses: prefs.closedStatuses,
    };
  }

  /** After an edit: re-read the same list and re-analyse (watch handler). */
  private onSheetChanged = async (): Promise<void> => {
    const { snapshot } = this.get();
    if (!snapshot) return;
    this.stale = false;
    try {
      // Number formats are read only in the date column and its kin, unless the date column has moved since.
      const columns = this.get().report?.header.columns ?? {};
      const dateColumn = columns.date;
      const formatColumns = rereadFormatColumns(snapshot, columns);
      this.set({ snapshot: await this.deps.workbook.reread(snapshot.source, formatColumns) });
      this.analyze();
      if (formatColumns && this.get().report?.header.columns.date !== dateColumn) {
        this.set({ snapshot: await this.deps.workbook.reread(snapshot.source) });
        this.analyze();
      }
      await this.refreshHighlights();
    } catch (error) {
      this.notify({
        intent: "error",
        text: userMessage(error, "NextStep could not re-read the sheet. Click Refresh."),
      });
    }
  };

  private async rewatch(): Promise<void> {
    const { snapshot } = this.get();
    if (!snapshot) return;
    await this.unwatch?.().catch(() => undefined);
    this.unwatch = await this.deps.workbook.watch(snapshot.source, {
      onChange: () => void this.onSheetChanged(),
      onStale: () => (this.stale = true),
      onActivated: () => void this.read(false),
    });
  }

  /** Runs the core on the current snapshot with the rep's preferences and mapping. */
  private analyze(): void {
    const { snapshot, prefs, workbook } = this.get();
    if (!snapshot) return;
    const mapped = workbook.sourceKey === sourceKey(snapshot.source) ? workbook.columns : undefined;
    const options = {
      today: this.deps.clock.today(),
      dateOrder: prefs.dateOrder,
      dueSoonDays: prefs.dueSoonDays,
      date1904: snapshot.date1904,
      columns: mapped,
      closedStatuses: prefs.closedStatuses,
    };
    const report = this.deps.analyze(snapshot.input, options);
    if (this.get().dateOrderOffer === undefined && !report.header.missing.length) {
      // At most two more analyses, and only when the dates that fail changed (not on every edit of a big sheet).
      const evidence = dateOrderEvidence(snapshot.input, report);
      if (evidence !== this.hintEvidence) {
        this.hintEvidence = evidence;
        const order = dateOrderHint(snapshot.input, options, report);
        if (order) {
          this.set({ dateOrderOffer: "pending" });
          this.notify({ intent: "info", text: dateOrderNotice(order), offerDateOrder: order });
        }
      }
    }
    const convertible = !report.header.missing.length && this.get().dateOrderOffer !== "pending";
    const fixes = convertible ? this.deps.workbook.planTextDateFixes(snapshot, report) : [];
    this.set({ report, fixes, analyses: this.get().analyses + 1 });
  }

  /** The rep accepted the notice's date order: it becomes their setting, as if chosen in Settings. */
  useDateOrder = async (dateOrder: DateOrder): Promise<void> => {
    this.set({ dateOrderOffer: "settled", notice: undefined });
    await this.savePreferences({ ...this.get().prefs, dateOrder }, `Dates are now read ${dateOrderWords(dateOrder)}.`);
  };

  private async syncHighlights(): Promise<void> {
    const { snapshot, report, highlightOn, prefs } = this.get();
    if (!highlightOn || !snapshot || !report || report.header.missing.length) return;
    await this.deps.workbook.highlight(snapshot.source, report, prefs);
  }

  /** Re-highlights after a read or edit; a failure there is a notice, never a broken pane. */
  private async refreshHighlights(): Promise<void> {
    try {
      await this.syncHighlights();
    } catch (error) {
      this.notify({ intent: "error", text: userMessage(error, "Could not update the highlights. Try again.") });
    }
  }

  setFilter = (filter: FilterKey): void => {
    this.set({ filter: this.get().filter === filter ? "attention" : filter, limit: PAGE_SIZE });
  };

  /** The loop's scope, owner and quiet days, which the summary and list follow too. */
  setLens = (patch: Partial<FollowUpLens>): void => this.set({ lens: { ...this.get().lens, ...patch } });

  showMore = (): void => this.set({ limit: this.get().limit + PAGE_SIZE });

  openPanel = (panel: Exclude<Panel, "none">): void => this.set(openingPatch(this.get(), panel));

  closePanel = (): void => this.set({ panel: "none" });

  dismissNotice = (): void => {
    const declined = this.get().notice?.offerDateOrder !== undefined;
    this.set({ notice: undefined });
    if (declined) {
      // The rep keeps their date order: text-date conversion is offered again, in that order.
      this.set({ dateOrderOffer: "settled" });
      this.analyze();
    }
  };

  /**
   * Shows one notice. An open date-order offer is a question waiting for the rep: passing news ("Refreshed",
   * "Saved") does not replace it, and an error that does puts the offer back to be made again on the next analysis
   * (so conversion is never left waiting for an answer nobody can give).
   */
  private notify(notice: Notice): void {
    const open = this.get().notice;
    if (open?.offerDateOrder !== undefined && this.get().dateOrderOffer === "pending" && !notice.offerDateOrder) {
      if (notice.intent !== "error") return;
      this.hintEvidence = undefined;
      this.set({ dateOrderOffer: undefined });
    }
    this.set({ notice });
  }

  /**
   * Selects the row in Excel (the problem cell when there is one). Never from a stale snapshot: after a change the
   * list is re-read first and the row found again by its prospect key; if Excel still finds another prospect there
   * (an edit the watcher has not reported yet), once more.
   */
  selectRow = async (row: number, role?: Role): Promise<void> => {
    const key = this.get().report?.rows.find((r) => r.row === row)?.key;
    this.set({ selectedRow: row });
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.stale || attempt > 0) await this.onSheetChanged();
      const { snapshot, report } = this.get();
      const current = key === undefined ? row : report?.rows.find((r) => r.key === key)?.row;
      if (!snapshot || !report || current === undefined) return;
      this.set({ selectedRow: current });
      try {
        await this.deps.workbook.select(snapshot.source, report, current, role);
        return;
      } catch (error) {
        if (error instanceof ExcelAdapterError && error.code === "stale" && attempt === 0) continue;
        // A filtered-out row was selected; the rep only needs to know why it is not in view.
        const intent = error instanceof ExcelAdapterError && error.code === "hidden" ? "info" : "error";
        this.notify({ intent, text: userMessage(error, `Could not select row ${current}. Click Refresh.`) });
        return;
      }
    }
  };

  toggleHighlight = async (): Promise<void> => {
    const { snapshot, highlightOn, workbook } = this.get();
    if (!snapshot) return;
    const on = !highlightOn;
    this.set({ highlightOn: on, busy: "highlighting" });
    try {
      if (on) await this.syncHighlights();
      else await this.deps.workbook.clearHighlights(snapshot.source);
      const next = { ...workbook, highlightOn: on };
      this.set({ workbook: next, busy: null });
      await this.deps.workbook.saveWorkbookSettings(next);
    } catch (error) {
      this.set({ highlightOn: !on, busy: null });
      this.notify({ intent: "error", text: userMessage(error, "Could not change the highlights. Try again.") });
    }
  };

  /** Saves the rep's column mapping for this list (with the file) and re-analyses. */
  saveMapping = async (columns: Partial<Record<Role, number>>): Promise<void> => {
    const { snapshot, workbook } = this.get();
    if (!snapshot) return;
    const next = { ...workbook, columns, sourceKey: sourceKey(snapshot.source) };
    this.set({ workbook: next, panel: "none" });
    this.analyze();
    try {
      await this.deps.workbook.saveWorkbookSettings(next);
    } catch (error) {
      this.notify({ intent: "error", text: userMessage(error, "Could not save the column mapping with the file.") });
    }
    // The read loaded number formats only in the columns the header pointed at: a date column mapped elsewhere
    // needs its own before its numbers can be told from dates.
    const date = columns.date;
    if (date !== undefined && snapshot.formatColumns && !snapshot.formatColumns.includes(date)) {
      try {
        this.set({ snapshot: await this.deps.workbook.reread(snapshot.source, [date]) });
        this.analyze();
      } catch (error) {
        this.notify({
          intent: "error",
          text: userMessage(error, "NextStep could not re-read the sheet. Click Refresh."),
        });
      }
    }
    await this.refreshHighlights();
  };

  savePreferences = async (prefs: UserPreferences, saved = "Settings saved."): Promise<void> => {
    this.set({ prefs, panel: "none" });
    this.deps.workbook.savePreferences(prefs);
    this.analyze();
    this.notify({ intent: "success", text: saved });
    await this.refreshHighlights();
  };

  applyConversion = async (): Promise<void> => {
    const { snapshot, fixes } = this.get();
    if (!snapshot || !fixes.length) return;
    this.set({ busy: "converting", panel: "none" });
    try {
      const undo = await this.deps.workbook.applyTextDateFixes(snapshot.source, fixes);
      this.set({ undo, busy: null });
      await this.onSheetChanged();
      const text = `Converted ${plural(fixes.length, "text date")} to real dates.`;
      this.notify({ intent: "success", text, offerUndo: true });
    } catch (error) {
      this.set({ busy: null });
      this.notify({ intent: "error", text: userMessage(error, "Could not convert the dates. Nothing was changed.") });
    }
  };

  /** Stays offered (model.undo) until the next conversion, or until it ran or can no longer apply (list gone). */
  undoConversion = async (): Promise<void> => {
    const { undo } = this.get();
    if (!undo) return;
    this.set({ busy: "converting" });
    try {
      const result = await this.deps.workbook.undoTextDateFixes(undo);
      this.set({ undo: undefined, busy: null });
      await this.onSheetChanged();
      this.notify({ intent: "info", text: undoSentence(result) });
    } catch (error) {
      const gone = error instanceof ExcelAdapterError && error.code === "notFound";
      this.set({ busy: null, ...(gone ? { undo: undefined } : {}) });
      this.notify({ intent: "error", text: userMessage(error, "Could not undo the conversion.") });
    }
  };

  dispose = async (): Promise<void> => {
    this.unwatchSettings?.();
    await this.unwatch?.().catch(() => undefined);
  };
}
