/**
 * The few date words the pane shows, without a date library in the first bundle: the pane's dates are wall-clock
 * strings ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"), so calendar arithmetic on day numbers is exact and zone-free.
 */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  /** "HH:mm", or "" when the text holds no time. */
  time: string;
  /** Days since 1970-01-01 (calendar arithmetic). */
  dayNumber: number;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Reads "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss]"; null for anything else or an impossible date. */
export function readWallTime(text: string): WallTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return null;
  return { year, month, day, time: m[4] !== undefined ? `${m[4]}:${m[5]}` : "", dayNumber: utc / 86_400_000 };
}

/** "Wed 16 Dec". */
export const weekdayDayMonth = (w: WallTime): string =>
  `${DAYS[new Date(w.dayNumber * 86_400_000).getUTCDay()]} ${w.day} ${MONTHS[w.month - 1]}`;

/** "16 Dec 2026". */
export const dayMonthYear = (w: WallTime): string => `${w.day} ${MONTHS[w.month - 1]} ${w.year}`;

const pad = (n: number) => String(n).padStart(2, "0");

/** A Date's local calendar day, "YYYY-MM-DD". */
export const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
