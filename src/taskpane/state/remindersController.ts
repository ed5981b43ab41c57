import { openingPatch, type PaneModel } from "./model";
import type { OpenOutcome, RemindersFlow, RemindersProgress, RemindersRequest, RemindersResult } from "./remindersFlow";
import { copyText } from "./clipboard";

const COPIED =
  "Calendar copied. Paste it into a new plain-text file, save it as NextStep follow-ups.ics, then open that file to add the follow-ups to Outlook.";

const NOT_OPENED = "Outlook on the web did not open. Allow pop-ups for NextStep, or download the .ics file.";

/** What the controller shares with the store's reminders door (remindersDoor.ts), which loads it on first use. */
export interface RemindersControllerDeps {
  /** The reminders flow, loaded once (its own chunk). */
  loadFlow: () => Promise<RemindersFlow>;
  /** The request over the rep's own rows, null before the sheet was read. */
  request: () => RemindersRequest | null;
  /** Follow-ups the loop moved whose Outlook reminder did not follow; a clean run or an .ics download settles them. */
  changedFollowUps: Map<string, string>;
}

function sentence(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong.";
}

/**
 * The "Create reminders" flow: preview (Outlook or .ics), sign in, run with progress, retry failures, or .ics. Loaded
 * with the flow's chunk when the rep first asks for reminders (remindersDoor.ts).
 */
export class RemindersController {
  private flow?: RemindersFlow;

  constructor(
    private readonly deps: RemindersControllerDeps,
    private readonly get: () => PaneModel,
    private readonly set: (patch: Partial<PaneModel>) => void,
  ) {}

  /** Bumped per preview, so a slow re-plan never overwrites a newer one. */
  private generation = 0;

  private async load(): Promise<RemindersFlow> {
    this.flow ??= await this.deps.loadFlow();
    return this.flow;
  }

  private fail(error: unknown): void {
    this.set({ reminders: { kind: "failed", message: `${sentence(error)} You can still download an .ics file.` } });
  }

  open = async (): Promise<void> => {
    const request = this.deps.request();
    // Dates may be read in the wrong month until the rep answers the date-order offer (the pane says so).
    if (!request || this.get().dateOrderOffer === "pending") return;
    if (this.get().panel !== "reminders") this.set(openingPatch(this.get(), "reminders"));
    this.set({ reminders: { kind: "checking" } });
    const generation = ++this.generation;
    try {
      const flow = await this.load();
      const preview = await flow.preview({ ...request, remindTodayKeys: [] });
      if (generation !== this.generation) return;
      const removeIds = preview.removals.filter((r) => r.suggested).map((r) => r.eventId);
      const availability = flow.availability();
      this.set({
        reminders: { kind: "preview", availability, preview, removeIds, remindToday: [], replanning: false },
      });
    } catch (error) {
      this.fail(error);
    }
  };

  /** Re-plans with these "remind me today" keys, keeping the rep's removal ticks. */
  private async replan(remindToday: string[]): Promise<void> {
    const stage = this.get().reminders;
    if (!this.flow || stage.kind !== "preview") return;
    this.set({ reminders: { ...stage, remindToday, replanning: true, openProblem: undefined, download: undefined } });
    const request = this.deps.request();
    if (!request) return this.set({ reminders: { ...stage, replanning: false } });
    const generation = ++this.generation;
    try {
      const preview = await this.flow.preview(request);
      const now = this.get().reminders;
      if (generation !== this.generation || now.kind !== "preview") return;
      const offered = new Set(preview.removals.map((r) => r.eventId));
      const removeIds = now.removeIds.filter((id) => offered.has(id));
      this.set({ reminders: { ...now, preview, removeIds, replanning: false } });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Ticks or unticks "remind me today" for one overdue prospect. */
  toggleRemindToday = (key: string): Promise<void> => {
    const stage = this.get().reminders;
    if (stage.kind !== "preview") return Promise.resolve();
    const has = stage.remindToday.includes(key);
    return this.replan(has ? stage.remindToday.filter((k) => k !== key) : [...stage.remindToday, key]);
  };

  /** "Remind me today for all": every overdue prospect, or none. */
  setRemindTodayAll = (on: boolean): Promise<void> => {
    const stage = this.get().reminders;
    if (stage.kind !== "preview") return Promise.resolve();
    return this.replan(on ? stage.preview.overdueRows.map((o) => o.key) : []);
  };

  /** The attention list's "Open in Outlook": one prospect's follow-up, no dialog; a failure is a notice. */
  openRowInOutlook = async (key: string): Promise<void> => {
    const request = this.deps.request();
    if (!request) return;
    let outcome: OpenOutcome | null;
    try {
      outcome = (await this.load()).openFollowUp(request, key);
    } catch {
      outcome = null;
    }
    if (outcome === null || outcome === "blocked") this.set({ notice: { intent: "error", text: NOT_OPENED } });
  };

  /** Opens one previewed follow-up as a prefilled new event in Outlook on the web. */
  openInOutlook = (id: string): void => {
    const stage = this.get().reminders;
    if (!this.flow || stage.kind !== "preview") return;
    let outcome: OpenOutcome | null;
    try {
      outcome = this.flow.openInOutlook(id);
    } catch {
      outcome = null;
    }
    const openProblem = outcome === "blocked" || outcome === null ? NOT_OPENED : undefined;
    this.set({ reminders: { ...stage, openProblem } });
  };

  close = (): void => this.set({ panel: "none", reminders: { kind: "closed" } });

  /** Ticks or unticks one event offered for removal. */
  toggleRemoval = (eventId: string): void => {
    const stage = this.get().reminders;
    if (stage.kind !== "preview") return;
    const has = stage.removeIds.includes(eventId);
    const removeIds = has ? stage.removeIds.filter((id) => id !== eventId) : [...stage.removeIds, eventId];
    this.set({ reminders: { ...stage, removeIds } });
  };

  signIn = async (): Promise<void> => {
    const flow = await this.load();
    const outcome = await flow.signIn();
    if (outcome.ok) await this.open();
    else this.set({ reminders: { kind: "failed", message: outcome.message ?? "Sign-in did not finish." } });
  };

  private async write(step: (onProgress: (p: RemindersProgress) => void) => Promise<RemindersResult>): Promise<void> {
    this.set({ reminders: { kind: "running", progress: { done: 0, total: 0 } } });
    try {
      const result = await step((progress) => this.set({ reminders: { kind: "running", progress } }));
      if (result.failures.length === 0 && !result.authRequired) this.deps.changedFollowUps.clear();
      this.set({ reminders: { kind: "done", result } });
    } catch (error) {
      this.fail(error);
    }
  }

  run = async (): Promise<void> => {
    const stage = this.get().reminders;
    if (!this.flow || stage.kind !== "preview") return;
    const flow = this.flow;
    await this.write((onProgress) => flow.run(stage.removeIds, onProgress));
  };

  retry = async (): Promise<void> => {
    const flow = this.flow;
    if (flow) await this.write((onProgress) => flow.retryFailed(onProgress));
  };

  downloadIcs = async (): Promise<void> => {
    const request = this.deps.request();
    if (!request) return;
    try {
      const download = await (await this.load()).downloadIcs(request);
      this.deps.changedFollowUps.clear();
      const stage = this.get().reminders;
      if (stage.kind === "preview") this.set({ reminders: { ...stage, download } });
      else if (download.kind === "copyInstead") await this.copyCalendar(download.ics);
    } catch (error) {
      this.fail(error);
    }
  };

  /** "Copy calendar": where no file can be saved, the rep pastes it into a text file named .ics. */
  copyCalendar = async (ics?: string): Promise<void> => {
    const stage = this.get().reminders;
    const text = ics ?? (stage.kind === "preview" && stage.download?.kind === "copyInstead" ? stage.download.ics : "");
    if (!text) return;
    const copied = await copyText(text);
    this.set({
      notice: copied
        ? { intent: "success", text: COPIED }
        : {
            intent: "error",
            text: "Couldn't copy the calendar. Try again, or use Open in Outlook for each follow-up.",
          },
    });
  };
}
