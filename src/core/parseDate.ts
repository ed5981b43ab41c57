import { mayBeCjkDate, westernDateText } from "./cjkDate";
import { addYears, dayFromIso, dayFromYmd, hhmmFromMinutes, isoFromDay, isValidYmd, readDigits } from "./dayNumber";
import {
  kind,
  NUM,
  SEP,
  start,
  tokenize,
  value,
  W_AT,
  W_FILLER,
  W_OF,
  W_ORDINAL,
  WEEKDAY,
  width,
  WORD,
} from "./dateTokens";
import { parseTimeRange } from "./parseTime";
import type { DateOrder } from "./types";

/** A date read from text. */
export interface ParsedDate {
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:mm" when the text carries a time of day. */
  time?: string;
  /** Days since 1970-01-01, for arithmetic. */
  day: number;
  /** Minutes after midnight, or -1 without a time. */
  minutes: number;
}

/** Longest text read as a date: "Wednesday, November 25, 2026 at 10:30 a.m." fits with room to spare. */
const MAX_DATE_TEXT = 64;

/**
 * Packs a day number and minutes (-1..1439) into one number so the hot path returns without allocating.
 * NaN means "not a date".
 */
export const pack = (day: number, minutes: number): number => day * 2048 + minutes + 1;
export const packedDay = (p: number): number => Math.floor(p / 2048);
export const packedMinutes = (p: number): number => p - Math.floor(p / 2048) * 2048 - 1;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160 || c === 10 || c === 13;

/** Two-digit years follow Excel: 00–29 are 2000s, 30–99 are 1900s. */
const fullYear = (y: number, digits: number): number =>
  digits === 4 ? y : digits === 2 ? (y < 30 ? 2000 + y : 1900 + y) : -1;

/** A date without a year ("11/30", "Nov 30") is the occurrence closest to today (last month or next month). */
function nearestYear(month: number, dayOfMonth: number, todayDay: number, todayYear: number): number {
  let best = NaN;
  for (let y = todayYear - 1; y <= todayYear + 1; y++) {
    if (!isValidYmd(y, month, dayOfMonth)) continue;
    const d = dayFromYmd(y, month, dayOfMonth);
    if (Number.isNaN(best) || Math.abs(d - todayDay) < Math.abs(best - todayDay)) best = d;
  }
  return best;
}

function dayOf(year: number, month: number, dayOfMonth: number, todayDay: number, todayYear: number): number {
  if (year === 0) return nearestYear(month, dayOfMonth, todayDay, todayYear);
  return year > 0 && isValidYmd(year, month, dayOfMonth) ? dayFromYmd(year, month, dayOfMonth) : NaN;
}

/** The time after the date (from token t on), with an optional "at", "@" or "," before it; -1 none, -2 unreadable. */
function trailingTime(s: string, t: number, n: number, to: number): number {
  if (t < n && ((kind[t] === WORD && value[t] === W_AT) || (kind[t] === SEP && (value[t] === 64 || value[t] === 44))))
    t++;
  if (t >= n) return -1;
  const m = parseTimeRange(s, start[t], to);
  return m < 0 ? -2 : m;
}

/** "2026-11-25", "2026-11-25 10:00", "2026-11-25T10:00:00Z": the format machines and careful reps write. */
function parseIso(s: string, from: number, to: number): number {
  const y = readDigits(s, from, 4);
  const m = readDigits(s, from + 5, 2);
  const d = readDigits(s, from + 8, 2);
  if (y < 0 || m < 0 || d < 0 || !isValidYmd(y, m, d)) return NaN;
  const day = dayFromYmd(y, m, d);
  let i = from + 10;
  if (i === to) return pack(day, -1);
  const c = s.charCodeAt(i);
  if (c !== 84 && c !== 116 && !isSpace(c)) return NaN;
  i++;
  // A zone suffix ("Z", "+01:00") is dropped: a rep's next step happens at the wall-clock time written.
  let end = to;
  if (s.charCodeAt(end - 1) === 90 || s.charCodeAt(end - 1) === 122) end--;
  else if (
    end - i > 6 &&
    (s.charCodeAt(end - 6) === 43 || s.charCodeAt(end - 6) === 45) &&
    s.charCodeAt(end - 3) === 58
  )
    end -= 6;
  const minutes = parseTimeRange(s, i, end);
  return minutes < 0 ? NaN : pack(day, minutes);
}

/**
 * Reads a date (and an optional time after it) from s[from, to), already trimmed, as a packed day/minutes, or NaN.
 * Accepts ISO, numbers separated by / - . in dateOrder (year optional), and month names with an optional weekday.
 */
export function parseDatePacked(
  s: string,
  from: number,
  to: number,
  order: DateOrder,
  todayDay: number,
  todayYear: number,
): number {
  const len = to - from;
  if (len < 2 || len > MAX_DATE_TEXT) return NaN;
  if (len >= 10 && s.charCodeAt(from + 4) === 45 && s.charCodeAt(from + 7) === 45) {
    const iso = parseIso(s, from, to);
    if (!Number.isNaN(iso)) return iso;
  }
  const n = len < 3 ? -1 : tokenize(s, from, to);
  // Only text the tokenizer refuses is looked at again: "2026年12月4日", "１２月４日（金）" are rewritten once into a
  // form read here, else they are no date (the common path pays nothing).
  if (n < 0 && mayBeCjkDate(s, from, to)) {
    const western = westernDateText(s.slice(from, to));
    if (western === undefined || mayBeCjkDate(western, 0, western.length)) return NaN;
    return parseDatePacked(western, 0, western.length, order, todayDay, todayYear);
  }
  if (n <= 0) return NaN;
  let t = 0;
  if (kind[0] === WORD && value[0] >= WEEKDAY && value[0] < WEEKDAY + 7) {
    t = 1;
    if (t < n && kind[t] === SEP && (value[t] === 44 || value[t] === 46)) t++;
  }
  if (t >= n) return NaN;
  let year = -1;
  let month = -1;
  let dom = -1;
  if (
    kind[t] === NUM &&
    t + 2 < n &&
    kind[t + 1] === SEP &&
    kind[t + 2] === NUM &&
    value[t + 1] !== 44 &&
    value[t + 1] !== 58
  ) {
    // Numeric: a/b/c or a/b, one separator kind throughout.
    const sep = value[t + 1];
    const a = value[t];
    const b = value[t + 2];
    const wa = width[t];
    const wb = width[t + 2];
    if (t + 4 < n && kind[t + 3] === SEP && value[t + 3] === sep && kind[t + 4] === NUM) {
      const c = value[t + 4];
      const wc = width[t + 4];
      if (wa === 4) {
        year = a;
        month = wb <= 2 ? b : -1;
        dom = wc <= 2 ? c : -1;
      } else if (wa > 2 || wb > 2) {
        return NaN;
      } else if (order === "YMD" && wc <= 2) {
        year = fullYear(a, wa);
        month = b;
        dom = wc <= 2 ? c : -1;
      } else {
        year = fullYear(c, wc);
        // Dots with the year last are day-first writing ("01.12.2026": de, fr-CH, ru, pl, tr…); month-first writers use
        // slashes. A month-first reader takes a dotted date day-first, unless only month-first makes it a date
        // ("11.25.2026"). (Wikipedia, "List of date formats by country": little-endian d.m.y with dots.)
        const dayFirst = order === "DMY" || (sep === 46 && order === "MDY" && b <= 12);
        month = dayFirst ? b : a;
        dom = dayFirst ? a : b;
      }
      t += 5;
      // "2026. 11. 24.": Korean writing ends a dotted year-first date with a dot.
      if (wa === 4 && sep === 46 && t < n && kind[t] === SEP && value[t] === 46) t++;
    } else {
      if (wa > 2 || wb > 2) return NaN;
      // "11/30" or "30.11." (the trailing dot is how day-first writers end a year-less date).
      const trailingDot = sep === 46 && t + 3 < n && kind[t + 3] === SEP && value[t + 3] === 46;
      if (sep === 46 && !trailingDot) return NaN;
      year = 0;
      // "30.11." is day-first whatever the order (the trailing dot is day-first writing).
      const dayFirst = order === "DMY" || trailingDot;
      month = dayFirst ? b : a;
      dom = dayFirst ? a : b;
      t += trailingDot ? 4 : 3;
    }
  } else {
    t = monthNameDate(t, n);
    if (t < 0) return NaN;
    year = foundYear;
    month = foundMonth;
    dom = foundDay;
  }
  if (month < 1 || dom < 1 || year < 0) return NaN;
  const day = dayOf(year, month, dom, todayDay, todayYear);
  if (Number.isNaN(day)) return NaN;
  const minutes = trailingTime(s, t, n, to);
  return minutes === -2 ? NaN : pack(day, minutes);
}

let foundYear = 0;
let foundMonth = 0;
let foundDay = 0;

/** Month-name forms from token t: "Nov 30, 2026", "30 November 2026", "30-Nov-26", "2026 Nov 30", "25th of November". */
function monthNameDate(t: number, n: number): number {
  let count = 0;
  let n0 = 0;
  let n1 = 0;
  let w0 = 0;
  let w1 = 0;
  let month = -1;
  let monthAt = -1;
  for (; t < n; t++) {
    const k = kind[t];
    if (k === SEP) {
      const c = value[t];
      if (c === 58 || c === 64) break;
      continue;
    }
    if (k === WORD) {
      const v = value[t];
      if (v >= 1 && v <= 12 && month < 0) {
        month = v;
        monthAt = count;
        continue;
      }
      if ((v === W_ORDINAL && count > 0) || (v === W_OF && month < 0) || v === W_FILLER) continue;
      break;
    }
    // A third number, or one followed by ":", starts the time ("Nov 30, 2026 10:00").
    if (count === 2 || (t + 1 < n && kind[t + 1] === SEP && value[t + 1] === 58)) break;
    if (count === 0) {
      n0 = value[t];
      w0 = width[t];
    } else {
      n1 = value[t];
      w1 = width[t];
    }
    count++;
  }
  if (month < 0 || count === 0) return -1;
  if (count === 1) {
    if (w0 > 2) return -1;
    foundYear = 0;
    foundDay = n0;
  } else if (w0 === 4 && monthAt === 1) {
    foundYear = n0;
    foundDay = w1 <= 2 ? n1 : -1;
  } else {
    if (w0 > 2) return -1;
    foundDay = n0;
    foundYear = fullYear(n1, w1);
  }
  foundMonth = month;
  return t;
}

/** Day number and calendar year of a "YYYY-MM-DD" today; throws on anything else because that is a caller's bug. */
export function readToday(today: string): { day: number; year: number } {
  const day = typeof today === "string" ? dayFromIso(today) : undefined;
  if (day === undefined) throw new TypeError(`options.today must be "YYYY-MM-DD", got ${JSON.stringify(today)}`);
  return { day, year: readDigits(today, 0, 4) };
}

/** Dates further than this from today are typos ("2062", "1926"), not next steps. */
export const WINDOW_YEARS = 10;

/**
 * Reads the date a rep typed, in their dateOrder, or undefined when it is not a real date within 10 years of today.
 * Example: parseDateText("Tuesday, November 25, 2026", "MDY", "2026-11-01") → { date: "2026-11-25", day: 20782, minutes: -1 };
 * parseDateText("02/30/2026", "MDY", "2026-11-01") → undefined.
 */
export function parseDateText(text: string, dateOrder: DateOrder, today: string): ParsedDate | undefined {
  if (typeof text !== "string") return undefined;
  const t = readToday(today);
  const trimmed = text.length > MAX_DATE_TEXT * 4 ? "" : text.trim();
  const p = parseDatePacked(trimmed, 0, trimmed.length, dateOrder, t.day, t.year);
  if (Number.isNaN(p)) return undefined;
  const day = packedDay(p);
  if (day < addYears(t.day, -WINDOW_YEARS) || day > addYears(t.day, WINDOW_YEARS)) return undefined;
  const minutes = packedMinutes(p);
  const parsed: ParsedDate = { date: isoFromDay(day), day, minutes };
  if (minutes >= 0) parsed.time = hhmmFromMinutes(minutes);
  return parsed;
}
