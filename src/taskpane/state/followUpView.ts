/** The follow-up loop's view: what its components show, worked out from the pane's report and the loop's state. */
import { dayFromIso, hhmmFromMinutes } from "../../core/dayNumber";
import {
  buildDayPlan,
  countByOwner,
  goneQuiet,
  isMine,
  ownerKey,
  planReschedule,
  promiseConflict,
  quickPicks,
  readPromise,
  shortDate,
  type OwnerCounts,
  type PlanItem,
  type QuickPick,
  type RescheduleTarget,
} from "../../core/followup";
import type { DateOrder, RowReport, SheetReport } from "../../core/types";
import type { SheetSnapshot } from "../../excel/port";
import { followUpFacts } from "./followUpFacts";
import type { FollowUpModel } from "./followUpModel";

export interface PromiseOffer {
  row: number;
  key: string;
  prospect: string;
  /** "Use Mon 7 Dec 10:00". */
  label: string;
}

export interface DoneView {
  row: number;
  prospect: string;
  nextStep: string;
  date: string;
  time: string;
  picks: QuickPick[];
  error?: string;
  saving: boolean;
  /** Set once saved: the sentence "Copy promise" puts on the clipboard. */
  promise?: string;
}

export interface MoveView {
  target: RescheduleTarget;
  /** "Move 3 overdue follow-ups to tomorrow". */
  title: string;
  /** Every overdue row; `ticked` ones move (the rep can untick some: a selection, still one write). */
  lines: { row: number; key: string; prospect: string; from: string; to: string; ticked: boolean }[];
}

export interface FollowUpView {
  scope: "mine" | "everyone";
  me?: string;
  owners: string[];
  hasOwnerColumn: boolean;
  counts: { overdue: number; dueToday: number; noNextStep: number };
  perOwner: OwnerCounts[];
  quiet: { row: number; prospect: string; reason: string }[];
  /** Without touches or last-contact column: what one would give (and the offer to add one). */
  quietHelp?: string;
  overdue: number;
  move?: MoveView;
  offers: PromiseOffer[];
  conflicts: { row: number; prospect: string; message: string }[];
  plan: PlanItem[];
  done?: DoneView;
  message?: FollowUpModel["message"];
  busy: boolean;
  quietDays: number;
  dayStart: string;
  /** "Add today's plan to Outlook" goes through Graph (signed in); else the .ics file and the web link. */
  planViaOutlook: boolean;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mon 7 Dec 10:00" (the time only when there is one). */
export function dayInWords(iso: string, minutes = -1): string {
  const day = dayFromIso(iso);
  if (day === undefined) return iso;
  const weekday = WEEKDAYS[(((day + 3) % 7) + 7) % 7];
  const text = `${weekday} ${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
  return minutes >= 0 ? `${text} ${hhmmFromMinutes(minutes)}` : text;
}

const TARGET_WORDS: Record<RescheduleTarget, string> = {
  today: "today",
  tomorrow: "tomorrow",
  nextWorkingDay: "the next working day",
};

/** The rows in scope: the rep's own (when they said which owner they are) or everyone's. */
export function scopedRows(rows: readonly RowReport[], model: FollowUpModel, hasOwner: boolean): RowReport[] {
  if (!hasOwner || model.scope === "everyone" || !model.me) return [...rows];
  return rows.filter((row) => isMine(row, model.me as string));
}

export interface ViewInput {
  snapshot?: SheetSnapshot;
  report?: SheetReport;
  dateOrder: DateOrder;
  quietDays: number;
  today: string;
}

export function followUpView(input: ViewInput, model: FollowUpModel): FollowUpView | undefined {
  const { snapshot, report, today, dateOrder } = input;
  if (!snapshot || !report) return undefined;
  const todayDay = dayFromIso(today) as number;
  const hasOwnerColumn = report.header.columns.owner !== undefined;
  const rows = scopedRows(report.rows, model, hasOwnerColumn);
  const { columns, facts } = followUpFacts(snapshot, report, rows, { today, dateOrder });
  const active = rows.filter((r) => r.state !== "closed");
  const owners = [
    ...new Map(report.rows.map((r) => [ownerKey(r.fields.owner), (r.fields.owner ?? "").trim()])).values(),
  ]
    .filter((o) => o !== "")
    .sort((a, b) => a.localeCompare(b));
  const offers: PromiseOffer[] = [];
  const conflicts: FollowUpView["conflicts"] = [];
  for (const row of active) {
    const step = row.fields.nextStep ?? "";
    if (!step) continue;
    const promise = readPromise(step, { today, dateOrder });
    if (!promise) continue;
    if (row.dateKind === "empty" && promise.date) {
      // The time is offered only where the sheet keeps times: an empty cell of its time column.
      const timeEmpty = report.header.columns.time !== undefined && !row.fields.time;
      offers.push({
        row: row.row,
        key: row.key,
        prospect: row.prospect,
        label: `Use ${dayInWords(promise.date, timeEmpty ? promise.minutes : -1)}`,
      });
    }
    const conflict = promiseConflict(promise, row.due, dateOrder);
    if (conflict) conflicts.push({ row: row.row, prospect: row.prospect, message: conflict });
  }
  const moves = model.moveTarget
    ? planReschedule(
        active.filter((r) => r.state === "overdue"),
        model.moveTarget,
        todayDay,
      )
    : [];
  const view: FollowUpView = {
    scope: model.scope,
    me: model.me,
    owners,
    hasOwnerColumn,
    counts: {
      overdue: active.filter((r) => r.state === "overdue").length,
      dueToday: active.filter((r) => r.state === "dueToday").length,
      noNextStep: active.filter((r) => r.problems.includes("missingNextStep")).length,
    },
    perOwner: hasOwnerColumn ? countByOwner(report.rows) : [],
    quiet: goneQuiet(facts, todayDay, input.quietDays).map((q) => ({
      row: q.row.row,
      prospect: q.row.prospect,
      reason: q.reason,
    })),
    overdue: active.filter((r) => r.state === "overdue").length,
    offers,
    conflicts,
    plan: buildDayPlan(active, todayDay, model.plannedKeys).items,
    message: model.message,
    busy: model.busy,
    quietDays: model.quietDays,
    dayStart: model.dayStart,
    planViaOutlook: model.graph === true,
  };
  if (columns.touches === undefined && columns.lastContact === undefined) {
    view.quietHelp =
      "Add a Touches column and NextStep shows who has gone quiet: prospects with 2 or fewer touches and no next step scheduled (80% of sales take 5 to 12 contacts).";
  }
  if (model.moveTarget) {
    const skipped = new Set(model.moveSkipped ?? []);
    const ticked = moves.filter((m) => !skipped.has(m.row.key)).length;
    view.move = {
      target: model.moveTarget,
      title: `Move ${ticked} overdue follow-up${ticked === 1 ? "" : "s"} to ${TARGET_WORDS[model.moveTarget]}`,
      lines: moves.map((m) => ({
        row: m.row.row,
        key: m.row.key,
        ticked: !skipped.has(m.row.key),
        prospect: m.row.prospect,
        from: shortDate(dayFromIso(m.oldDue) as number, dateOrder),
        to: shortDate(m.newDay, dateOrder),
      })),
    };
  }
  if (model.done) {
    const row = report.rows.find((r) => r.key === model.done?.key);
    if (row) {
      view.done = {
        row: row.row,
        prospect: row.prospect,
        nextStep: model.done.nextStep,
        date: model.done.date,
        time: model.done.time,
        picks: quickPicks(todayDay),
        saving: model.done.saving,
        ...(model.done.error ? { error: model.done.error } : {}),
        ...(model.done.promise ? { promise: model.done.promise } : {}),
      };
    }
  }
  return view;
}
