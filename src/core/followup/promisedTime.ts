import { readPromise } from "./readPromise";

/**
 * The time ("HH:mm") a next step promises for a follow-up dated `dueDate`, when the step names no other day:
 * "Call 10am", "Call Monday 10am" (a Monday), "demo 12/9 at 2pm" (due Dec 9). Undefined otherwise.
 * Numeric dates in the step are read month-first here; one read another way simply gives no time.
 * Example: promisedTime("Call Monday 10am", "2026-12-07") === "10:00".
 */
export function promisedTime(nextStep: string, dueDate: string): string | undefined {
  const promise = readPromise(nextStep, { today: dueDate });
  if (!promise?.time) return undefined;
  if (promise.date === undefined || promise.date === dueDate) return promise.time;
  // A weekday is read as the next one after dueDate, so it matches when it is dueDate's own weekday, a week on.
  if (promise.dayKind === "weekday" && promise.day !== undefined) {
    const due = readPromise(dueDate, { today: dueDate })?.day;
    if (due !== undefined && (promise.day - due) % 7 === 0) return promise.time;
  }
  return undefined;
}
