import { ymdFromDay } from "../dayNumber";
import type { DateOrder } from "../types";

/** A day without its year, in the rep's date order: "12/14" (MDY), "14/12" (DMY), "12-14" (YMD). */
export function shortDate(day: number, order: DateOrder): string {
  const [, m, d] = ymdFromDay(day);
  if (order === "DMY") return `${d}/${m}`;
  if (order === "YMD") return `${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  return `${m}/${d}`;
}

/** Monday = 0 … Sunday = 6 of a day number (day 0, 1970-01-01, was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 3) % 7) + 7) % 7;
