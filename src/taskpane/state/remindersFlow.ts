import type { RowReport } from "../../core/types";
import type { UserPreferences } from "../../excel/port";

/**
 * What the pane needs from the reminders room, narrow so the pane never loads Graph or MSAL up front.
 * `loadReminders()` (a lazy chunk) adapts the Outlook room's RemindersPort to it.
 */
export type RemindersAvailability = { graph: true } | { graph: false; reason: string };

export interface ReminderSkip {
  prospect: string;
  row: number;
  why: string;
}

export interface RemovalChoice {
  eventId: string;
  label: string;
  why: string;
  /** Pre-ticked (false when the prospect may live in another workbook). */
  suggested: boolean;
}

export interface RemindersPreview {
  /** "outlook": counts against the rep's calendar; "offline": what an .ics file would hold. */
  mode: "outlook" | "offline";
  create: number;
  update: number;
  remove: number;
  unchanged: number;
  skipped: ReminderSkip[];
  /** Overdue rows get no event (the rep calls them today). */
  overdue: number;
  removals: RemovalChoice[];
  /** Outlook could not be read: why, and whether signing in would help. Offline counts are shown instead. */
  problem?: { message: string; authRequired: boolean };
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
  authRequired: boolean;
}

export interface RemindersRequest {
  rows: readonly RowReport[];
  prefs: UserPreferences;
  /** The clock's now, ms since the epoch. */
  now: number;
  sheetName: string;
}

export interface RemindersFlow {
  availability(): RemindersAvailability;
  signIn(): Promise<{ ok: boolean; message?: string }>;
  preview(request: RemindersRequest): Promise<RemindersPreview>;
  /** Writes what the last preview showed (removing only the ticked events), reporting progress. */
  run(removeEventIds: readonly string[], onProgress: (p: RemindersProgress) => void): Promise<RemindersResult>;
  /** Retries the last run's failures after a fresh lookup (never duplicates). */
  retryFailed(onProgress: (p: RemindersProgress) => void): Promise<RemindersResult>;
  /** Saves an .ics file with every planned follow-up (no sign-in needed). */
  downloadIcs(request: RemindersRequest): void;
  /** Best-effort Outlook on the web link for the first planned follow-up, or null. */
  outlookLink(request: RemindersRequest): string | null;
}
