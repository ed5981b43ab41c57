import type { RowReport } from "../../core/types";
import type { UserPreferences } from "../../excel/port";
import type { IcsDownload } from "../../outlook/downloadIcs";

export type { IcsDownload };

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

/** An overdue prospect: no reminder in the past, but the rep may ask for one today. */
export interface OverdueChoice {
  key: string;
  prospect: string;
  row: number;
  /** When "remind me today" places it, in words: "today 14:30" (after working hours "tomorrow 09:00"). */
  at: string;
  /** The rep opted in and the plan holds a today reminder for it. */
  chosen: boolean;
  /** Plain words for why it gets no reminder: a date before today, or today's time already gone. */
  why: string;
}

/** One line of the list of what will be made (a planned event, or a day-before reminder). */
export interface FollowUpItem {
  /** `${key}:${kind}`: what `openInOutlook` takes. */
  id: string;
  prospect: string;
  row: number;
  kind: "main" | "dayBefore";
  /** "today 14:30", "tomorrow 09:00", "Thu 3 Dec 09:00". */
  when: string;
  /** Against the rep's calendar; "file" when offline (what the .ics holds). */
  status: "new" | "update" | "inOutlook" | "file";
  /** Moved to today from an overdue date. */
  remindToday: boolean;
  /** Why the time is not the sheet's: 'time "morning" not read, 09:00 used'. */
  note?: string;
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
  /** Overdue rows with their "remind me today" choice. */
  overdueRows: OverdueChoice[];
  /** Every planned follow-up, in date order (a long list is paged by the view). */
  followUps: FollowUpItem[];
  /** How many of the planned reminders are the day-before kind (0 when the setting is off). */
  dayBefore: number;
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
  /** Overdue prospects the rep ticked "remind me today" for. */
  remindTodayKeys?: readonly string[];
}

/** How a link was opened: Office's browser hand-off, a new window, or blocked (say "check your pop-up blocker"). */
export type OpenOutcome = "office" | "window" | "blocked";

export interface RemindersFlow {
  availability(): RemindersAvailability;
  signIn(): Promise<{ ok: boolean; message?: string }>;
  preview(request: RemindersRequest): Promise<RemindersPreview>;
  /** Writes what the last preview showed (removing only the ticked events), reporting progress. */
  run(removeEventIds: readonly string[], onProgress: (p: RemindersProgress) => void): Promise<RemindersResult>;
  /** Retries the last run's failures after a fresh lookup (never duplicates). */
  retryFailed(onProgress: (p: RemindersProgress) => void): Promise<RemindersResult>;
  /** Saves an .ics file with every planned follow-up (no sign-in needed) and says how it went. */
  downloadIcs(request: RemindersRequest): Promise<IcsDownload>;
  /**
   * Opens the follow-up for one prospect key without the dialog (the attention list's action): planned as the .ics
   * would be, an overdue prospect at today's next half hour. Null when the prospect gets no event.
   */
  openFollowUp(request: RemindersRequest, key: string): OpenOutcome | null;
  /** Opens one previewed follow-up as a prefilled new event in Outlook on the web (best effort); null if unknown. */
  openInOutlook(id: string): OpenOutcome | null;
}
