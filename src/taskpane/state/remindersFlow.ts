import type { SheetReport } from "../../core/types";
import type { UserPreferences } from "../../excel/port";

/**
 * What the pane needs from the reminders room, kept narrow so the pane does not depend on Graph or MSAL.
 * `createRemindersFlow` (lazily loaded) adapts the Outlook room's RemindersPort to it.
 */
export type RemindersAvailability = { graph: true } | { graph: false; reason: string };

export interface ReminderSkip {
  prospect: string;
  row: number;
  why: string;
}

export interface RemindersPreview {
  create: number;
  update: number;
  remove: number;
  skipped: ReminderSkip[];
}

export interface RemindersProgress {
  done: number;
  total: number;
}

export interface ReminderFailure {
  prospect: string;
  message: string;
}

export interface RemindersResult {
  created: number;
  updated: number;
  removed: number;
  failures: ReminderFailure[];
}

export interface RemindersRequest {
  report: SheetReport;
  prefs: UserPreferences;
  /** The clock's local now, "YYYY-MM-DDTHH:mm". */
  now: string;
}

export interface RemindersFlow {
  availability(): Promise<RemindersAvailability>;
  preview(request: RemindersRequest): Promise<RemindersPreview>;
  /** Creates/updates/removes Outlook events; retrying after failures repeats only what failed. */
  run(request: RemindersRequest, onProgress: (p: RemindersProgress) => void): Promise<RemindersResult>;
  retryFailed(onProgress: (p: RemindersProgress) => void): Promise<RemindersResult>;
  /** Saves an .ics file with one event per reminder (works without sign-in). */
  downloadIcs(request: RemindersRequest): Promise<void>;
  /** Best-effort Outlook on the web compose link for the first due reminder, or null. */
  outlookLink(request: RemindersRequest): string | null;
}

/** Until the reminders room lands: the flow exists, says plainly why it cannot run, and never pretends. */
export const unavailableReminders: RemindersFlow = {
  availability: async () => ({ graph: false, reason: "Outlook reminders are not available in this build yet." }),
  preview: async ({ report }) => ({
    create: 0,
    update: 0,
    remove: 0,
    skipped: report.rows
      .filter((r) => r.state !== "closed")
      .map((r) => ({ prospect: r.prospect, row: r.row, why: "Reminders are not available in this build yet." })),
  }),
  run: async () => ({ created: 0, updated: 0, removed: 0, failures: [] }),
  retryFailed: async () => ({ created: 0, updated: 0, removed: 0, failures: [] }),
  downloadIcs: async () => undefined,
  outlookLink: () => null,
};
