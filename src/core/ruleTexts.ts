/**
 * Texts the sheet's highlight rules must list to agree with the core on today's cells. Excel compares exact texts
 * (no word matching) and its TRIM removes only spaces (the rules also turn non-breaking spaces, tabs and line
 * breaks into spaces), while the core reads words and trims every Unicode space: "No." and "Won\u3000" (an
 * ideographic space) are a no and a closed word to the core, and only an exact list entry makes them so in Excel.
 */
import { cellText } from "./cellText";
import type { RoleColumns } from "./sheetRows";
import type { RowReport } from "./types";

/** Most distinct texts kept per list: a column repeats a handful of spellings. */
const MAX_TEXTS = 100;

/**
 * The distinct texts, as typed, in the given columns that `says` reads as a yes or a no ("No.", "Nein!", " N ").
 * Example: flagTexts([["Active?"], ["No."], [true]], 1, [0], isNo) → ["No."].
 */
export function flagTexts(
  values: unknown[][],
  from: number,
  columns: readonly number[],
  says: (cell: unknown) => boolean,
): string[] {
  const texts = new Set<string>();
  if (columns.length === 0) return [];
  for (let r = from; r < values.length && texts.size < MAX_TEXTS; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    for (const c of columns) {
      const cell: unknown = row[c];
      if (typeof cell === "string" && says(cell)) texts.add(cell);
    }
  }
  return [...texts];
}

/** Padded texts, as typed, behind each verdict the rules list: closed statuses, placeholder steps, unusable or blank dates. */
export interface PaddedTexts {
  closed: string[];
  vague: string[];
  invalidDates: string[];
  /** Date texts the core read as dates ("\u202f12/01/2026"): listed when the unusable ones outgrow their list. */
  textDates: string[];
}

/** A text whose trimmed form differs from it: only then can Excel's TRIM leave something the core's trim took. */
const padded = (cell: unknown): cell is string => {
  if (typeof cell !== "string" || cell.length === 0) return false;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first <= 32 || first >= 127 || last <= 32 || last >= 127 ? cell.trim() !== cell : false;
};

/**
 * The raw cells of padded texts that made a row closed, a step a placeholder or a date unusable ("Won\u3000",
 * "\u202fTBD"); only rows with such a verdict are looked at, and only their padded cells kept.
 */
export function paddedTexts(
  rows: readonly RowReport[],
  cellsOf: (row: number) => readonly unknown[],
  at: RoleColumns,
  closers: readonly number[],
  isClosed: (status: string) => boolean,
): PaddedTexts {
  const closed = new Set<string>();
  const vague = new Set<string>();
  const invalidDates = new Set<string>();
  const textDates = new Set<string>();
  const statusColumns = at.statusCol < 0 ? closers : [at.statusCol, ...closers];
  for (const report of rows) {
    if (report.dateKind === "text" && at.dateCol >= 0 && textDates.size < MAX_TEXTS) {
      const date = cellsOf(report.row)[at.dateCol];
      if (padded(date)) textDates.add(date);
    }
    const closedRow = report.state === "closed";
    if (!closedRow && report.problems.length === 0) continue;
    const cells = cellsOf(report.row);
    if (closedRow) {
      for (const c of statusColumns) {
        const cell = cells[c];
        if (padded(cell) && closed.size < MAX_TEXTS && isClosed(cellText(cell))) closed.add(cell);
      }
      continue;
    }
    const step = at.nextStepCol < 0 ? undefined : cells[at.nextStepCol];
    if (report.problems.includes("missingNextStep") && padded(step) && vague.size < MAX_TEXTS) vague.add(step);
    const date = at.dateCol < 0 ? undefined : cells[at.dateCol];
    // A date cell of spaces alone ("\u3000") is empty to the core; the rules list it with the unusable texts.
    const dateProblem = report.problems.includes("invalidDate") || report.problems.includes("missingDate");
    if (dateProblem && padded(date) && invalidDates.size < MAX_TEXTS) invalidDates.add(date);
  }
  return { closed: [...closed], vague: [...vague], invalidDates: [...invalidDates], textDates: [...textDates] };
}

/**
 * Whole days of the date cells the core read as numbers shown as numbers (46360 in a 0.00, currency or "@" cell), for
 * the rules, which cannot see a format. `days`: those within the window (from the first to the last serial, the only
 * ones the rules would read as dates), at most MAX_NUMBER_DAYS. `withDates`: whether some number of the column is a real
 * date (a date format): a day both ways stays a date in the rules, and only a column without one may treat every
 * number as no date when the list overflows.
 */
export interface NumberDays {
  days: number[];
  withDates: boolean;
  overflow: boolean;
}

const MAX_NUMBER_DAYS = 1000;

export function numberDays(
  rows: readonly RowReport[],
  cellsOf: (row: number) => readonly unknown[],
  dateCol: number,
  firstSerial: number,
  lastSerial: number,
): NumberDays {
  const shown = new Set<number>();
  const dates = new Set<number>();
  if (dateCol < 0) return { days: [], withDates: false, overflow: false };
  let overflow = false;
  for (const report of rows) {
    if (report.dateKind !== "invalid" && report.dateKind !== "serial") continue;
    const cell = cellsOf(report.row)[dateCol];
    if (typeof cell !== "number" || !Number.isFinite(cell)) continue;
    const day = Math.floor(cell);
    if (report.dateKind === "serial") dates.add(day);
    else if (day >= firstSerial && day <= lastSerial) {
      if (shown.size < MAX_NUMBER_DAYS) shown.add(day);
      else overflow = true;
    }
  }
  const days = [...shown].filter((day) => !dates.has(day)).sort((a, b) => a - b);
  return { days, withDates: dates.size > 0, overflow };
}
