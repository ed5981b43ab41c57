import { clipText } from "../cutText";
import type { RowReport } from "../types";
import { hashText } from "./hashText";
import { nextRoundHalfHour } from "./nextRoundHalfHour";
import { reminderBody, reminderDetails, reminderSubject } from "./reminderText";
import type {
  DesiredReminder,
  OverdueRow,
  ReminderKind,
  ReminderPlan,
  ReminderPrefs,
  ReminderSource,
  SkipReason,
  SkippedRow,
} from "./reminderTypes";
import { DEFAULT_PREFS } from "./reminderTypes";
import { promisedTime } from "../followup/promisedTime";
import { addDays, isValidTimeZone, parseHhMm, parseIsoDate, wallTimeToUtc } from "./zonedTime";

export interface PlanInput {
  rows: readonly RowReport[];
  /** Missing fields take DEFAULT_PREFS. */
  prefs?: Partial<ReminderPrefs>;
  /** The current instant (ms since epoch); the core never reads the clock. */
  now: number;
  /** The rep's IANA zone; an unknown zone falls back to UTC. */
  timeZone: string;
  source: ReminderSource;
  /**
   * Team sheets: keys of rows in this sheet that belong to another owner (the rows planned are the rep's own).
   * Their events are left alone: never offered for removal as if the prospect had left the sheet.
   */
  otherOwnerKeys?: readonly string[];
}

const MESSAGES: Record<SkipReason, string> = {
  closed: "closed: no reminder",
  noDate: "no date: add a next-step date to get a reminder",
  invalidDate: "date not readable: fix the date to get a reminder",
  duplicateKey: "same prospect as an earlier row: one reminder per prospect",
};

/** Splits RowReport.due into a date and an optional time; undefined when malformed. */
function splitDue(due: string): { date: string; time?: string } | undefined {
  const [date, time] = due.split("T");
  if (!parseIsoDate(date)) return undefined;
  if (time !== undefined && !parseHhMm(time)) return undefined;
  return { date, time };
}

/** transactionId: deterministic from key + kind + due, short enough for Graph (32 chars). */
export function transactionIdFor(key: string, kind: ReminderKind, dueLocal: string): string {
  return `nextstep-${hashText(`${key}\u0000${kind}\u0000${dueLocal}`)}${hashText(`${dueLocal}|${kind}|${key}`).slice(0, 5)}`;
}

function build(
  row: RowReport,
  kind: ReminderKind,
  date: string,
  time: string,
  prefs: ReminderPrefs,
  ctx: { timeZone: string; source: ReminderSource; mainTime: string },
): DesiredReminder | undefined {
  const startUtc = wallTimeToUtc(date, time, ctx.timeZone);
  if (startUtc === undefined) return undefined;
  const duration = kind === "main" ? prefs.durationMinutes : 5;
  const subject = reminderSubject(row.prospect, row.fields.nextStep ?? "", kind);
  const details = reminderDetails(row, kind, ctx.mainTime);
  const startLocal = `${date}T${time}`;
  const minutesBefore = kind === "main" ? prefs.reminderMinutesBefore : 0;
  return {
    key: row.key,
    kind,
    row: row.row,
    prospect: row.prospect,
    subject,
    body: reminderBody(details, ctx.source, row.row),
    startLocal,
    timeZone: ctx.timeZone,
    startUtc,
    endUtc: startUtc + duration * 60000,
    reminderMinutesBefore: minutesBefore,
    contentHash: hashText([subject, details, startLocal, ctx.timeZone, duration, minutesBefore].join("\u0001")),
    transactionId: transactionIdFor(row.key, kind, startLocal),
  };
}

/** What the rep sees when the time cell said something that is no time ("morning", "2pm EST"). */
function timeNote(cell: string, used: string): string {
  return `time "${clipText(cell, 30)}" not read, ${used} used`;
}

/**
 * The reminders NextStep wants: one main event per active row with a valid future date (plus an optional
 * day-before one), overdue rows listed instead (or moved to today when opted in), everything else skipped with why.
 * Example: a row due "2026-12-03" with defaultTime 09:00 in Europe/Paris → startUtc of 2026-12-03T08:00Z.
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const prefs: ReminderPrefs = { ...DEFAULT_PREFS, ...input.prefs };
  const timeZone = isValidTimeZone(input.timeZone) ? input.timeZone : "UTC";
  const optedIn = new Set(prefs.remindTodayKeys);
  const plan: ReminderPlan = { reminders: [], overdue: [], skipped: [], inactiveKeys: {}, timeZone, now: input.now };
  if (input.otherOwnerKeys?.length) plan.otherOwnerKeys = [...input.otherOwnerKeys];
  const seen = new Map<string, number>();
  const skip = (row: RowReport, reason: SkipReason): void => {
    const s: SkippedRow = { row: row.row, prospect: row.prospect, key: row.key, reason, message: MESSAGES[reason] };
    if (reason === "duplicateKey") s.message += ` (row ${seen.get(row.key)})`;
    plan.skipped.push(s);
    // A later duplicate row must not mark the first row's prospect inactive.
    if (reason !== "duplicateKey") plan.inactiveKeys[row.key] = reason;
  };

  for (const row of input.rows) {
    if (seen.has(row.key)) {
      skip(row, "duplicateKey");
      continue;
    }
    if (row.state === "closed") {
      skip(row, "closed");
      seen.set(row.key, row.row);
      continue;
    }
    const due = row.due ? splitDue(row.due) : undefined;
    if (!due) {
      skip(row, row.due || row.dateKind === "invalid" ? "invalidDate" : "noDate");
      seen.set(row.key, row.row);
      continue;
    }
    seen.set(row.key, row.row);
    // No time in the sheet: a time the next step promises ("Call Monday 10am") is the reminder's time.
    const promised = due.time === undefined ? promisedTime(row.fields.nextStep ?? "", due.date) : undefined;
    const time = due.time ?? promised ?? prefs.defaultTime;
    const ctx = { timeZone, source: input.source, mainTime: time };
    const main = build(row, "main", due.date, time, prefs, ctx);
    if (!main) {
      skip(row, "invalidDate");
      continue;
    }
    if (main.startUtc <= input.now) {
      const at = nextRoundHalfHour(input.now, timeZone, prefs.workingHours, prefs.defaultTime);
      const wanted = optedIn.has(row.key);
      const o: OverdueRow = {
        row: row.row,
        prospect: row.prospect,
        key: row.key,
        due: row.due ?? "",
        message: "overdue: update the date in the sheet",
        remindTodayAt: at,
        remindToday: wanted,
      };
      plan.overdue.push(o);
      if (wanted) {
        const [d, t] = at.split("T");
        const today = build(row, "main", d, t, prefs, { ...ctx, mainTime: t });
        if (today) plan.reminders.push({ ...today, remindToday: true });
      }
      continue;
    }
    const timeCell = row.fields.time ?? "";
    if (due.time === undefined && timeCell !== "") main.timeNote = timeNote(timeCell, time);
    if (promised !== undefined && timeCell === "") main.timeNote = `${promised} from the next step`;
    plan.reminders.push(main);
    if (prefs.dayBefore) {
      const before = build(row, "dayBefore", addDays(due.date, -1), prefs.dayBeforeTime, prefs, ctx);
      if (before && before.startUtc > input.now) plan.reminders.push(before);
    }
  }
  return plan;
}
