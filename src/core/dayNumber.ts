/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), pure integers.
 * The core never builds Date objects, so results do not depend on the machine's time zone or clock.
 */

/** Days in a month of a year; 0 for a month outside 1..12. Example: daysInMonth(2028, 2) === 29. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year/month/day names a real calendar day. Example: isValidYmd(2026, 2, 30) === false. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a (valid) calendar date, Howard Hinnant's days_from_civil. Example: dayFromYmd(1970, 1, 1) === 0. */
export function dayFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar date of a day number as [year, month, day]. Example: ymdFromDay(0) → [1970, 1, 1]. */
export function ymdFromDay(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

const pad2 = (n: number): string => (n < 10 ? "0" + n : "" + n);

/** "YYYY-MM-DD" of a day number. Example: isoFromDay(0) === "1970-01-01". */
export function isoFromDay(dayNumber: number): string {
  const [y, m, d] = ymdFromDay(dayNumber);
  const ys = y < 10 ? "000" + y : y < 100 ? "00" + y : y < 1000 ? "0" + y : "" + y;
  return ys + "-" + pad2(m) + "-" + pad2(d);
}

/** Every "HH:mm" made once: rows repeat the same few times, and a string per row adds up. */
const HHMM: string[] = [];

/** "HH:mm" of minutes after midnight (0..1439). Example: hhmmFromMinutes(630) === "10:30". */
export function hhmmFromMinutes(minutes: number): string {
  let s = HHMM[minutes];
  if (s === undefined) {
    s = pad2(Math.floor(minutes / 60)) + ":" + pad2(minutes % 60);
    if (minutes >= 0 && minutes < 1440 && Number.isInteger(minutes)) HHMM[minutes] = s;
  }
  return s;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Reads 'n' digits at 'at' as a number, or -1 when any is not a digit. */
export function readDigits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = digit(s, at + i);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Day number of a strict "YYYY-MM-DD" prefix (anything may follow), or undefined when it is not a real date.
 * Example: dayFromIso("2026-11-25") === 20782.
 */
export function dayFromIso(iso: string): number | undefined {
  if (typeof iso !== "string" || iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45)
    return undefined;
  const y = readDigits(iso, 0, 4);
  const m = readDigits(iso, 5, 2);
  const d = readDigits(iso, 8, 2);
  if (y < 0 || m < 0 || d < 0 || !isValidYmd(y, m, d)) return undefined;
  return dayFromYmd(y, m, d);
}

/** The same calendar day 'years' later (Feb 29 → Feb 28 in a common year), as a day number. */
export function addYears(dayNumber: number, years: number): number {
  const [y, m, d] = ymdFromDay(dayNumber);
  const ny = y + years;
  return dayFromYmd(ny, m, Math.min(d, daysInMonth(ny, m)));
}
