import { cellText, hasContent } from "./cellText";
import { hhmmFromMinutes } from "./dayNumber";
import { rowMessage } from "./messages";
import { timeFromCell } from "./parseTime";
import { type DateContext, type DateReading, isoOfDay, readDateCell } from "./readDateCell";
import { Report, type SheetLink } from "./rowReport";
import type { RoleColumns, SheetRows } from "./sheetRows";
import type { RowProblem, RowState } from "./types";
import { isVagueNextStep } from "./vagueNextStep";

/** What every row of one sheet shares; built once per analyzeSheet call. */
export interface RowContext extends RoleColumns {
  /** Mapped columns only, so a row visits just the cells that matter. */
  cols: number[];
  date: DateContext;
  /** Scratch for the date cell, reused across rows. */
  reading: DateReading;
  isClosed: (status: string) => boolean;
  /** The per-row tables behind each report's lazy fields and key, and the handle reports reach them by. */
  sheet: SheetRows;
  link: SheetLink;
  /** Last day number that is still "due soon". */
  soonLastDay: number;
  /** Today in the rep's date order, for messages. */
  example: string;
  counts: Record<RowState | RowProblem, number>;
  /** "YYYY-MM-DDTHH:mm" per day and minute, since many rows share a date and time. */
  dueCache: Map<number, string>;
}

/** Rows without problems share one empty list; frozen so a caller's push fails loudly instead of leaking. */
const NO_PROBLEMS = Object.freeze([]) as unknown as RowProblem[];

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
  index: number,
  rowNumber: number,
  ctx: RowContext,
): Report | undefined {
  const cols = ctx.cols;
  let any = false;
  for (let i = 0; i < cols.length && !any; i++) any = hasContent(row[cols[i]]);
  if (!any) return undefined;

  const reading = ctx.dateCol < 0 ? undefined : ctx.reading;
  if (reading) {
    const f = formats ? formats[ctx.dateCol] : undefined;
    readDateCell(row[ctx.dateCol], typeof f === "string" ? f : undefined, ctx.date, reading);
  }
  const timeMinutes = ctx.timeCol < 0 ? -1 : timeFromCell(row[ctx.timeCol]);
  const prospectText = ctx.prospectCol < 0 ? "" : cellText(row[ctx.prospectCol]);
  const nextStepText = ctx.nextStepCol < 0 ? "" : cellText(row[ctx.nextStepCol]);
  const statusText = ctx.statusCol < 0 ? "" : cellText(row[ctx.statusCol]);
  const label = prospectText || (ctx.contactCol < 0 ? "" : cellText(row[ctx.contactCol])) || "Row " + rowNumber;

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
  const sheet = ctx.sheet;
  sheet.isReport[index] = 1;
  if (reading !== undefined && reading.kind === "text") sheet.textSerials[index] = reading.textSerial ?? NaN;
  return new Report(ctx.link, rowNumber, label, state, problems, due, message, reading ? reading.kind : "empty");
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
