import { cellText, hasContent } from "./cellText";
import { hhmmFromMinutes } from "./dayNumber";
import { rowMessage } from "./messages";
import { timeFromCell } from "./parseTime";
import type { ProspectKeys } from "./prospectKey";
import { type DateContext, type DateReading, isoOfDay, readDateCell } from "./readDateCell";
import type { Role, RowProblem, RowReport, RowState } from "./types";
import { isVagueNextStep } from "./vagueNextStep";

/** What every row of one sheet shares; built once per analyzeSheet call. Column -1 = role not mapped. */
export interface RowContext {
  /** Mapped columns only, so a row visits just the cells that matter. */
  cols: number[];
  prospectCol: number;
  contactCol: number;
  emailCol: number;
  phoneCol: number;
  nextStepCol: number;
  dateCol: number;
  timeCol: number;
  statusCol: number;
  notesCol: number;
  ownerCol: number;
  date: DateContext;
  /** Scratch for the date cell, reused across rows. */
  reading: DateReading;
  isClosed: (status: string) => boolean;
  keys: ProspectKeys;
  /** Last day number that is still "due soon". */
  soonLastDay: number;
  /** Today in the rep's date order, for messages. */
  example: string;
  counts: Record<RowState | RowProblem, number>;
  /** Every mapped role set to "": spreading it gives each row's fields object all its slots at once. */
  fieldsTemplate: Partial<Record<Role, string>>;
  /** "YYYY-MM-DDTHH:mm" per day and minute, since many rows share a date and time. */
  dueCache: Map<number, string>;
}

/** Rows without problems share one empty list; frozen so a caller's push fails loudly instead of leaking. */
const NO_PROBLEMS = Object.freeze([]) as unknown as RowProblem[];

/** Text of a time-column cell for display: "HH:mm" for Excel fractions, the trimmed text otherwise. */
function timeText(cell: unknown, minutes: number): string {
  return typeof cell === "number" && minutes >= 0 ? hhmmFromMinutes(minutes) : cellText(cell);
}

function dueText(ctx: RowContext, day: number, minutes: number): string {
  if (minutes < 0) return isoOfDay(ctx.date, day);
  const id = day * 1440 + minutes;
  let due = ctx.dueCache.get(id);
  if (due === undefined) {
    due = isoOfDay(ctx.date, day) + "T" + hhmmFromMinutes(minutes);
    ctx.dueCache.set(id, due);
  }
  return due;
}

/**
 * The report for one sheet row, or undefined when none of its mapped cells holds anything (not a prospect row).
 * Example: ["Acme", "Call Dana", "2026-11-20"] with today 2026-11-25 → state "overdue", due "2026-11-20".
 */
export function classifyRow(
  row: readonly unknown[],
  formats: readonly unknown[] | undefined,
  rowNumber: number,
  ctx: RowContext,
): RowReport | undefined {
  const cols = ctx.cols;
  let any = false;
  for (let i = 0; i < cols.length && !any; i++) any = hasContent(row[cols[i]]);
  if (!any) return undefined;

  const reading = ctx.dateCol < 0 ? undefined : ctx.reading;
  if (reading) {
    const f = formats ? formats[ctx.dateCol] : undefined;
    readDateCell(row[ctx.dateCol], typeof f === "string" ? f : undefined, ctx.date, reading);
  }
  const timeCell = ctx.timeCol < 0 ? undefined : row[ctx.timeCol];
  const timeMinutes = ctx.timeCol < 0 ? -1 : timeFromCell(timeCell);

  const prospectText = ctx.prospectCol < 0 ? "" : cellText(row[ctx.prospectCol]);
  const contactText = ctx.contactCol < 0 ? "" : cellText(row[ctx.contactCol]);
  const emailText = ctx.emailCol < 0 ? "" : cellText(row[ctx.emailCol]);
  const nextStepText = ctx.nextStepCol < 0 ? "" : cellText(row[ctx.nextStepCol]);
  const statusText = ctx.statusCol < 0 ? "" : cellText(row[ctx.statusCol]);
  // Named stores on a same-shaped object keep every row on one fast path.
  const fields: Partial<Record<Role, string>> = { ...ctx.fieldsTemplate };
  if (ctx.prospectCol >= 0) fields.prospect = prospectText;
  if (ctx.contactCol >= 0) fields.contact = contactText;
  if (ctx.emailCol >= 0) fields.email = emailText;
  if (ctx.phoneCol >= 0) fields.phone = cellText(row[ctx.phoneCol]);
  if (ctx.nextStepCol >= 0) fields.nextStep = nextStepText;
  if (reading) fields.date = reading.text;
  if (ctx.timeCol >= 0) fields.time = timeText(timeCell, timeMinutes);
  if (ctx.statusCol >= 0) fields.status = statusText;
  if (ctx.notesCol >= 0) fields.notes = cellText(row[ctx.notesCol]);
  if (ctx.ownerCol >= 0) fields.owner = cellText(row[ctx.ownerCol]);

  const label = prospectText || contactText || "Row " + rowNumber;
  const key = ctx.keys.unique(prospectText, contactText, emailText);

  const valid = reading !== undefined && (reading.kind === "serial" || reading.kind === "text");
  let due: string | undefined;
  let state: RowState;
  if (valid) {
    // The time column wins over a time inside the date cell: it is where the rep sets times on purpose.
    const d = reading.day;
    due = dueText(ctx, d, timeMinutes >= 0 ? timeMinutes : reading.minutes);
    const today = ctx.date.todayDay;
    state = d < today ? "overdue" : d === today ? "dueToday" : d <= ctx.soonLastDay ? "dueSoon" : "scheduled";
  } else {
    state = "incomplete";
  }

  let problems = NO_PROBLEMS;
  let message: string | undefined;
  if (statusText !== "" && ctx.isClosed(statusText)) {
    state = "closed";
  } else {
    const nextStepMissing = nextStepText === "" || isVagueNextStep(nextStepText);
    const dateMissing = reading === undefined || reading.kind === "empty";
    const dateInvalid = reading !== undefined && reading.kind === "invalid";
    if (nextStepMissing || dateMissing || dateInvalid) {
      problems = [];
      if (nextStepMissing) problems.push("missingNextStep");
      if (dateMissing) problems.push("missingDate");
      if (dateInvalid) problems.push("invalidDate");
      const facts = {
        nextStepMissing,
        nextStepText,
        dateMissing,
        dateInvalid,
        noNextStepColumn: ctx.nextStepCol < 0,
        noDateColumn: ctx.dateCol < 0,
      };
      message = rowMessage(facts, reading ?? ctx.reading, ctx.example);
      const counts = ctx.counts;
      if (nextStepMissing) counts.missingNextStep++;
      if (dateMissing) counts.missingDate++;
      if (dateInvalid) counts.invalidDate++;
    }
  }
  countState(ctx.counts, state);
  const dateKind = reading ? reading.kind : "empty";
  const serial = reading && reading.kind === "text" ? reading.textSerial : undefined;
  return makeReport(rowNumber, label, state, problems, due, message, fields, dateKind, serial, key);
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

/**
 * Builds the report with exactly the properties it has, each shape as one literal: absent optional fields stay
 * absent (not undefined), and the object is allocated once with all its slots (100k rows make this matter).
 */
function makeReport(
  row: number,
  prospect: string,
  state: RowState,
  problems: RowProblem[],
  due: string | undefined,
  message: string | undefined,
  fields: Partial<Record<Role, string>>,
  dateKind: RowReport["dateKind"],
  textDateSerial: number | undefined,
  key: string,
): RowReport {
  if (due !== undefined) {
    if (textDateSerial !== undefined) {
      return message === undefined
        ? { row, prospect, state, problems, due, fields, dateKind, textDateSerial, key }
        : { row, prospect, state, problems, due, message, fields, dateKind, textDateSerial, key };
    }
    return message === undefined
      ? { row, prospect, state, problems, due, fields, dateKind, key }
      : { row, prospect, state, problems, due, message, fields, dateKind, key };
  }
  return message === undefined
    ? { row, prospect, state, problems, fields, dateKind, key }
    : { row, prospect, state, problems, message, fields, dateKind, key };
}
