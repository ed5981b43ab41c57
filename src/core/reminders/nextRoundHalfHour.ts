import { addDays, parseHhMm, utcToWallTime } from "./zonedTime";
import type { WorkingHours } from "./reminderTypes";

const toMinutes = (hhmm: string): number => {
  const t = parseHhMm(hhmm) ?? [0, 0];
  return t[0] * 60 + t[1];
};
const fmt = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/**
 * When "remind me today" fires: the next :00 or :30 strictly after now, inside working hours.
 * Before the day starts → today at the start; after the end (e.g. 18:00) → tomorrow at `nextDayTime`.
 * Weekends are not skipped: the rep asked for a reminder, and a Saturday one is easy to move.
 * Example: 10:07 → "…T10:30"; 17:45 → "…T18:00"; 18:05 → tomorrow "…T09:00".
 */
export function nextRoundHalfHour(nowUtc: number, timeZone: string, hours: WorkingHours, nextDayTime: string): string {
  const now = utcToWallTime(nowUtc, timeZone);
  const nowMin = toMinutes(now.time);
  const next = (Math.floor(nowMin / 30) + 1) * 30;
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  if (next < start) return `${now.date}T${fmt(start)}`;
  if (next <= end && next < 24 * 60) return `${now.date}T${fmt(next)}`;
  return `${addDays(now.date, 1)}T${nextDayTime}`;
}
