/**
 * The follow-up loop's store: intents in (Done…, bulk move, promise, quiet, plan, My/Everyone), writes through the
 * follow-up port (one sync each), then the pane re-reads the sheet. Loaded with the loop's chunk, never at start.
 */
import { dayFromIso } from "../../core/dayNumber";
import {
  buildDayPlan,
  checkNextStep,
  doneChanges,
  findFollowUpColumns,
  moveChanges,
  planEvent,
  planReschedule,
  promiseChanges,
  promiseLanguage,
  promiseSentence,
  readPromise,
  suggestOwner,
  type RescheduleTarget,
  type RowChanges,
  type SheetShape,
} from "../../core/followup";
import type { RowReport } from "../../core/types";
import { ExcelAdapterError } from "../../excel/errors";
import { followUpList, type FollowUpPort } from "../../excel/followUpPort";
import type { Clock } from "./clock";
import { initialFollowUp, type FollowUpModel } from "./followUpModel";
import type { FollowUpLens, PaneModel } from "./model";
import { Observable } from "./observable";
import { scopedRows } from "./followUpView";
import type { FollowUpOutlook } from "./followUpOutlook";
import { OWNER_KEY, QUIET_KEY } from "./ownerChoice";
import { deliverPlan, type PlanVia } from "./planDelivery";

/** What the loop asks of Outlook (FollowUpOutlook over the pane's reminders controller; absent without one). */
export type LoopOutlook = Pick<FollowUpOutlook, "moved" | "graphAvailable" | "addPlan" | "user">;

export interface FollowUpDeps {
  pane: { get(): PaneModel; reload(): Promise<void>; setLens?(patch: Partial<FollowUpLens>): void };
  port: FollowUpPort;
  clock: Clock;
  copyText(text: string): Promise<boolean>;
  displayLanguage(): string | undefined;
  /** Per-user storage (the owner value that is the rep, today's plan keys). */
  storage: { get(key: string): string | null; set(key: string, value: string): void };
  saveIcs(ics: string, fileName: string): void;
  openLink(url: string): void;
  timeZone(): string;
  /** Outlook through the reminders room: moves reminders after a write, today's plan, the signed-in rep. */
  outlook?: LoopOutlook;
}

const DAY_START_KEY = "nextstep.followUp.dayStart";
const planKeyFor = (today: string) => `nextstep.followUp.plan.${today}`;

const fail = (error: unknown, fallback: string): string =>
  error instanceof ExcelAdapterError ? error.userMessage : fallback;

export class FollowUpStore extends Observable<FollowUpModel> {
  constructor(private readonly deps: FollowUpDeps) {
    super(initialFollowUp());
    const today = deps.clock.today();
    const planned = deps.storage.get(planKeyFor(today));
    const me = deps.storage.get(OWNER_KEY) ?? undefined;
    const quietDays = Number(deps.storage.get(QUIET_KEY) ?? NaN);
    const dayStart = deps.storage.get(DAY_START_KEY);
    this.set({
      plannedKeys: planned ? (JSON.parse(planned) as string[]) : [],
      ...(me ? { me } : {}),
      ...(Number.isInteger(quietDays) && quietDays > 0 ? { quietDays } : {}),
      ...(dayStart && /^\d{2}:\d{2}$/.test(dayStart) ? { dayStart } : {}),
    });
    if (!me) void this.prefillOwner();
    // "Add today's plan to Outlook" goes through Graph where sign-in is set up (the reminders room says).
    void deps.outlook
      ?.graphAvailable()
      .then((graph) => this.set({ graph }))
      .catch(() => undefined);
    this.shareLens();
  }

  /** Scope, owner and quiet days changed: the main summary and list follow them (filtering, gone quiet). */
  protected override set(patch: Partial<FollowUpModel>): void {
    super.set(patch);
    if ("scope" in patch || "me" in patch || "quietDays" in patch) this.shareLens();
  }

  private shareLens(): void {
    const { scope, me, quietDays } = this.get();
    this.deps?.pane.setLens?.({ scope, me, quietDays });
  }

  /** Which owner is the rep, guessed from their Microsoft 365 account once Outlook signed in (never saved unasked). */
  private async prefillOwner(): Promise<void> {
    const user = await this.deps.outlook?.user().catch(() => undefined);
    const rows = this.deps.pane.get().report?.rows ?? [];
    if (!user || rows.length === 0 || this.get().me) return;
    const guess = suggestOwner(
      rows.map((r) => r.fields.owner ?? ""),
      user,
    );
    if (guess) this.set({ me: guess });
  }

  open = (): void => {
    this.set({ open: true });
    // Signed in to Outlook since the loop loaded: the owner question can be prefilled now.
    if (!this.get().me) void this.prefillOwner();
  };
  close = (): void => this.set({ open: false, moveTarget: undefined, moveSkipped: [] });
  dismissMessage = (): void => this.set({ message: undefined });

  setScope = (scope: "mine" | "everyone"): void => this.set({ scope });

  setMe = (me: string): void => {
    this.deps.storage.set(OWNER_KEY, me);
    this.set({ me, scope: "mine" });
  };

  /** Settings of the loop, saved per user: days without contact before "gone quiet", and the start of the day. */
  setQuietDays = (days: number): void => {
    if (!Number.isInteger(days) || days < 1 || days > 365) return;
    this.deps.storage.set(QUIET_KEY, String(days));
    this.set({ quietDays: days });
  };

  setDayStart = (time: string): void => {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return;
    this.deps.storage.set(DAY_START_KEY, time);
    this.set({ dayStart: time });
  };

  private today(): { iso: string; day: number } {
    const iso = this.deps.clock.today();
    return { iso, day: dayFromIso(iso) as number };
  }

  private rowByNumber(row: number): RowReport | undefined {
    return this.deps.pane.get().report?.rows.find((r) => r.row === row);
  }

  private rowByKey(key: string): RowReport | undefined {
    return this.deps.pane.get().report?.rows.find((r) => r.key === key);
  }

  /** "Done…" on a row: the form, prefilled with the day and time the current step promises, if any. */
  openDone = (row: number): void => {
    const report = this.rowByNumber(row);
    if (!report) return;
    this.set({ done: { key: report.key, nextStep: "", date: "", time: "", saving: false } });
  };

  closeDone = (): void => this.set({ done: undefined });

  editDone = (patch: Partial<Pick<NonNullable<FollowUpModel["done"]>, "nextStep" | "date" | "time">>): void => {
    const done = this.get().done;
    if (!done) return;
    const next = { ...done, ...patch, error: undefined };
    // A step that names its day ("Call Monday 10am") fills the date and time the rep has not set.
    if (patch.nextStep !== undefined) {
      const promise = readPromise(patch.nextStep, {
        today: this.today().iso,
        dateOrder: this.deps.pane.get().prefs.dateOrder,
      });
      if (promise?.date && !done.date) next.date = promise.date;
      if (promise?.time && !done.time) next.time = promise.time;
    }
    this.set({ done: next });
  };

  private shape(): SheetShape | undefined {
    const { snapshot, report } = this.deps.pane.get();
    if (!snapshot || !report) return undefined;
    const startRow = snapshot.input.startRow ?? 1;
    return {
      values: snapshot.input.values,
      numberFormat: snapshot.input.numberFormat,
      startRow,
      header: report.header,
      followUp: findFollowUpColumns(snapshot.input.values, report.header, startRow),
      date1904: snapshot.date1904,
    };
  }

  private location() {
    const { snapshot, report } = this.deps.pane.get();
    if (!snapshot || !report) return undefined;
    return followUpList(snapshot.source, report.header);
  }

  /** Writes, then re-reads; a cell changed since the read is refused with the adapter's sentence and a re-read. */
  private async write(changes: RowChanges[], success: string, copy?: string): Promise<boolean> {
    const location = this.location();
    if (!location) return false;
    this.set({ busy: true });
    try {
      const { undo, formulas } = await this.deps.port.write(location, changes);
      const kept = formulas.length
        ? ` ${formulas.length} cell${formulas.length === 1 ? "" : "s"} holding a formula stayed as they are.`
        : "";
      this.set({
        busy: false,
        undo: { kind: "cells", record: undo },
        message: { intent: "success", text: success + kept, canUndo: undo.cells.length > 0, ...(copy ? { copy } : {}) },
      });
      await this.deps.pane.reload();
      return true;
    } catch (error) {
      this.set({
        busy: false,
        message: { intent: "error", text: fail(error, "NextStep could not write to the sheet.") },
      });
      await this.deps.pane.reload();
      return false;
    }
  }

  /** What each row's Outlook reminder is made of: its date and its step (the event's time and subject). */
  private signatures(keys: readonly string[]): Map<string, string> {
    const sig = (r: RowReport | undefined) => (r ? `${r.due ?? ""}\u0000${r.fields.nextStep ?? ""}` : "");
    return new Map(keys.map((k) => [k, sig(this.rowByKey(k))]));
  }

  /**
   * After a write and its re-read: the rows whose date or step really changed get their Outlook reminder moved in the
   * same step (or marked changed in the reminders list), and the message says how that went.
   */
  private async followInOutlook(before: Map<string, string>): Promise<void> {
    const after = this.signatures([...before.keys()]);
    const moved = [...before.keys()].filter((k) => after.get(k) !== "" && after.get(k) !== before.get(k));
    if (!this.deps.outlook || moved.length === 0) return;
    const note = await this.deps.outlook.moved(moved).catch(() => undefined);
    const message = this.get().message;
    if (note && message) this.set({ message: { ...message, text: `${message.text} ${note}` } });
  }

  saveDone = async (): Promise<void> => {
    const done = this.get().done;
    const shape = this.shape();
    const row = done ? this.rowByKey(done.key) : undefined;
    if (!done || !shape || !row) return;
    const step = checkNextStep(done.nextStep);
    if (!step.ok) return this.set({ done: { ...done, error: step.reason } });
    const day = dayFromIso(done.date);
    if (day === undefined) return this.set({ done: { ...done, error: "Pick the day of the next step." } });
    const minutes = /^\d{2}:\d{2}$/.test(done.time)
      ? Number(done.time.slice(0, 2)) * 60 + Number(done.time.slice(3))
      : -1;
    if (done.time && minutes < 0)
      return this.set({ done: { ...done, error: 'Type the time as "HH:mm", or leave it empty.' } });
    this.set({ done: { ...done, saving: true } });
    const sentence = this.sentence(day, minutes);
    const changes = doneChanges(shape, row, { nextStep: step.text, day, minutes, todayDay: this.today().day });
    const before = this.signatures([row.key]);
    const ok = await this.write([changes], `Logged: ${row.prospect}, next step saved.`, sentence);
    const now = this.get().done;
    if (now) this.set({ done: ok ? { ...now, saving: false, promise: sentence } : { ...now, saving: false } });
    // The sheet is saved and the promise offered; Outlook follows (its retries never hold the form).
    if (ok) await this.followInOutlook(before);
  };

  /** The promise sentence for a day, in Office's display language and the rep's date order. */
  sentence(day: number, minutes: number): string {
    return promiseSentence(day, minutes, {
      order: this.deps.pane.get().prefs.dateOrder,
      language: promiseLanguage(this.deps.displayLanguage()),
    });
  }

  copyPromise = async (text: string): Promise<void> => {
    const copied = await this.deps.copyText(text).catch(() => false);
    this.set({
      message: copied
        ? { intent: "success", text: `Copied: “${text}”` }
        : { intent: "info", text: `Copy this sentence: “${text}”` },
    });
  };

  /** "Copy promise" on a follow-up: the sentence for its own date and time. */
  copyRowPromise = async (key: string): Promise<void> => {
    const report = this.rowByKey(key);
    const day = report?.due ? dayFromIso(report.due) : undefined;
    if (!report?.due || day === undefined) return;
    const minutes =
      report.due.length >= 16 ? Number(report.due.slice(11, 13)) * 60 + Number(report.due.slice(14, 16)) : -1;
    await this.copyPromise(this.sentence(day, minutes));
  };

  /** "Use Mon 7 Dec 10:00": writes the day (and time) the next step promises into the row's empty date. */
  usePromise = async (key: string): Promise<void> => {
    const row = this.rowByKey(key);
    const shape = this.shape();
    if (!row || !shape) return;
    const promise = readPromise(row.fields.nextStep ?? "", {
      today: this.today().iso,
      dateOrder: this.deps.pane.get().prefs.dateOrder,
    });
    if (!promise?.day) return;
    await this.write(
      [promiseChanges(shape, row, promise.day, promise.minutes)],
      `${row.prospect}: date set from the next step.`,
    );
  };

  previewMove = (target: RescheduleTarget): void => this.set({ moveTarget: target, moveSkipped: [] });
  cancelMove = (): void => this.set({ moveTarget: undefined, moveSkipped: [] });

  /** Ticks or unticks one row of the move's preview (by prospect key: the sheet may be sorted in between). */
  toggleMoveRow = (key: string): void => {
    const skipped = this.get().moveSkipped ?? [];
    this.set({ moveSkipped: skipped.includes(key) ? skipped.filter((k) => k !== key) : [...skipped, key] });
  };

  /** The previewed bulk move, on the rep's own ticked rows only: one write, one undo. */
  applyMove = async (): Promise<void> => {
    const target = this.get().moveTarget;
    const shape = this.shape();
    const report = this.deps.pane.get().report;
    if (!target || !shape || !report) return;
    const skipped = new Set(this.get().moveSkipped ?? []);
    const rows = scopedRows(report.rows, this.get(), report.header.columns.owner !== undefined).filter(
      (r) => r.state === "overdue" && !skipped.has(r.key),
    );
    const moves = planReschedule(rows, target, this.today().day);
    this.set({ moveTarget: undefined, moveSkipped: [] });
    if (moves.length === 0) return;
    const before = this.signatures(moves.map((m) => m.row.key));
    const ok = await this.write(
      moveChanges(shape, moves),
      `Moved ${moves.length} follow-up${moves.length === 1 ? "" : "s"}.`,
    );
    if (ok) await this.followInOutlook(before);
  };

  undo = async (): Promise<void> => {
    const undo = this.get().undo;
    if (!undo) return;
    // Undoing a Done… or a move puts the dates back: their Outlook reminders follow them back too.
    const before = this.signatures(undo.kind === "cells" ? [...new Set(undo.record.cells.map((c) => c.key))] : []);
    this.set({ busy: true });
    try {
      if (undo.kind === "touches") {
        const removed = await this.deps.port.undoTouchesColumn(undo.added);
        this.set({
          message: {
            intent: "info",
            text: removed ? "Touches column removed." : "The Touches header was changed since, so it stays.",
          },
        });
      } else {
        const { restored, skipped } = await this.deps.port.undo(undo.record);
        const kept = skipped
          ? ` ${skipped} cell${skipped === 1 ? "" : "s"} you changed since stayed as you left them.`
          : "";
        this.set({
          message: { intent: "info", text: `Undone: ${restored} cell${restored === 1 ? "" : "s"} restored.${kept}` },
        });
      }
      this.set({ undo: undefined, busy: false });
    } catch (error) {
      this.set({
        busy: false,
        message: { intent: "error", text: fail(error, "NextStep could not undo that change.") },
      });
    }
    await this.deps.pane.reload();
    await this.followInOutlook(before);
  };

  addTouchesColumn = async (): Promise<void> => {
    const { snapshot, report } = this.deps.pane.get();
    if (!snapshot || !report) return;
    this.set({ busy: true });
    try {
      const added = await this.deps.port.addTouchesColumn(snapshot.source, report.header.row);
      this.set({
        busy: false,
        undo: { kind: "touches", added },
        message: {
          intent: "success",
          text: `Added a Touches column (${added.address}). Done… now counts each contact.`,
          canUndo: true,
        },
      });
    } catch (error) {
      this.set({ busy: false, message: { intent: "error", text: fail(error, "NextStep could not add the column.") } });
    }
    await this.deps.pane.reload();
  };

  /**
   * "Add today's plan to Outlook": one event at the start of the rep's day. "outlook" through Graph (signed in: the
   * day's event is created once, then updated in place, so a call done since is ticked); "ics" / "link" without
   * sign-in. Graph not set up here: the .ics path.
   */
  addPlan = async (how: PlanVia): Promise<void> => {
    const report = this.deps.pane.get().report;
    if (!report) return;
    const { iso, day } = this.today();
    const rows = scopedRows(report.rows, this.get(), report.header.columns.owner !== undefined);
    const plan = buildDayPlan(rows, day, this.get().plannedKeys);
    const keys = [...new Set([...this.get().plannedKeys, ...plan.items.map((i) => i.key)])];
    this.deps.storage.set(planKeyFor(iso), JSON.stringify(keys));
    this.set({ plannedKeys: keys });
    const dayStart = this.get().dayStart;
    const event = planEvent(plan, { dayStart, timeZone: this.deps.timeZone() });
    if (!event) {
      this.set({ message: { intent: "error", text: "Your start of day is not a time NextStep can place." } });
      return;
    }
    const calls = `${plan.items.length} call${plan.items.length === 1 ? "" : "s"}`;
    const graph = how === "outlook" && this.deps.outlook !== undefined;
    if (graph) this.set({ busy: true });
    const { message, noGraph } = await deliverPlan(
      how,
      event,
      { iso, calls, dayStart },
      {
        ...this.deps,
        now: () => this.deps.clock.now().getTime(),
      },
    );
    this.set({ message, ...(graph ? { busy: false } : {}), ...(noGraph ? { graph: false } : {}) });
  };
}
