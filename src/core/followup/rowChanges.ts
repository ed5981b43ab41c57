import { formatKind } from "../numberFormat";
import { serialFromDay } from "../serial";
import type { HeaderReport, RowReport } from "../types";
import { touchCount, type FollowUpColumns } from "./followUpColumns";
import type { RescheduleMove } from "./reschedule";

/** Which of a row's cells a follow-up write may change. */
export type ChangedRole = "nextStep" | "date" | "time" | "touches" | "lastContact";

/** One cell to write, with what the pane read there: a write is refused when the cell no longer holds it. */
export interface CellChange {
  role: ChangedRole;
  /** 0-based column within the list. */
  column: number;
  /** The cell's value as read (range.values). */
  expected: unknown;
  value: string | number;
  /** The number format to give the cell; absent: leave its format as it is. */
  numberFormat?: string;
  /** The cell's number format as read (kept when numberFormat is absent); absent when it was not read. */
  formatNow?: string;
}

/** The cells of one prospect's row to write; the row is found again by key at write time (the sheet may be sorted). */
export interface RowChanges {
  key: string;
  /** Sheet row when read, for messages only. */
  row: number;
  prospect: string;
  cells: CellChange[];
}

/** What the planners need of the sheet as read: the analysis input, its header and the workbook's date system. */
export interface SheetShape {
  values: unknown[][];
  numberFormat?: string[][];
  /** Sheet row of values[0]. */
  startRow: number;
  header: HeaderReport;
  followUp: FollowUpColumns;
  date1904: boolean;
}

/** Used when a column has no date to copy a format from: unambiguous in every locale. */
export const FALLBACK_DATE_FORMAT = "yyyy-mm-dd";
export const FALLBACK_TIME_FORMAT = "h:mm";

/** The format most numbers of the given kinds in a column use (so written cells look like their neighbours). */
function commonFormat(shape: SheetShape, column: number | undefined, kinds: string[]): string | undefined {
  if (column === undefined || !shape.numberFormat) return undefined;
  const counts = new Map<string, number>();
  const first = shape.header.row - shape.startRow + 1;
  for (let r = Math.max(0, first); r < shape.values.length; r++) {
    const format = shape.numberFormat[r]?.[column];
    if (typeof shape.values[r]?.[column] !== "number" || typeof format !== "string") continue;
    if (kinds.includes(formatKind(format))) counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [format, n] of counts) if (n > most) [best, most] = [format, n];
  return best;
}

/** True when the sheet keeps follow-up times in the date cell itself (no time column, date-times already there). */
export function keepsTimeInDate(shape: SheetShape): boolean {
  const date = shape.header.columns.date;
  if (date === undefined || shape.header.columns.time !== undefined) return false;
  return commonFormat(shape, date, ["dateTime"]) !== undefined;
}

const cellOf = (shape: SheetShape, row: RowReport, column: number): unknown =>
  shape.values[row.row - shape.startRow]?.[column] ?? "";

/** The cell's number format as read; undefined when the read did not load that column's formats (kept as it is). */
const formatOf = (shape: SheetShape, row: RowReport, column: number): string | undefined => {
  const format = shape.numberFormat?.[row.row - shape.startRow]?.[column];
  return typeof format === "string" ? format : undefined;
};

/** Every change knows the format its cell had, so "leave the format" can be written back as it was. */
function withFormats(shape: SheetShape, row: RowReport, cells: CellChange[]): CellChange[] {
  return cells.map((cell) => {
    const formatNow = formatOf(shape, row, cell.column);
    return formatNow === undefined ? cell : { ...cell, formatNow };
  });
}

/** The date cell's new value and format for a day (and a time when the sheet keeps times in date cells). */
function dateCell(shape: SheetShape, row: RowReport, day: number, minutes: number): CellChange | undefined {
  const column = shape.header.columns.date;
  if (column === undefined) return undefined;
  const withTime = minutes >= 0 && keepsTimeInDate(shape);
  const serial = serialFromDay(day, withTime ? minutes : -1, shape.date1904);
  if (serial === undefined) return undefined;
  const format = withTime
    ? (commonFormat(shape, column, ["dateTime"]) ?? `${FALLBACK_DATE_FORMAT} ${FALLBACK_TIME_FORMAT}`)
    : (commonFormat(shape, column, ["date"]) ?? FALLBACK_DATE_FORMAT);
  return { role: "date", column, expected: cellOf(shape, row, column), value: serial, numberFormat: format };
}

/** The time cell for minutes (a time of day with a time format), or emptied when the new step has no time. */
function timeCell(shape: SheetShape, row: RowReport, minutes: number): CellChange | undefined {
  const column = shape.header.columns.time;
  if (column === undefined) return undefined;
  const expected = cellOf(shape, row, column);
  if (minutes < 0) return expected === "" ? undefined : { role: "time", column, expected, value: "" };
  const format = commonFormat(shape, column, ["time", "dateTime"]) ?? FALLBACK_TIME_FORMAT;
  return { role: "time", column, expected, value: minutes / 1440, numberFormat: format };
}

/**
 * The cells "Done…" writes for a row: the new next step, its date (a real date with a date format) and time (in the
 * time column; else in the date cell only when the sheet already keeps times there), one more touch when there is a
 * touches column holding a count, and today as the last contact when there is such a column.
 * Example: done on Acme with "Send proposal", Mon 7 Dec, 10:00 → next step, date 46363 "m/d/yyyy", time 0.41667 "h:mm".
 */
export function doneChanges(
  shape: SheetShape,
  row: RowReport,
  step: { nextStep: string; day: number; minutes: number; todayDay: number },
): RowChanges {
  const cells: CellChange[] = [];
  const { nextStep: stepCol } = shape.header.columns;
  if (stepCol !== undefined) {
    cells.push({ role: "nextStep", column: stepCol, expected: cellOf(shape, row, stepCol), value: step.nextStep });
  }
  const date = dateCell(shape, row, step.day, step.minutes);
  if (date) cells.push(date);
  const time = timeCell(shape, row, step.minutes);
  if (time) cells.push(time);
  const { touches, lastContact } = shape.followUp;
  if (touches !== undefined) {
    const expected = cellOf(shape, row, touches);
    const count = touchCount(expected);
    if (count !== undefined) cells.push({ role: "touches", column: touches, expected, value: count + 1 });
  }
  if (lastContact !== undefined) {
    const serial = serialFromDay(step.todayDay, -1, shape.date1904);
    const format =
      commonFormat(shape, lastContact, ["date"]) ?? commonFormat(shape, shape.header.columns.date, ["date"]);
    if (serial !== undefined) {
      cells.push({
        role: "lastContact",
        column: lastContact,
        expected: cellOf(shape, row, lastContact),
        value: serial,
        numberFormat: format ?? FALLBACK_DATE_FORMAT,
      });
    }
  }
  return { key: row.key, row: row.row, prospect: row.prospect, cells: withFormats(shape, row, cells) };
}

/** The cells writing a promise read from the next step makes: the date cell, and the time cell when it is empty. */
export function promiseChanges(shape: SheetShape, row: RowReport, day: number, minutes: number): RowChanges {
  const cells: CellChange[] = [];
  const date = dateCell(shape, row, day, minutes);
  if (date) cells.push(date);
  const timeCol = shape.header.columns.time;
  if (minutes >= 0 && timeCol !== undefined && cellOf(shape, row, timeCol) === "") {
    const time = timeCell(shape, row, minutes);
    if (time) cells.push(time);
  }
  return { key: row.key, row: row.row, prospect: row.prospect, cells: withFormats(shape, row, cells) };
}

/**
 * The date cells a bulk move writes: each row's date moves to the new day and keeps its time (a date-time serial keeps
 * its fraction and format; a date typed as text becomes a real date, with its time when it had one).
 */
export function moveChanges(shape: SheetShape, moves: readonly RescheduleMove[]): RowChanges[] {
  const column = shape.header.columns.date;
  if (column === undefined) return [];
  const out: RowChanges[] = [];
  for (const move of moves) {
    const expected = cellOf(shape, move.row, column);
    let change: CellChange | undefined;
    if (typeof expected === "number") {
      const fraction = expected - Math.floor(expected);
      const serial = serialFromDay(move.newDay, -1, shape.date1904);
      if (serial !== undefined) change = { role: "date", column, expected, value: serial + fraction };
    } else {
      const minutes = move.oldDue.length >= 16 && shape.header.columns.time === undefined ? timeOf(move.oldDue) : -1;
      const serial = serialFromDay(move.newDay, minutes, shape.date1904);
      const base = commonFormat(shape, column, ["date"]) ?? FALLBACK_DATE_FORMAT;
      if (serial !== undefined) {
        change = { role: "date", column, expected, value: serial, numberFormat: minutes >= 0 ? `${base} h:mm` : base };
      }
    }
    if (change) {
      const cells = withFormats(shape, move.row, [change]);
      out.push({ key: move.row.key, row: move.row.row, prospect: move.row.prospect, cells });
    }
  }
  return out;
}

const timeOf = (due: string): number => Number(due.slice(11, 13)) * 60 + Number(due.slice(14, 16));
