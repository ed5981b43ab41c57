import { dayFromIso, hhmmFromMinutes, isoFromDay, readDigits } from "./dayNumber";

/** Day number (since 1970-01-01) of serial 0 in each date system; 1900 counts from 1899-12-30 because of its bug. */
const EPOCH_1900 = -25569;
const EPOCH_1904 = -24107;
/** Serial 60 is 1900-02-29, a day that never existed: Excel kept Lotus 1-2-3's leap-year bug. */
const FAKE_LEAP_DAY = 60;
/** 9999-12-31 in the 1900 system, Excel's last date. */
const MAX_SERIAL = 2958465;

/** Under a millisecond, in days: closer to midnight than this is arithmetic noise, not a time anyone set. */
const NOISE = 1e-8;

/** A serial split into its calendar day and, when it has a time of day, minutes after midnight (rounded). */
export interface SerialParts {
  day: number;
  /** Minutes after midnight, 0..1439; -1 when the serial is a whole day. */
  minutes: number;
}

/**
 * Splits an Excel serial into day number and minutes, packed as day * 2048 + minutes + 1 (see parseDate's pack),
 * or NaN when it names no real day (negative, not finite, serial 0 "January 0", the fake 1900-02-29, past 9999).
 * Packing keeps the hot path free of allocations.
 */
export function serialPacked(serial: number, date1904: boolean): number {
  if (!(serial >= 0) || serial > MAX_SERIAL) return NaN;
  let whole = Math.floor(serial);
  let minutes = Math.round((serial - whole) * 1440);
  if (minutes === 1440) {
    if (whole + 1 - serial < NOISE) {
      // Float noise just below midnight (a formula's 46352 - 1e-11) is that midnight.
      whole += 1;
      minutes = 0;
    } else {
      // A real time in the last half minute (23:59:59.5) stays on its day: Excel shows that day and its comparisons
      // (the sheet's highlight rules: $F2<TODAY()+1) count it there; an independent engine caught the core moving it.
      minutes = 1439;
    }
  }
  // Less than half a minute past midnight is float noise from formulas, not a time the rep chose.
  if (minutes === 0) minutes = -1;
  if (date1904) return (EPOCH_1904 + whole) * 2048 + minutes + 1;
  if (whole === 0 || whole === FAKE_LEAP_DAY) return NaN;
  // Serials 1..59 (Jan 1 – Feb 28, 1900) sit one day later than the real calendar because of the fake leap day.
  const day = whole < FAKE_LEAP_DAY ? EPOCH_1900 + whole + 1 : EPOCH_1900 + whole;
  return day * 2048 + minutes + 1;
}

/**
 * serialPacked as an object. Example: serialParts(46351.4375, false) → { day: 20782, minutes: 630 } (2026-11-25 10:30).
 */
export function serialParts(serial: number, date1904: boolean): SerialParts | undefined {
  const p = serialPacked(serial, date1904);
  if (Number.isNaN(p)) return undefined;
  const day = Math.floor(p / 2048);
  return { day, minutes: p - day * 2048 - 1 };
}

/** Serial of a day number plus minutes (ignored when negative), or undefined before the date system starts. */
export function serialFromDay(day: number, minutes: number, date1904: boolean): number | undefined {
  let whole: number;
  if (date1904) {
    whole = day - EPOCH_1904;
    if (whole < 0) return undefined;
  } else {
    whole = day - EPOCH_1900;
    if (whole < FAKE_LEAP_DAY + 1) whole -= 1;
    if (whole < 1) return undefined;
  }
  if (whole > MAX_SERIAL) return undefined;
  return minutes > 0 ? whole + minutes / 1440 : whole;
}

/**
 * "YYYY-MM-DD" of an Excel serial, with "THH:mm" when the serial carries a time of day; undefined when it is no date.
 * Example: serialToIso(46351, false) === "2026-11-25"; serialToIso(46351.4375, false) === "2026-11-25T10:30".
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (typeof serial !== "number") return undefined;
  const parts = serialParts(serial, date1904);
  if (!parts) return undefined;
  const date = isoFromDay(parts.day);
  return parts.minutes >= 0 ? date + "T" + hhmmFromMinutes(parts.minutes) : date;
}

/**
 * Excel serial of "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (a space instead of T works too), undefined when not a real date/time.
 * Example: isoToSerial("2026-11-25", false) === 46351; isoToSerial("2026-11-25T10:30", false) === 46351.4375.
 */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  if (typeof iso !== "string") return undefined;
  const day = dayFromIso(iso);
  if (day === undefined) return undefined;
  let minutes = -1;
  if (iso.length > 10) {
    const sep = iso.charCodeAt(10);
    if ((sep !== 84 && sep !== 32) || iso.length < 16 || iso.charCodeAt(13) !== 58) return undefined;
    const h = readDigits(iso, 11, 2);
    const m = readDigits(iso, 14, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59) return undefined;
    minutes = h * 60 + m;
  }
  return serialFromDay(day, minutes, date1904);
}
