import type { RowReport } from "../../core/types";
import type { UserPreferences } from "../../excel/port";
import type { IcsDownload } from "../../outlook/downloadIcs";
import type { DesiredReminder } from "../../core/reminders/reminderTypes";
import type { FollowUpMoves, PlanResult } from "../../outlook/followUpSync";

export type { IcsDownload, FollowUpMoves, PlanResult };

/**
 * What the pane needs from the reminders room, narrow so the pane never loads Graph or MSAL up front.
 * `loadReminders()` (a lazy chunk) adapts the Outlook room's RemindersPort to it.
 */
export type RemindersAvailability = { graph: true } | { graph: false; reason: string; adminNote?: string };

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

/** What happens to a prospect's follow-up in Outlook. */
export type FollowUpAction = "create" | "update" | "remove" | "unchanged" | "skipped";

/** One prospect's line in the reminders dialog: the one count the dialog adds up. */
export interface FollowUpLine {
  key: string;
  prospect: string;
  /** Sheet row (absent for an event whose prospect is no longer in the sheet). */
  row?: number;
  action: FollowUpAction;
  /** When its reminder is, in words true at the time shown: "today 14:30", "Thu 3 Dec 09:00". */
  when?: string;
  /** Orders lines by time (overdue first, undated last). */
  sortUtc: number;
  /** Why this action, in plain words. */
  why: string;
  /**
   * The follow-up loop moved this follow-up in the sheet and its Outlook reminder could not follow (no sign-in, or
   * Outlook refused): what the rep does about it.
   */
  changed?: string;
  /** The day-before reminder, a property of the follow-up: "day-before reminder tomorrow 17:00". */
  dayBefore?: string;
  /** What `openInOutlook` takes, when the line has an event to open. */
  openId?: string;
  /** An overdue prospect: when "remind me" would place its reminder ("today 14:30" / "tomorrow 08:30"). */
  overdue?: { at: string; chosen: boolean };
  /** This prospect's events offered for removal. */
  removals: RemovalChoice[];
}

export interface RemindersPreview {
  /** "outlook": against the rep's calendar; "offline": what an .ics file would hold. */
  mode: "outlook" | "offline";
  /** One line per prospect, in time order. */
  lines: FollowUpLine[];
  /** Lines per action; they add up to `lines.length`. */
  counts: Record<FollowUpAction, number>;
  /** Every event offered for removal (also on its line). */
  removals: RemovalChoice[];
  /** Overdue prospects with their "remind me" choice. */
  overdueRows: OverdueChoice[];
  /** How many events the .ics holds (follow-ups plus day-before reminders), for the after-download note. */
  fileEvents: number;
  /** Team sheets: events of another owner's rows found in the calendar, in a sentence (never removed). */
  leftAlone?: string;
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
  /** Team sheets: keys of another owner's rows (not planned); their events are left alone, never removed. */
  otherOwnerKeys?: readonly string[];
  /** Follow-ups the loop moved whose Outlook reminder did not follow: key → what the line says (`changed`). */
  changed?: ReadonlyMap<string, string>;
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
  /** The loop wrote these prospects' dates or steps: move their existing Outlook reminders (silent sign-in only). */
  moveFollowUps(request: RemindersRequest, keys: readonly string[]): Promise<FollowUpMoves>;
  /** Today's plan as one Outlook event per day (silent sign-in only). */
  upsertPlan(plan: DesiredReminder): Promise<PlanResult>;
  /** The signed-in Microsoft 365 account, once Graph signed in this session. */
  account(): { name?: string; username: string } | undefined;
}
