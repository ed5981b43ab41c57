import { dayFromIso, isoFromDay } from "../dayNumber";
import { hashText } from "../reminders/hashText";
import { oneLine, plainText } from "../reminders/reminderText";
import type { DesiredReminder } from "../reminders/reminderTypes";
import { wallTimeToUtc } from "../reminders/zonedTime";
import type { RowReport } from "../types";

/** One call on today's plan. */
export interface PlanItem {
  key: string;
  prospect: string;
  contact: string;
  phone: string;
  nextStep: string;
  /** "HH:mm" when the follow-up has a time. */
  time?: string;
  /** Done since the plan was first made: the follow-up moved past today. */
  done: boolean;
}

export interface DayPlan {
  /** "YYYY-MM-DD". */
  date: string;
  items: PlanItem[];
}

/** Default start of the rep's day (Settings). */
export const DEFAULT_DAY_START = "08:30";

function itemOf(row: RowReport, done: boolean): PlanItem {
  // A done call's due is its next step's, another day: its time would mislead.
  const time = !done && row.due && row.due.length >= 16 ? row.due.slice(11, 16) : undefined;
  return {
    key: row.key,
    prospect: row.prospect,
    contact: row.fields.contact ?? "",
    phone: row.fields.phone ?? "",
    nextStep: row.fields.nextStep ?? "",
    ...(time ? { time } : {}),
    done,
  };
}

/**
 * Today's calls: every active follow-up due today or overdue (overdue ones are today's calls too), timed ones in
 * time order first, then the others in sheet order, then the done ones. Keys planned earlier today whose follow-up has since moved past
 * today (the rep logged it done) stay on the plan, ticked; a key no longer in the sheet drops out.
 * Example: rows due today at 14:00 and 09:30 and one overdue → [09:30, 14:00, overdue].
 */
export function buildDayPlan(
  rows: readonly RowReport[],
  todayDay: number,
  plannedKeys: readonly string[] = [],
): DayPlan {
  const open: PlanItem[] = [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const openKeys = new Set<string>();
  for (const row of rows) {
    if (row.state !== "overdue" && row.state !== "dueToday") continue;
    open.push(itemOf(row, false));
    openKeys.add(row.key);
  }
  const done: PlanItem[] = [];
  for (const key of plannedKeys) {
    const row = byKey.get(key);
    if (!row || openKeys.has(key) || !row.due) continue;
    const due = dayFromIso(row.due);
    if (row.state === "closed" || (due !== undefined && due > todayDay)) done.push(itemOf(row, true));
  }
  const items = [...open, ...done];
  const order = new Map(items.map((item, i) => [item, i]));
  items.sort((a, b) => {
    if (a.time && b.time) return a.time.localeCompare(b.time) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
    if (a.time || b.time) return a.time ? -1 : 1;
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
  return { date: isoFromDay(todayDay), items };
}

/** "Today's calls: 5 (2 done)". */
export function planSubject(plan: DayPlan): string {
  const done = plan.items.filter((i) => i.done).length;
  return `Today's calls: ${plan.items.length}${done ? ` (${done} done)` : ""}`;
}

/** The event body: one line per call, ticked when done, with time, prospect, contact, phone and next step. */
export function planBody(plan: DayPlan): string {
  if (plan.items.length === 0) return "No calls due today.";
  const lines = plan.items.map((item) => {
    const parts = [item.done ? "done" : (item.time ?? "any time"), oneLine(item.prospect)];
    if (item.contact) parts.push(oneLine(item.contact));
    if (item.phone) parts.push(oneLine(item.phone));
    const step = item.nextStep ? ` — ${oneLine(item.nextStep)}` : "";
    return `${item.done ? "[x]" : "[ ]"} ${parts.join(" · ")}${step}`;
  });
  return plainText(lines.join("\n"));
}

/** The one key of a day's plan event: running "Add today's plan" again finds and updates it. */
export const planKey = (date: string): string => `plan|${date}`;

/**
 * The plan as one calendar event at the start of the rep's day (15 minutes), in the same shape as a reminder so the
 * .ics writer, the Outlook link and Graph treat it alike. Undefined when the day or time cannot be placed.
 */
export function planEvent(plan: DayPlan, options: { dayStart: string; timeZone: string }): DesiredReminder | undefined {
  const startUtc = wallTimeToUtc(plan.date, options.dayStart, options.timeZone);
  if (startUtc === undefined) return undefined;
  const subject = planSubject(plan);
  const body = planBody(plan);
  const key = planKey(plan.date);
  return {
    key,
    kind: "main",
    row: 0,
    prospect: "Today's plan",
    subject,
    body,
    startLocal: `${plan.date}T${options.dayStart}`,
    timeZone: options.timeZone,
    startUtc,
    endUtc: startUtc + 15 * 60000,
    reminderMinutesBefore: 0,
    contentHash: hashText(`${subject}\n${body}\n${plan.date}T${options.dayStart}`),
    transactionId: `nextstep-plan-${hashText(key)}`,
  };
}
