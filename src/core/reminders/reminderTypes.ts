/** The reminders' own contract: what the plan wants, what Outlook has, and what the diff decides. */

export type ReminderKind = "main" | "dayBefore";

export interface WorkingHours {
  /** "HH:mm", default "08:00" */
  start: string;
  /** "HH:mm", default "18:00" */
  end: string;
}

export interface ReminderPrefs {
  /** Start time when the row has no time, "HH:mm"; default "09:00". */
  defaultTime: string;
  /** Event length; default 15. */
  durationMinutes: number;
  /** Outlook reminder lead time; default 15. */
  reminderMinutesBefore: number;
  /** Also remind the day before at `dayBeforeTime`; default false. */
  dayBefore: boolean;
  /** "HH:mm", default "17:00". */
  dayBeforeTime: string;
  workingHours: WorkingHours;
  /** Prospect keys of overdue rows the rep opted into "remind me today" for. */
  remindTodayKeys: readonly string[];
}

export const DEFAULT_PREFS: ReminderPrefs = {
  defaultTime: "09:00",
  durationMinutes: 15,
  reminderMinutesBefore: 15,
  dayBefore: false,
  dayBeforeTime: "17:00",
  workingHours: { start: "08:00", end: "18:00" },
  remindTodayKeys: [],
};

/** Where the rows came from, written into the event body. */
export interface ReminderSource {
  workbook: string;
  sheet: string;
}

/** One reminder NextStep wants to exist. */
export interface DesiredReminder {
  /** The prospect's stable key (RowReport.key). */
  key: string;
  kind: ReminderKind;
  /** Sheet row at planning time (shown, never used for identity). */
  row: number;
  prospect: string;
  subject: string;
  /** Plain text. */
  body: string;
  /** Local wall time in `timeZone`, "YYYY-MM-DDTHH:mm". */
  startLocal: string;
  timeZone: string;
  startUtc: number;
  endUtc: number;
  reminderMinutesBefore: number;
  /** Hash of everything the rep sees except the source line (so sorting rows changes nothing). */
  contentHash: string;
  /** Deterministic id for a duplicate-safe POST: hash of key + kind + due. */
  transactionId: string;
  /** The main reminder was moved to today because the row is overdue and the rep opted in. */
  remindToday?: boolean;
  /** The row's time cell could not be read, so the default time was used: says so, e.g. 'time "morning" not read, 09:00 used'. */
  timeNote?: string;
}

export type SkipReason = "closed" | "noDate" | "invalidDate" | "duplicateKey";

export interface SkippedRow {
  row: number;
  prospect: string;
  key: string;
  reason: SkipReason;
  /** What the rep sees, e.g. "closed: no reminder". */
  message: string;
}

export interface OverdueRow {
  row: number;
  prospect: string;
  key: string;
  /** The row's due value, "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
  due: string;
  message: string;
  /** When "remind me today" would place the reminder (local "YYYY-MM-DDTHH:mm"). */
  remindTodayAt: string;
  /** True when the rep opted in and the plan contains a today reminder for it. */
  remindToday: boolean;
}

export interface ReminderPlan {
  reminders: DesiredReminder[];
  overdue: OverdueRow[];
  skipped: SkippedRow[];
  /** Keys of rows that are closed or have no date: existing events for them are offered for removal. */
  inactiveKeys: Record<string, SkipReason>;
  /** Keys of another owner's rows in this sheet (team sheets): their events are left alone, never removed. */
  otherOwnerKeys?: string[];
  timeZone: string;
  /** The instant the plan was made for (events that already started are history, never offered for removal). */
  now: number;
}

/** A NextStep event already in the calendar, as the lookup reads it back. */
export interface ExistingReminder {
  eventId: string;
  key: string;
  kind: ReminderKind;
  contentHash: string;
  startUtc: number;
  subject: string;
}
