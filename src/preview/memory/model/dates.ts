/** Excel date serials in the 1900 system (serial 1 = 1900-01-01, with Excel's phantom 29 Feb 1900). */

/** English month names, as en-US Excel writes and reads them. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** "2026-11-25" → 46351; NaN when the text is not a real calendar date. */
export function isoToSerial(iso: string, date1904 = false): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return Math.round((ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY);
}

/** Serial → UTC date parts; serials before 1 March 1900 are off by Excel's phantom leap day, as in Excel. */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * MS_PER_DAY);
}

export function serialToIso(serial: number, date1904 = false): string {
  return serialToDate(serial, date1904).toISOString().slice(0, 10);
}
