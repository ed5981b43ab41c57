/**
 * Excel (en-US) turns date-looking text into a date when it is typed or written through range.values, unless the
 * cell is formatted as text ("@"). This recognises the common forms, so the fake converts where Excel would.
 */
import { isoToSerial, MONTH_NAMES } from "./dates";

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

function month(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)));
  if (index < 0) return -1;
  return lower.length === 3 || MONTHS[index].startsWith(lower) ? index + 1 : -1;
}

function year(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n; // Excel's two-digit year window
}

function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const value = isoToSerial(
    `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );
  return Number.isNaN(value) || value < 1 ? null : value;
}

/** "11/30/2026" → { serial: 46356, numberFormat: "m/d/yyyy" }; null when Excel would keep the text. */
export function parseTypedDate(text: string): { serial: number; numberFormat: string } | null {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const value = serial(year(m[3]), Number(m[1]), Number(m[2]));
    return value === null ? null : { serial: value, numberFormat: "m/d/yyyy" };
  }
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) {
    const value = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    return value === null ? null : { serial: value, numberFormat: "m/d/yyyy" };
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{2}|\d{4})$/.exec(t);
  if (m && month(m[1]) > 0) {
    const value = serial(year(m[3]), month(m[1]), Number(m[2]));
    return value === null ? null : { serial: value, numberFormat: "d-mmm-yy" };
  }
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$/.exec(t);
  if (m && month(m[2]) > 0) {
    const value = serial(year(m[3]), month(m[2]), Number(m[1]));
    return value === null ? null : { serial: value, numberFormat: "d-mmm-yy" };
  }
  return null;
}
