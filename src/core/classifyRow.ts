import { cellText, hasContent } from "./cellText";
import { hhmmFromMinutes } from "./dayNumber";
import { rowMessage } from "./messages";
import { identityKey } from "./prospectKey";
import { type DateContext, type DateReading, isoOfDay, readDateCell } from "./readDateCell";
import { timeFromCell } from "./parseTime";
import type { Role, RowProblem, RowReport, RowState } from "./types";
import { isVagueNextStep } from "./vagueNextStep";

/** What every row of one sheet shares; built once per analyzeSheet call. */
export interface RowContext {
  /** Mapped roles and their columns, in parallel, so a row visits only the columns that matter. */
  roles: Role[];
  cols: number[];
  prospectCol: number;
  contactCol: number;
  emailCol: number;
  nextStepCol: number;
  dateCol: number;
  timeCol: number;
  statusCol: number;
  date: DateContext;
  /** Scratch for the date cell, reused across rows. */
  reading: DateReading;
  isClosed: (status: string) => boolean;
  uniqueKey: (key: string) => string;
  /** Last day number that is still "due soon". */
  soonLastDay: number;
  /** Today in the rep's date order, for messages. */
  example: string;
  counts: Record<RowState | RowProblem, number>;
}

const NO_PROBLEMS: RowProblem[] = [];

/** Text of a time-column cell for display: "HH:mm" for Excel fractions, the trimmed text otherwise. */
function timeText(cell: unknown, minutes: number): string {
  return typeof cell === "number" && minutes >= 0 ? hhmmFromMinutes(minutes) : cellText(cell);
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
  const { roles, cols } = ctx;
  let any = false;
  for (let i = 0; i < cols.length; i++) {
    if (hasContent(row[cols[i]])) {
      any = true;
      break;
    }
  }
  if (!any) return undefined;

  const reading = ctx.dateCol < 0 ? undefined : ctx.reading;
  if (reading) {
    const f = formats ? formats[ctx.dateCol] : undefined;
    readDateCell(row[ctx.dateCol], typeof f === "string" ? f : undefined, ctx.date, reading);
  }
  const timeCell = ctx.timeCol < 0 ? undefined : row[ctx.timeCol];
  const timeMinutes = ctx.timeCol < 0 ? -1 : timeFromCell(timeCell);

  const fields: Partial<Record<Role, string>> = {};
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    if (role === "date") fields.date = reading ? reading.text : "";
    else if (role === "time") fields.time = timeText(timeCell, timeMinutes);
    else fields[role] = cellText(row[cols[i]]);
  }
  const prospectText = fields.prospect ?? "";
  const contactText = fields.contact ?? "";
  const label = prospectText || contactText || "Row " + rowNumber;
  const key = ctx.uniqueKey(identityKey(prospectText, contactText, fields.email ?? ""));

  const valid = reading !== undefined && (reading.kind === "serial" || reading.kind === "text");
  let due: string | undefined;
  let state: RowState;
  if (valid) {
    // The time column wins over a time inside the date cell: it is where the rep sets times on purpose.
    const minutes = timeMinutes >= 0 ? timeMinutes : reading.minutes;
    const iso = isoOfDay(ctx.date, reading.day);
    due = minutes >= 0 ? iso + "T" + hhmmFromMinutes(minutes) : iso;
    const d = reading.day;
    const today = ctx.date.todayDay;
    state = d < today ? "overdue" : d === today ? "dueToday" : d <= ctx.soonLastDay ? "dueSoon" : "scheduled";
  } else {
    state = "incomplete";
  }

  let problems = NO_PROBLEMS;
  let message: string | undefined;
  if (ctx.statusCol >= 0 && ctx.isClosed(fields.status ?? "")) {
    state = "closed";
  } else {
    const nextStepText = fields.nextStep ?? "";
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
      for (const p of problems) ctx.counts[p]++;
    }
  }
  ctx.counts[state]++;

  const report: RowReport = {
    row: rowNumber,
    prospect: label,
    state,
    problems: problems === NO_PROBLEMS ? [] : problems,
    fields,
    dateKind: reading ? reading.kind : "empty",
    key,
  };
  if (due !== undefined) report.due = due;
  if (message !== undefined) report.message = message;
  if (reading && reading.textSerial !== undefined) report.textDateSerial = reading.textSerial;
  return report;
}
