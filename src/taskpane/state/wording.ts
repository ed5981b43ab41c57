import type { DateOrder, RowProblem, RowReport } from "../../core/types";
import { columnLetter } from "../../excel/address";
import type { ProspectSource } from "../../excel/port";
import { dayMonthYear, readWallTime, weekdayDayMonth } from "./calendarWords";

/**
 * The due date in words, relative to today, with the time when it has one: "3 days overdue", "today 10:00", "tomorrow",
 * "in 2 days, 10:00", "on Mon 4 Jan".
 * `due` is the core's "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"; undefined gives "".
 */
export function whenInWords(due: string | undefined, today: string): string {
  if (!due) return "";
  const at = readWallTime(due);
  const now = readWallTime(today);
  if (!at || !now) return "";
  const days = at.dayNumber - now.dayNumber;
  if (days < 0) return `${plural(-days, "day")} overdue`;
  if (days === 0) return at.time ? `today ${at.time}` : "today";
  if (days === 1) return at.time ? `tomorrow ${at.time}` : "tomorrow";
  const atTime = at.time ? `, ${at.time}` : "";
  if (days <= 14) return `in ${plural(days, "day")}${atTime}`;
  return at.year === now.year ? `on ${weekdayDayMonth(at)}${atTime}` : `on ${dayMonthYear(at)}${atTime}`;
}

/** Days late (0 when not late or undated): the attention list's sort key. */
export function daysLate(due: string | undefined, today: string): number {
  const at = due ? readWallTime(due.slice(0, 10)) : null;
  const now = readWallTime(today);
  if (!at || !now) return 0;
  return Math.max(0, now.dayNumber - at.dayNumber);
}

/** One plain sentence per problem, saying what is wrong and what to do. */
export function problemSentence(problem: RowProblem, row: Pick<RowReport, "fields">): string {
  switch (problem) {
    case "missingNextStep":
      return "No next step — write down what happens next.";
    case "missingDate":
      return "No date for the next step — add one.";
    case "invalidDate": {
      const text = row.fields.date?.trim();
      return text ? `"${text}" is not a date — type a real date.` : "The date is not readable — type a real date.";
    }
  }
}

/** The core's own sentence when it gave one (it knows the date order), else ours. */
export function problemText(row: Pick<RowReport, "problems" | "fields" | "message">): string {
  if (!row.problems.length) return "";
  return row.message?.trim() || row.problems.map((p) => problemSentence(p, row)).join(" ");
}

/** "1 prospect" / "42 prospects". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A reminder's local start in words, time always included: "today 14:30", "tomorrow 09:00", "Thu 3 Dec 09:00"
 * (another year: "3 Jan 2027 09:00"). `at` is "YYYY-MM-DDTHH:mm"; `today` is "YYYY-MM-DD" in the same zone.
 */
export function reminderTimeInWords(at: string, today: string): string {
  const when = readWallTime(at);
  const now = readWallTime(today);
  if (!when || !now) return "";
  const time = when.time || "00:00";
  const days = when.dayNumber - now.dayNumber;
  if (days === 0) return `today ${time}`;
  if (days === 1) return `tomorrow ${time}`;
  if (days === -1) return `yesterday ${time}`;
  return when.year === now.year ? `${weekdayDayMonth(when)} ${time}` : `${dayMonthYear(when)} ${time}`;
}

const ORDER_WORDS: Record<DateOrder, { first: string; example: string }> = {
  DMY: { first: "day-first", example: "30/11/2026 or 01.12.2026" },
  MDY: { first: "month-first", example: "11/30/2026" },
  YMD: { first: "year-first", example: "26/11/30" },
};

/** "day-first", "month-first", "year-first". */
export const dateOrderWords = (order: DateOrder): string => ORDER_WORDS[order].first;

/** The notice offering the date order a sheet is evidently written in. */
export function dateOrderNotice(order: DateOrder): string {
  const { first, example } = ORDER_WORDS[order];
  // True of both kinds of evidence (dateOrderHint): dates that read only this way, and dates written day-first.
  return `This sheet's dates look ${first} (like ${example}). Read its dates ${first}?`;
}

/**
 * The notice for a sheet whose used range was too large, so only the list's part was read: where the sheet really
 * ends, and what to do about it.
 */
export function beyondNotice(source: ProspectSource, beyond: { rowCount: number; columnCount: number }): string {
  const lastRow = (source.rowIndex + beyond.rowCount).toLocaleString("en-US");
  const lastColumn = columnLetter(source.columnIndex + beyond.columnCount - 1);
  return (
    `NextStep read your list (${source.address}) but not the rest of the sheet, which runs to row ${lastRow}, ` +
    `column ${lastColumn}: probably a stray cell far below or to the right. Delete it, or make your list a table ` +
    "(Insert > Table), and this note goes."
  );
}
