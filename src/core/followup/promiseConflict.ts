import { dayFromIso, hhmmFromMinutes } from "../dayNumber";
import type { DateOrder } from "../types";
import type { PromisedTime } from "./readPromise";
import { shortDate, weekdayOfDay } from "./shortDate";

/**
 * When the next step promises a day the date cell does not hold, the sentence that says so:
 * "Next step says Friday, date says 12/14". The date cell stays the truth: this is shown as a problem, never applied.
 * A calendar date must match the cell's day; a weekday must match the cell's weekday (typed last week, "Friday" meant
 * that week's Friday); words that count from the day they were typed ("tomorrow", "in 2 weeks") cannot be checked
 * later and are never called a contradiction. A promised time is checked against the row's time when it has one.
 * Example: promiseConflict(readPromise("Call Fri", …), "2026-12-14", "MDY") === "Next step says Fri, date says 12/14".
 */
export function promiseConflict(
  promise: PromisedTime | undefined,
  due: string | undefined,
  order: DateOrder,
): string | undefined {
  if (!promise || !due) return undefined;
  const dueDay = dayFromIso(due);
  if (dueDay === undefined) return undefined;
  if (promise.day !== undefined && promise.dayText) {
    const differs =
      promise.dayKind === "date"
        ? promise.day !== dueDay
        : promise.dayKind === "weekday" && weekdayOfDay(promise.day) !== weekdayOfDay(dueDay);
    if (differs) return `Next step says ${promise.dayText}, date says ${shortDate(dueDay, order)}`;
  }
  const dueTime = due.length >= 16 ? due.slice(11, 16) : undefined;
  if (promise.minutes >= 0 && dueTime && hhmmFromMinutes(promise.minutes) !== dueTime && promise.timeText) {
    return `Next step says ${promise.timeText}, time says ${dueTime}`;
  }
  return undefined;
}
