import { newDueCache, newVerdict, type RowContext, type RowVerdict } from "./classifyRow";
import * as rowClassifier from "./classifyRow";
import { CLOSED_WORDS_BY_LANGUAGE, closedMatcher, DEFAULT_CLOSED_STATUSES } from "./closedStatuses";
import { cellText } from "./cellText";
import { isNo, isYes } from "./yesValue";
import { flagTexts, numberDays, paddedTexts } from "./ruleTexts";
import { emptyCounts } from "./countRows";
import { formatKind } from "./numberFormat";
import { formatsWithText } from "./textFormats";
import { serialFromDay } from "./serial";
import { isNotProspect } from "./notProspect";
import { addYears, ymdFromDay } from "./dayNumber";
import { type Columns, detectHeader, type HeaderDetection } from "./detectHeader";
import * as headers from "./detectHeader";
import { exampleDate } from "./messages";
import { parseDatePacked, readToday, WINDOW_YEARS } from "./parseDate";
import { type DateContext, newReading } from "./readDateCell";
import { SheetLink } from "./rowReport";
import * as reports from "./rowReport";
import { type RoleColumns, SheetRows } from "./sheetRows";
import {
  ALL_ROLES,
  type AnalyzeOptions,
  REQUIRED_ROLES,
  type Role,
  type RowReport,
  type SheetInput,
  type SheetReport,
} from "./types";
import { vagueMatcher } from "./vagueNextStep";

// Per-row helpers are taken from their modules once, at load. Compiled to CommonJS (tsx, jest), a plain named
// import is a getter on the other module's exports, called on every use and never inlined: a visible cost per row.
const { classifyRow } = rowClassifier;
const { rowAt } = headers;
const { Report } = reports;

/**
 * Reports are gathered in small lists and copied into the returned one at the end. A list of 100k reports is one
 * large object that the engine moves to the old generation as soon as a collection finds it alive mid-analysis;
 * from there, long after it is dropped, it keeps every young report it points to alive through the next
 * collections, which then copy them all (at 100k rows that doubled the time spent collecting garbage).
 * 1024 pointers stay well under the engine's large-object size.
 */
const CHUNK = 1024;

/** The user's mapping, keeping only real roles with whole, non-negative column numbers and no column used twice. */
function cleanMapping(columns: AnalyzeOptions["columns"]): Columns {
  const mapping: Columns = {};
  if (!columns || typeof columns !== "object") return mapping;
  const used = new Set<number>();
  for (const role of ALL_ROLES) {
    const col = columns[role];
    if (typeof col === "number" && Number.isInteger(col) && col >= 0 && !used.has(col)) {
      mapping[role] = col;
      used.add(col);
    }
  }
  return mapping;
}

/** How the header step reads dates: the analysis's date order, today and ±10-year window. */
type HeaderDates = Pick<DateContext, "order" | "todayDay" | "todayYear" | "firstDay" | "lastDay" | "date1904">;

/**
 * The header row and its columns, as analyzeSheet finds them: a string is a date when it parses in the rep's date
 * order; a number by its format, and without one as a serial of the ±10-year window.
 */
function headerOf(
  values: unknown[][],
  formats: string[][] | undefined,
  columns: AnalyzeOptions["columns"],
  date: HeaderDates,
): HeaderDetection {
  const { order, todayDay, todayYear } = date;
  const isDate = (cell: unknown): boolean =>
    typeof cell === "string" &&
    !Number.isNaN(parseDatePacked(cell.trim(), 0, cell.trim().length, order, todayDay, todayYear));
  const firstSerial = serialFromDay(date.firstDay, -1, date.date1904) ?? 0;
  const lastSerial = serialFromDay(date.lastDay, -1, date.date1904) ?? 0;
  // Numbers count as dates by their format; without one, as serials of the ±10-year window.
  const isDateValue = (cell: unknown, r: number, c: number): boolean => {
    if (typeof cell !== "number") return isDate(cell);
    const f = formats?.[r]?.[c];
    if (typeof f === "string") return formatKind(f) === "date" || formatKind(f) === "dateTime";
    return cell >= firstSerial && cell < lastSerial + 1;
  };
  return detectHeader(values, cleanMapping(columns), isDate, isDateValue);
}

/**
 * The required roles (prospect, next step, date) whose columns analyzeSheet would not find in these values (no
 * formats, no mapping), without reading a single row: enough to tell whether a sheet holds a prospect list at all.
 * Example: missingRequiredRoles([["Company", "Notes"]], { today: "2026-12-05" }) → ["nextStep", "date"].
 */
export function missingRequiredRoles(
  values: unknown[][],
  options: Pick<AnalyzeOptions, "today" | "dateOrder">,
): Role[] {
  const today = readToday(options.today);
  const firstDay = addYears(today.day, -WINDOW_YEARS);
  const lastDay = addYears(today.day, WINDOW_YEARS);
  const order = options.dateOrder === "DMY" || options.dateOrder === "YMD" ? options.dateOrder : "MDY";
  const header = headerOf(Array.isArray(values) ? values : [], undefined, undefined, {
    order,
    todayDay: today.day,
    todayYear: today.year,
    firstDay,
    lastDay,
    date1904: false,
  });
  return REQUIRED_ROLES.filter((role) => header.columns[role] === undefined);
}

/**
 * Turns the cells of a prospect sheet into a report: where the header is, which column holds what, and for every
 * prospect row its state (overdue … scheduled, closed, incomplete), its problems and one message saying what to fix.
 * Pure and deterministic: "today" comes from options, never from the clock; no grid makes it throw (a malformed
 * options.today does: that is the caller's bug).
 * With numberFormat, a number in the date column is read by its format: a date format makes it a date (a date-only
 * format hides, and so drops, a time fraction such as =NOW()'s); "@", currency, percent or 0.00 formats show digits
 * ("46360"), so the number is "a number, not a date", as the rep sees it. "General" says nothing (generated files,
 * hosts that read date formats back as General), so, as without numberFormat, a number is then a date only within
 * 10 years of today, and 5 is still no date. With input.text, a cell's displayed
 * text decides where its format is ambiguous (see textFormats.ts).
 * Each row's fields, key and textDateSerial are read from input.values when first asked for (most callers need few),
 * so the report keeps a reference to the grid: change neither in place while the report is in use.
 * Example: analyzeSheet({ values: [["Company", "Next step", "Due"], ["Acme", "Call Dana", "2026-11-20"]] },
 *   { today: "2026-11-25" }).rows[0].state === "overdue".
 */
export function analyzeSheet(input: SheetInput, options: AnalyzeOptions): SheetReport {
  const today = readToday(options.today);
  const values: unknown[][] = input && Array.isArray(input.values) ? input.values : [];
  const formats = formatsWithText(
    values,
    input && Array.isArray(input.numberFormat) ? input.numberFormat : undefined,
    input && Array.isArray(input.text) ? input.text : undefined,
  );
  const startRow = input && typeof input.startRow === "number" && Number.isInteger(input.startRow) ? input.startRow : 1;
  const order = options.dateOrder === "DMY" || options.dateOrder === "YMD" ? options.dateOrder : "MDY";
  const soonDays =
    typeof options.dueSoonDays === "number" && options.dueSoonDays >= 0 && Number.isFinite(options.dueSoonDays)
      ? Math.floor(options.dueSoonDays)
      : 7;
  const firstDay = addYears(today.day, -WINDOW_YEARS);
  const lastDay = addYears(today.day, WINDOW_YEARS);
  const date: DateContext = {
    order,
    todayDay: today.day,
    todayYear: today.year,
    firstDay,
    lastDay,
    date1904: options.date1904 === true,
    textCache: new Map(),
    troubleCache: new Map(),
    // Sized up front: filling a sparse empty array would turn it into a slow dictionary.
    isoByDay: new Array(lastDay - firstDay + 1),
  };

  const header = headerOf(values, formats, options.columns, date);
  const columns = header.columns;
  const missing = REQUIRED_ROLES.filter((role) => columns[role] === undefined);
  const counts = emptyCounts();
  const rows: RowReport[] = [];
  const headerRow = header.index >= 0 ? startRow + header.index : startRow - 1;
  // The header's extra findings and the notes appear only when there are some, so a plain sheet's report reads as before.
  const extras = {
    ...(header.closers.length ? { closers: header.closers } : {}),
    ...(header.optOuts.length ? { optOuts: header.optOuts } : {}),
    ...(header.activeFlags.length ? { activeFlags: header.activeFlags } : {}),
    ...(header.historyDates.length ? { historyDates: header.historyDates } : {}),
    ...(header.languages.length ? { languages: header.languages } : {}),
  };
  const notes = headerNotes(values, header.index, header.historyDates, missing);
  const withNotes = notes.length ? { notes } : {};
  if (!header.found) return { header: { row: 0, columns, missing, ...extras }, rows, counts, ...withNotes };
  const settingsWords = Array.isArray(options.closedStatuses) ? options.closedStatuses : DEFAULT_CLOSED_STATUSES;
  // The header's languages add their closed words, unless the rep emptied the list on purpose.
  const closedWords = [
    ...new Set([
      ...settingsWords,
      ...(settingsWords.length ? header.languages.flatMap((l) => CLOSED_WORDS_BY_LANGUAGE.get(l) ?? []) : []),
    ]),
  ];
  const isClosed = closedMatcher(closedWords);

  const roles = ALL_ROLES.filter((role) => columns[role] !== undefined);
  const col = (role: Role): number => columns[role] ?? -1;
  const [y, m, d] = ymdFromDay(today.day);
  const at: RoleColumns = {
    prospectCol: col("prospect"),
    contactCol: col("contact"),
    emailCol: col("email"),
    phoneCol: col("phone"),
    nextStepCol: col("nextStep"),
    dateCol: col("date"),
    timeCol: col("time"),
    statusCol: col("status"),
    notesCol: col("notes"),
    ownerCol: col("owner"),
  };
  const sheet = new SheetRows(values, formats, startRow, header.index + 1, at, date);
  // One literal, not a spread: a spread object gets a fresh hidden class per call, and the row code's property reads
  // then turn megamorphic (several times slower).
  const ctx: RowContext = {
    at,
    cols: roles.map(col),
    date,
    reading: newReading(),
    isClosed,
    closers: header.closers,
    optOuts: header.optOuts,
    activeFlags: header.activeFlags,
    isVague: vagueMatcher(),
    sheet,
    link: new SheetLink(sheet),
    soonLastDay: today.day + soonDays,
    example: exampleDate(y, m, d, order),
    counts,
    dueCache: newDueCache(),
  };
  const verdict = newVerdict();
  const ignoredRows: number[] = [];
  const chunks: RowReport[][] = [];
  let chunk: RowReport[] = new Array(CHUNK);
  let inChunk = 0;
  for (let r = header.index + 1; r < values.length; r++) {
    const fmt = formats ? formats[r] : undefined;
    if (classifyRow(rowAt(values, r), Array.isArray(fmt) ? fmt : undefined, startRow + r, ctx, verdict)) {
      const v = verdict;
      if (v.state === "incomplete" && notAProspect(values, r, header.index, ctx, v)) {
        ignoredRows.push(startRow + r);
        continue;
      }
      if (inChunk === CHUNK) {
        chunks.push(chunk);
        chunk = new Array(CHUNK);
        inChunk = 0;
      }
      chunk[inChunk++] = new Report(ctx.link, startRow + r, v.label, v.state, v.problems, v.due, v.message, v.dateKind);
    }
  }
  chunk.length = inChunk;
  chunks.push(chunk);
  const found: RowReport[] = chunks.length === 1 ? chunk : ([] as RowReport[]).concat(...chunks);
  const report: SheetReport = {
    header: { row: headerRow, columns, missing, ...extras },
    rows: found,
    counts,
    ...withNotes,
    ...(ignoredRows.length ? { ignoredRows } : {}),
  };
  // For the highlight rules only: kept out of equality checks and JSON, as they restate the options and the cells.
  Object.defineProperty(report, "closedWords", { value: closedWords });
  Object.defineProperty(report, "closedTexts", { value: isClosed.seen() });
  Object.defineProperty(report, "yesTexts", { value: flagTexts(values, header.index + 1, header.optOuts, isYes) });
  Object.defineProperty(report, "noTexts", { value: flagTexts(values, header.index + 1, header.activeFlags, isNo) });
  Object.defineProperty(report, "paddedTexts", {
    value: paddedTexts(found, (row) => rowAt(values, row - startRow), at, header.closers, isClosed),
  });
  const firstSerial = serialFromDay(firstDay, -1, date.date1904) ?? 0;
  const lastSerial = serialFromDay(lastDay, -1, date.date1904) ?? 0;
  Object.defineProperty(report, "numberDays", {
    value: numberDays(found, (row) => rowAt(values, row - startRow), at.dateCol, firstSerial, lastSerial),
  });
  Object.defineProperty(report, "ignoredTexts", {
    value: ignoredRows.map((row) => excelJoin(rowAt(values, row - startRow), ctx.cols)),
  });
  return report;
}

/** Takes an incomplete row back out of the counts when it is no prospect (a total, heading, legend line, stray note). */
function notAProspect(values: unknown[][], r: number, headerIndex: number, ctx: RowContext, v: RowVerdict): boolean {
  const noDate = v.dateKind === "empty";
  const noStepNoDate = v.problems.includes("missingNextStep") && noDate;
  if (!isNotProspect(values, r, headerIndex, ctx.at, v.label, noStepNoDate, noDate)) return false;
  const counts = ctx.counts;
  counts.incomplete--;
  for (const problem of v.problems) counts[problem]--;
  return true;
}

/**
 * The mapped cells of a row joined as Excel's & joins them (role order, untrimmed, TRUE/FALSE, numbers in their shortest
 * form): how the highlight rules tell a row the core set aside.
 */
function excelJoin(row: readonly unknown[], cols: number[]): string {
  let text = "";
  for (const col of cols) {
    const cell = row[col];
    if (typeof cell === "string") text += cell;
    else if (typeof cell === "number" && Number.isFinite(cell)) text += String(cell);
    else if (typeof cell === "boolean") text += cell ? "TRUE" : "FALSE";
  }
  return text;
}

/** Why a required role is missing, when the header says more than "not found". */
function headerNotes(values: unknown[][], headerIndex: number, historyDates: number[], missing: Role[]): string[] {
  if (!missing.includes("date") || historyDates.length === 0 || headerIndex < 0) return [];
  const names = historyDates.map((col) => cellText(rowAt(values, headerIndex)[col])).join(", ");
  return [
    `Only history dates found (${names}): they say when something happened, not when to follow up — pick the follow-up date column.`,
  ];
}
