import { dayFromYmd } from "./dayNumber";
import { detectHeader, type Columns } from "./detectHeader";
import { parseDatePacked } from "./parseDate";

/**
 * The date and time columns of a grid, found from its values alone (the rep's mapping first): what the Excel adapter
 * needs to know before deciding which columns' number formats and displayed text to read. Same header rule as
 * analyzeSheet; numbers never look like labels, so formats are not needed to find the header.
 * Example: dateTimeColumns([["Company", "Next step", "Due", "Time"]]) → { date: 2, time: 3 }.
 */
export function dateTimeColumns(values: unknown[][], mapping: Columns = {}): { date?: number; time?: number } {
  const year = 2026; // a fixed reference: only "is this a date at all" matters here, not which day
  const reference = dayFromYmd(year, 1, 1);
  const isDate = (cell: unknown): boolean => {
    if (typeof cell !== "string") return false;
    const text = cell.trim();
    return text !== "" && !Number.isNaN(parseDatePacked(text, 0, text.length, "MDY", reference, year));
  };
  const isDateValue = (cell: unknown): boolean => typeof cell === "number" || isDate(cell);
  const { columns } = detectHeader(values, mapping, isDate, isDateValue);
  return {
    ...(columns.date !== undefined ? { date: columns.date } : {}),
    ...(columns.time !== undefined ? { time: columns.time } : {}),
  };
}
