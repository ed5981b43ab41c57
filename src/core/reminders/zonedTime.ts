/**
 * Wall-clock time in an IANA zone ⇄ UTC instants, from Intl data only (no tz library, no clock).
 * Example: wallTimeToUtc("2026-03-29", "02:30", "Europe/Paris") → the instant of 03:30 CEST (the gap is skipped forward).
 */

export interface WallTime {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:mm" */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function partsOf(ms: number, timeZone: string): number[] {
  const out: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return [out.year, out.month, out.day, out.hour % 24, out.minute, out.second];
}

/** The zone's offset from UTC at an instant, in minutes (e.g. +60 for CET). Seconds-level LMT offsets are kept. */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = partsOf(ms, timeZone);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const whole = Math.floor(ms / 1000) * 1000;
  return (asUtc - whole) / 60000;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** The wall time shown in the zone at an instant. */
export function utcToWallTime(ms: number, timeZone: string): WallTime {
  const [y, mo, d, h, mi] = partsOf(ms, timeZone);
  return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}` };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Parses "YYYY-MM-DD" strictly (real calendar day); undefined when invalid. */
export function parseIsoDate(date: string): [number, number, number] | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return [y, mo, d];
}

/** Parses "HH:mm" (00:00–23:59); undefined when invalid. */
export function parseHhMm(time: string): [number, number] | undefined {
  const m = TIME_RE.exec(time);
  if (!m) return undefined;
  const [h, mi] = [Number(m[1]), Number(m[2])];
  return h < 24 && mi < 60 ? [h, mi] : undefined;
}

const DAY = 86_400_000;

/**
 * The UTC instant of a wall time in a zone, or undefined for invalid input.
 * Ambiguous times (clocks going back) take the earlier instant; non-existent times (clocks going forward)
 * move forward by the gap, as calendar apps do.
 */
export function wallTimeToUtc(date: string, time: string, timeZone: string): number | undefined {
  const d = parseIsoDate(date);
  const t = parseHhMm(time);
  if (!d || !t || !isValidTimeZone(timeZone)) return undefined;
  const asUtc = Date.UTC(d[0], d[1] - 1, d[2], t[0], t[1]);
  const before = offsetMinutesAt(asUtc - DAY, timeZone);
  const after = offsetMinutesAt(asUtc + DAY, timeZone);
  const candidates = [...new Set([asUtc - before * 60000, asUtc - after * 60000])].sort((a, b) => a - b);
  for (const c of candidates) {
    const w = utcToWallTime(c, timeZone);
    if (w.date === date && w.time === time) return c;
  }
  // In a gap: keep the offset in force before it, which lands the same distance past the jump.
  return asUtc - before * 60000;
}

/** Adds days to a "YYYY-MM-DD" calendar date. */
export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  const x = new Date(Date.UTC(d[0], d[1] - 1, d[2] + days));
  return `${pad(x.getUTCFullYear(), 4)}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
}

/** "YYYYMMDDTHHmmssZ" / Graph's "YYYY-MM-DDTHH:mm:ss" forms of a UTC instant. */
export function toGraphUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
