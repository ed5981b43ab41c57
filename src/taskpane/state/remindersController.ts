import { format } from "date-fns";
import type { Clock } from "./clock";
import type { PaneModel } from "./model";
import type { RemindersFlow, RemindersRequest } from "./remindersFlow";

interface Deps {
  clock: Clock;
  loadReminders: () => Promise<RemindersFlow>;
}

/** The "Create reminders" flow: check availability, preview, run with progress, retry failures, or the .ics path. */
export class RemindersController {
  private flow?: RemindersFlow;

  constructor(
    private readonly deps: Deps,
    private readonly get: () => PaneModel,
    private readonly set: (patch: Partial<PaneModel>) => void,
  ) {}

  private request(): RemindersRequest | null {
    const { report, prefs } = this.get();
    if (!report) return null;
    return { report, prefs, now: format(this.deps.clock.now(), "yyyy-MM-dd'T'HH:mm") };
  }

  private async load(): Promise<RemindersFlow> {
    this.flow ??= await this.deps.loadReminders();
    return this.flow;
  }

  private fail(error: unknown): void {
    const message = error instanceof Error && error.message ? error.message : "Something went wrong.";
    this.set({ reminders: { kind: "failed", message: `${message} You can still download an .ics file.` } });
  }

  open = async (): Promise<void> => {
    const request = this.request();
    if (!request) return;
    this.set({ panel: "reminders", reminders: { kind: "checking" } });
    try {
      const flow = await this.load();
      const [availability, preview] = await Promise.all([flow.availability(), flow.preview(request)]);
      this.set({ reminders: { kind: "preview", availability, preview } });
    } catch (error) {
      this.fail(error);
    }
  };

  close = (): void => this.set({ panel: "none", reminders: { kind: "closed" } });

  run = async (): Promise<void> => {
    const request = this.request();
    if (!request || !this.flow) return;
    this.set({ reminders: { kind: "running", progress: { done: 0, total: 0 } } });
    try {
      const result = await this.flow.run(request, (progress) => this.set({ reminders: { kind: "running", progress } }));
      this.set({ reminders: { kind: "done", result } });
    } catch (error) {
      this.fail(error);
    }
  };

  retry = async (): Promise<void> => {
    if (!this.flow) return;
    this.set({ reminders: { kind: "running", progress: { done: 0, total: 0 } } });
    try {
      const result = await this.flow.retryFailed((progress) => this.set({ reminders: { kind: "running", progress } }));
      this.set({ reminders: { kind: "done", result } });
    } catch (error) {
      this.fail(error);
    }
  };

  downloadIcs = async (): Promise<void> => {
    const request = this.request();
    if (!request) return;
    try {
      await (await this.load()).downloadIcs(request);
    } catch (error) {
      this.fail(error);
    }
  };

  /** The Outlook on the web link, when the flow can make one (synchronous: it is an href). */
  outlookLink = (): string | null => {
    const request = this.request();
    return request && this.flow ? this.flow.outlookLink(request) : null;
  };
}
