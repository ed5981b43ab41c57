/**
 * What the cells under a header hold, as a second opinion on what its name says: an all-phone column is the phone,
 * an e-mail-valued one the email, a date-valued "Created" column a history date.
 */
import { cellText, hasContent } from "./cellText";

/** Rows under the header looked at: enough to see a column's habit, few enough to cost nothing. */
const SAMPLE_ROWS = 25;
/** Share of a column's filled cells that must be of one kind to call the column that kind. */
export const MOSTLY = 0.6;

export interface ColumnProfile {
  filled: number;
  emails: number;
  phones: number;
  dates: number;
}

const EMAIL = /^(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$/i;
/** Digits with the separators phone numbers use, an optional leading + and extension. */
const PHONE = /^\+?[\d\s().\-/]+(\s*(x|ext\.?|#)\s*\d+)?$/i;

export function isEmailText(text: string): boolean {
  return text.length <= 254 && text.indexOf("@") > 0 && EMAIL.test(text);
}

/** 7 to 15 digits (E.164 allows 15) written as a phone number; a number cell needs 9 or more (not an amount). */
export function isPhoneValue(cell: unknown): boolean {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1e8 && cell < 1e15;
  if (typeof cell !== "string") return false;
  const text = cellText(cell);
  const first = text.charCodeAt(0);
  // A phone number starts with a digit, "+" or "(": most cells are ruled out without the pattern.
  if (!((first >= 48 && first <= 57) || first === 43 || first === 40)) return false;
  if (text.length > 30 || !PHONE.test(text)) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  // "2026-11-25" and "11/25/2026" are dates, not phones.
  return digits >= 7 && digits <= 15 && !/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text);
}

/** Profiles of the first columns (up to width) over the first filled rows under the header. */
export function profileColumns(
  values: unknown[][],
  headerIndex: number,
  width: number,
  isDateValue: (cell: unknown, r: number, c: number) => boolean,
): ColumnProfile[] {
  const profiles: ColumnProfile[] = Array.from({ length: width }, () => ({
    filled: 0,
    emails: 0,
    phones: 0,
    dates: 0,
  }));
  let rows = 0;
  for (let r = headerIndex + 1; r < values.length && rows < SAMPLE_ROWS; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    let any = false;
    for (let c = 0; c < width && c < row.length; c++) {
      const cell = row[c];
      if (!hasContent(cell)) continue;
      any = true;
      const p = profiles[c];
      p.filled++;
      if (typeof cell === "string" && isEmailText(cellText(cell))) p.emails++;
      else if (isPhoneValue(cell)) p.phones++;
      else if (isDateValue(cell, r, c)) p.dates++;
    }
    if (any) rows++;
  }
  return profiles;
}

/** A column with at least two filled cells, most of them of the kind counted. */
export const mostly = (p: ColumnProfile | undefined, count: (p: ColumnProfile) => number): boolean =>
  p !== undefined && p.filled >= 2 && count(p) >= MOSTLY * p.filled;
