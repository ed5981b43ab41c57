import * as cells from "./cellText";
import * as days from "./dayNumber";
import { type MessageFacts, rowMessage } from "./messages";
import * as times from "./parseTime";
import * as yesValues from "./yesValue";
import { type DateContext, type DateReading } from "./readDateCell";
import * as dateCells from "./readDateCell";
import type { SheetLink } from "./rowReport";
import type { RoleColumns, SheetRows } from "./sheetRows";
import type { RowProblem, RowState } from "./types";

// Per-row helpers are taken from their modules once, at load. Compiled to CommonJS (tsx, jest), a plain named
// import is a getter on the other module's exports, called on every use and never inlined: a visible cost per row.
const { cellText, hasContent } = cells;
const { isNo, isYes } = yesValues;
const { hhmmFromMinutes } = days;
const { timeFromCell } = times;
const { isoOfDay, readDateCell } = dateCells;

/** What every row of one sheet shares; built once per analyzeSheet call. */
export interface RowContext {
  /** The column of each role. */
  at: RoleColumns;
  /** Mapped columns only, so a row visits just the cells that matter. */
  cols: number[];
  date: DateContext;
  /** Scratch for the date cell, reused across rows. */
  reading: DateReading;
  isClosed: (status: string) => boolean;
  /** More columns that can close a row: status-like ones (closed words) and opt-outs (yes/TRUE). Mostly empty. */
  closers: number[];
  optOuts: number[];
  /** Active-flag columns: a no there closes the row. */
  activeFlags: number[];
  /** isVagueNextStep, cached per distinct text. */
  isVague: (nextStep: string) => boolean;
  /** The per-row tables behind each report's lazy fields and key, and the handle reports reach them by. */
  sheet: SheetRows;
  link: SheetLink;
  /** Last day number that is still "due soon". */
  soonLastDay: number;
  /** Today in the rep's date order, for messages. */
  example: string;
  counts: Record<RowState | RowProblem, number>;
  /** "YYYY-MM-DDTHH:mm" per day and minute, since many rows share a date and time. */
  dueCache: DueCache;
}

/** Rows without problems share one empty list; frozen so a caller's push fails loudly instead of leaking. */
const NO_PROBLEMS = Object.freeze([]) as unknown as RowProblem[];

/** A fresh list per row with problems, allocated at its exact size (a date cannot be both missing and invalid). */
function problemList(nextStepMissing: boolean, dateMissing: boolean, dateInvalid: boolean): RowProblem[] {
  if (nextStepMissing) {
    if (dateMissing) return ["missingNextStep", "missingDate"];
    return dateInvalid ? ["missingNextStep", "invalidDate"] : ["missingNextStep"];
  }
  return dateMissing ? ["missingDate"] : ["invalidDate"];
}

/** Slots of the due-text cache: a power of two, more than a sheet's distinct (day, time) pairs in practice. */
const DUE_SLOTS = 4096;

/** The due-text cache: a slot per (day, minute) hash, keeping the last pair seen there. */
export interface DueCache {
  ids: Int32Array;
  texts: string[];
}

export const newDueCache = (): DueCache => ({ ids: new Int32Array(DUE_SLOTS).fill(-1), texts: new Array(DUE_SLOTS) });

function dueText(ctx: RowContext, day: number, minutes: number): string {
  if (minutes < 0) return isoOfDay(ctx.date, day);
  // A small integer (a day of the ±10-year window and its minute), looked up in a table: cheaper than a Map.
  const id = ((day - ctx.date.firstDay) * 1440 + minutes) | 0;
  const cache = ctx.dueCache;
  const slot = Math.imul(id, 0x9e3779b1) >>> 20;
  if (cache.ids[slot] === id) return cache.texts[slot];
  const due = isoOfDay(ctx.date, day) + "T" + hhmmFromMinutes(minutes);
  cache.ids[slot] = id;
  cache.texts[slot] = due;
  return due;
}

/** What classifyRow found in one row. One instance is reused for every row of a sheet, like DateReading. */
export interface RowVerdict {
  label: string;
  state: RowState;
  problems: RowProblem[];
  due: string | undefined;
  message: string | undefined;
  dateKind: DateReading["kind"];
}

export const newVerdict = (): RowVerdict => ({
  label: "",
  state: "incomplete",
  problems: NO_PROBLEMS,
  due: undefined,
  message: undefined,
  dateKind: "empty",
});

/**
 * Reads one sheet row into 'out'; false when none of its mapped cells holds anything (not a prospect row). The caller
 * makes the report: allocating it there, outside this big function, lets the engine inline the allocation.
 * Example: ["Acme", "Call Dana", "2026-11-20"] with today 2026-11-25 → state "overdue", due "2026-11-20".
 */
export function classifyRow(
  row: readonly unknown[],
  formats: readonly unknown[] | undefined,
  rowNumber: number,
  ctx: RowContext,
  out: RowVerdict,
): boolean {
  const at = ctx.at;
  const cols = ctx.cols;
  let any = false;
  for (let i = 0; i < cols.length && !any; i++) any = hasContent(row[cols[i]]);
  if (!any) return false;

  const reading = at.dateCol < 0 ? undefined : ctx.reading;
  if (reading) {
    const f = formats ? formats[at.dateCol] : undefined;
    readDateCell(row[at.dateCol], typeof f === "string" ? f : undefined, ctx.date, reading);
  }
  const timeMinutes = at.timeCol < 0 ? -1 : timeFromCell(row[at.timeCol]);
  const prospectText = at.prospectCol < 0 ? "" : cellText(row[at.prospectCol]);
  const nextStepText = at.nextStepCol < 0 ? "" : cellText(row[at.nextStepCol]);
  const statusText = at.statusCol < 0 ? "" : cellText(row[at.statusCol]);
  out.label = prospectText || (at.contactCol < 0 ? "" : cellText(row[at.contactCol])) || "Row " + rowNumber;

  let state: RowState = "incomplete";
  out.due = undefined;
  if (reading !== undefined && (reading.kind === "serial" || reading.kind === "text")) {
    // The time column wins over a time inside the date cell: it is where the rep sets times on purpose.
    const d = reading.day;
    out.due = dueText(ctx, d, timeMinutes >= 0 ? timeMinutes : reading.minutes);
    const today = ctx.date.todayDay;
    state = d < today ? "overdue" : d === today ? "dueToday" : d <= ctx.soonLastDay ? "dueSoon" : "scheduled";
  }

  out.problems = NO_PROBLEMS;
  out.message = undefined;
  if (
    (statusText !== "" && ctx.isClosed(statusText)) ||
    ((ctx.closers.length > 0 || ctx.optOuts.length > 0 || ctx.activeFlags.length > 0) && closedElsewhere(row, ctx))
  ) {
    state = "closed";
  } else {
    const nextStepMissing = nextStepText === "" || ctx.isVague(nextStepText);
    const dateMissing = reading === undefined || reading.kind === "empty";
    const dateInvalid = reading !== undefined && reading.kind === "invalid";
    if (nextStepMissing || dateMissing || dateInvalid) {
      const noNextStepColumn = at.nextStepCol < 0;
      const noDateColumn = at.dateCol < 0;
      flagProblems(ctx, out, {
        nextStepMissing,
        nextStepText,
        dateMissing,
        dateInvalid,
        noNextStepColumn,
        noDateColumn,
      });
    }
  }
  countState(ctx.counts, state);
  out.state = state;
  out.dateKind = reading ? reading.kind : "empty";
  return true;
}

/** A closed word in another status-like column, a yes in an opt-out column, or a no in an active flag. */
function closedElsewhere(row: readonly unknown[], ctx: RowContext): boolean {
  for (const col of ctx.closers) {
    const text = cellText(row[col]);
    if (text !== "" && ctx.isClosed(text)) return true;
  }
  for (const col of ctx.optOuts) if (isYes(row[col])) return true;
  for (const col of ctx.activeFlags) if (isNo(row[col])) return true;
  return false;
}

/** The problems and message of a row that has any (a minority: kept out of the per-row path). */
function flagProblems(ctx: RowContext, out: RowVerdict, facts: MessageFacts): void {
  const { nextStepMissing, dateMissing, dateInvalid } = facts;
  out.problems = problemList(nextStepMissing, dateMissing, dateInvalid);
  out.message = rowMessage(facts, ctx.reading, ctx.example, ctx.date.order);
  const counts = ctx.counts;
  if (nextStepMissing) counts.missingNextStep++;
  if (dateMissing) counts.missingDate++;
  if (dateInvalid) counts.invalidDate++;
}

/** Named increments: a computed key here was a measurable cost per row. */
function countState(counts: Record<RowState | RowProblem, number>, state: RowState): void {
  switch (state) {
    case "overdue":
      counts.overdue++;
      break;
    case "dueToday":
      counts.dueToday++;
      break;
    case "dueSoon":
      counts.dueSoon++;
      break;
    case "scheduled":
      counts.scheduled++;
      break;
    case "closed":
      counts.closed++;
      break;
    default:
      counts.incomplete++;
  }
}
