import { cellText } from "./cellText";
import { dayFromYmd } from "./dayNumber";
import { detectHeader, type Columns } from "./detectHeader";
import { findFollowUpColumns } from "./followup/followUpColumns";
import { matchHeader } from "./matchHeader";
import { parseDatePacked } from "./parseDate";

/** The header as found from values alone: numbers never look like labels, so formats are not needed to find it. */
function headerFromValues(values: unknown[][], mapping: Columns): { index: number; columns: Columns; found: boolean } {
  const year = 2026; // a fixed reference: only "is this a date at all" matters here, not which day
  const reference = dayFromYmd(year, 1, 1);
  const isDate = (cell: unknown): boolean => {
    if (typeof cell !== "string") return false;
    const text = cell.trim();
    return text !== "" && !Number.isNaN(parseDatePacked(text, 0, text.length, "MDY", reference, year));
  };
  const isDateValue = (cell: unknown): boolean => typeof cell === "number" || isDate(cell);
  return detectHeader(values, mapping, isDate, isDateValue);
}

/**
 * The date and time columns of a grid, found from its values alone (the rep's mapping first): what the Excel adapter
 * needs to know before deciding which columns' number formats and displayed text to read. Same header rule as
 * analyzeSheet.
 * Example: dateTimeColumns([["Company", "Next step", "Due", "Time"]]) → { date: 2, time: 3 }.
 */
export function dateTimeColumns(values: unknown[][], mapping: Columns = {}): { date?: number; time?: number } {
  const { columns } = headerFromValues(values, mapping);
  return {
    ...(columns.date !== undefined ? { date: columns.date } : {}),
    ...(columns.time !== undefined ? { time: columns.time } : {}),
  };
}

/**
 * The columns whose number formats can change what NextStep reads or writes, found from values alone (0-based, in
 * column order): the date and time columns; any other column whose header names a date or a time (a date column
 * without one date gives way to such a column, and it is where a rep re-maps the date); and the follow-up columns
 * whose formats a "Done…" write copies (last contact, touches). The core reads a number's format in these columns
 * only; elsewhere a format never changes the report. Undefined when no header with a date column is found: any
 * column may become the date column once the rep maps it, so every column's formats matter then.
 * Example: numberFormatColumns([["Company", "Next step", "Due", "Notes"], ["Acme", "Call", 46351, ""]]) →
 *   { date: 2, columns: [2] }.
 */
export function numberFormatColumns(
  values: unknown[][],
  mapping: Columns = {},
): { date: number; columns: number[] } | undefined {
  const header = headerFromValues(values, mapping);
  const { columns } = header;
  if (!header.found || columns.date === undefined) return undefined;
  const wanted = new Set<number>([columns.date, ...(columns.time !== undefined ? [columns.time] : [])]);
  const row = header.index >= 0 ? values[header.index] : undefined;
  if (Array.isArray(row)) {
    row.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      if (matchHeader(cellText(cell)).some((m) => m.role === "date" || m.role === "time")) wanted.add(c);
    });
    const followUp = findFollowUpColumns(values, { row: header.index + 1, columns, missing: [] }, 1);
    if (followUp.lastContact !== undefined) wanted.add(followUp.lastContact);
    if (followUp.touches !== undefined) wanted.add(followUp.touches);
  }
  return { date: columns.date, columns: [...wanted].sort((a, b) => a - b) };
}
