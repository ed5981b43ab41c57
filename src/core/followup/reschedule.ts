import { dayFromIso, isoFromDay } from "../dayNumber";
import type { RowReport } from "../types";
import { weekdayOfDay } from "./shortDate";

export type RescheduleTarget = "today" | "tomorrow" | "nextWorkingDay";

/** One row of a bulk move's preview: its old and new date (each keeps its time). */
export interface RescheduleMove {
  row: RowReport;
  /** Row's due as read: "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
  oldDue: string;
  newDay: number;
  /** "YYYY-MM-DD" (the time, if any, stays where the sheet keeps it). */
  newDate: string;
}

/** The first Monday–Friday after a day. Example: after Friday 2026-12-04 comes Monday 2026-12-07. */
export function nextWorkingDay(day: number): number {
  let next = day + 1;
  while (weekdayOfDay(next) >= 5) next++;
  return next;
}

/** The day a target names, counted from today. */
export function targetDay(target: RescheduleTarget, todayDay: number): number {
  if (target === "today") return todayDay;
  if (target === "tomorrow") return todayDay + 1;
  return nextWorkingDay(todayDay);
}

/**
 * The moves "Move N overdue follow-ups to …" would make: every given row with a valid date before the target day
 * (closed rows and rows without a date are left out). Each move changes only the date; its time stays.
 * Example: an overdue row due 2026-12-01T10:00, target "today" on 2026-12-04 → newDate "2026-12-04" (still 10:00).
 */
export function planReschedule(
  rows: readonly RowReport[],
  target: RescheduleTarget,
  todayDay: number,
): RescheduleMove[] {
  const day = targetDay(target, todayDay);
  const moves: RescheduleMove[] = [];
  for (const row of rows) {
    if (row.state === "closed" || !row.due) continue;
    const due = dayFromIso(row.due);
    if (due === undefined || due >= day) continue;
    moves.push({ row, oldDue: row.due, newDay: day, newDate: isoFromDay(day) });
  }
  return moves;
}

/** A quick pick of the Done form's date. */
export interface QuickPick {
  label: string;
  day: number;
  date: string;
}

/**
 * The Done form's date quick picks: tomorrow, in 2 days, next Monday (a week on when today is Monday), in a week,
 * in 2 weeks.
 */
export function quickPicks(todayDay: number): QuickPick[] {
  const monday = todayDay + 1 + ((7 - weekdayOfDay(todayDay + 1)) % 7);
  const picks: [string, number][] = [
    ["Tomorrow", todayDay + 1],
    ["In 2 days", todayDay + 2],
    ["Next Monday", monday],
    ["In a week", todayDay + 7],
    ["In 2 weeks", todayDay + 14],
  ];
  return picks.map(([label, day]) => ({ label, day, date: isoFromDay(day) }));
}
