import type { Clock } from "./clock";
import type { PaneModel } from "./model";
import type { RemindersController } from "./remindersController";
import type { RemindersFlow, RemindersRequest } from "./remindersFlow";
import { otherOwnerKeys, ownRows } from "./scope";

/**
 * The store's side of "Create reminders": what the pane needs before the rep asks for reminders (the request over
 * their own rows, the follow-up loop's marks, the flow loaded once), and the controller that runs the dialog, loaded
 * with the flow's chunk on first use: the pane's start in Excel does not carry it. Same calls as the controller.
 */
export class RemindersDoor {
  /**
   * Follow-ups the loop moved whose Outlook reminder did not follow (no sign-in, Outlook refused): key → what their
   * line in the reminders list says. Settled by the next run or .ics download.
   */
  readonly changedFollowUps = new Map<string, string>();
  private flow?: Promise<RemindersFlow>;
  private controller?: Promise<RemindersController>;
  /** The controller once loaded: the dialog's calls go to it (the dialog opens only through open()). */
  private loaded?: RemindersController;

  constructor(
    private readonly deps: { clock: Clock; loadReminders: () => Promise<RemindersFlow> },
    private readonly get: () => PaneModel,
    private readonly set: (patch: Partial<PaneModel>) => void,
  ) {}

  /** The reminders flow, loaded once; a failed load is tried again next time. */
  loadFlow = (): Promise<RemindersFlow> => {
    this.flow ??= this.deps.loadReminders().catch((error: unknown) => {
      this.flow = undefined;
      throw error;
    });
    return this.flow;
  };

  /** The reminders request over the rep's own rows (null before the sheet was read). */
  ownRequest = (): RemindersRequest | null => {
    const { report, prefs, snapshot, reminders, lens } = this.get();
    if (!report || !snapshot) return null;
    const remindTodayKeys = reminders.kind === "preview" ? reminders.remindToday : [];
    return {
      // Team sheets: once the rep said which owner they are, reminders never touch a teammate's rows.
      rows: ownRows(report, lens),
      otherOwnerKeys: otherOwnerKeys(report, lens),
      prefs,
      now: this.deps.clock.now().getTime(),
      sheetName: snapshot.source.sheetName,
      remindTodayKeys,
      changed: this.changedFollowUps,
    };
  };

  private load(): Promise<RemindersController> {
    this.controller ??= import(/* webpackChunkName: "reminders" */ "./remindersController").then(
      ({ RemindersController }) => {
        const deps = { loadFlow: this.loadFlow, request: this.ownRequest, changedFollowUps: this.changedFollowUps };
        this.loaded = new RemindersController(deps, this.get, this.set);
        return this.loaded;
      },
      (error: unknown) => {
        this.controller = undefined;
        throw error;
      },
    );
    return this.controller;
  }

  /** A chunk that would not load: said in the dialog's place, with the way out that needs no Outlook. */
  private async withController(step: (controller: RemindersController) => Promise<void>): Promise<void> {
    let controller: RemindersController;
    try {
      controller = await this.load();
    } catch {
      this.set({ notice: { intent: "error", text: NOT_LOADED } });
      return;
    }
    await step(controller);
  }

  open = (): Promise<void> => this.withController((c) => c.open());
  openRowInOutlook = (key: string): Promise<void> => this.withController((c) => c.openRowInOutlook(key));
  signIn = (): Promise<void> => this.withController((c) => c.signIn());
  downloadIcs = (): Promise<void> => this.withController((c) => c.downloadIcs());
  copyCalendar = (ics?: string): Promise<void> => this.withController((c) => c.copyCalendar(ics));
  // These act on the dialog's preview or result, which exist only once open() has loaded the controller.
  toggleRemindToday = (key: string): Promise<void> => this.loaded?.toggleRemindToday(key) ?? Promise.resolve();
  setRemindTodayAll = (on: boolean): Promise<void> => this.loaded?.setRemindTodayAll(on) ?? Promise.resolve();
  run = (): Promise<void> => this.loaded?.run() ?? Promise.resolve();
  retry = (): Promise<void> => this.loaded?.retry() ?? Promise.resolve();
  openInOutlook = (id: string): void => this.loaded?.openInOutlook(id);
  toggleRemoval = (eventId: string): void => this.loaded?.toggleRemoval(eventId);
  close = (): void => this.loaded?.close();
}

const NOT_LOADED = "NextStep could not load its reminders. Check your connection, then click Create reminders again.";
