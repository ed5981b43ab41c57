import type { DesiredReminder, ReminderPlan } from "../../core/reminders/reminderTypes";
import type { FollowUpAction, FollowUpLine, RemovalChoice } from "./remindersFlow";
import { reminderTimeInWords } from "./wording";

/** How the calendar stands for one planned reminder (offline: "file", what the .ics holds). */
export type ReminderStatus =
  | { kind: "create" }
  | { kind: "update"; changes: readonly ("date" | "text")[] }
  | { kind: "unchanged" }
  | { kind: "file" };

/** An event offered for removal, with the prospect it belongs to. */
export interface KeyedRemoval extends RemovalChoice {
  key: string;
}

export interface LineInput {
  plan: ReminderPlan;
  /** The plan's own "today" ("YYYY-MM-DD" in its zone). */
  today: string;
  status(reminder: DesiredReminder): ReminderStatus;
  removals: readonly KeyedRemoval[];
}

const UPDATE_WHY: Record<"date" | "text", string> = {
  date: "the date or time changed in the sheet",
  text: "the next step or contact details changed",
};

function mainWhy(
  status: ReminderStatus,
  dayBefore: ReminderStatus | undefined,
): { action: FollowUpAction; why: string } {
  if (status.kind === "file") return { action: "create", why: "goes in the calendar file" };
  if (status.kind === "create") return { action: "create", why: "not in Outlook yet" };
  if (status.kind === "update") {
    return { action: "update", why: status.changes.map((c) => UPDATE_WHY[c]).join("; ") || UPDATE_WHY.text };
  }
  // The follow-up itself is in Outlook; only its day-before reminder is new or changed.
  if (dayBefore?.kind === "create") return { action: "update", why: "adds the day-before reminder" };
  if (dayBefore?.kind === "update") return { action: "update", why: "the day-before reminder changed" };
  return { action: "unchanged", why: "already in Outlook as it should be" };
}

/**
 * One line per prospect (the count the dialog adds up): what happens to its follow-up in Outlook, and why. A
 * day-before reminder is a property of its follow-up's line; events offered for removal sit on their prospect's line
 * (or a line of their own when the prospect is gone from the sheet). Lines come in time order, undated ones last.
 */
export function followUpLines({ plan, today, status, removals }: LineInput): FollowUpLine[] {
  const lines: FollowUpLine[] = [];
  const removalsOf = new Map<string, RemovalChoice[]>();
  for (const { key, ...r } of removals) removalsOf.set(key, [...(removalsOf.get(key) ?? []), r]);
  const dayBefores = new Map(plan.reminders.filter((r) => r.kind === "dayBefore").map((r) => [r.key, r]));
  const overdueOf = new Map(plan.overdue.map((o) => [o.key, o]));
  const choice = (key: string): Pick<FollowUpLine, "overdue"> => {
    const o = overdueOf.get(key);
    return o ? { overdue: { at: reminderTimeInWords(o.remindTodayAt, today), chosen: o.remindToday } } : {};
  };
  const seen = new Set<string>();
  const take = (key: string): RemovalChoice[] => {
    seen.add(key);
    return removalsOf.get(key) ?? [];
  };
  const mains = plan.reminders
    .filter((r) => r.kind === "main")
    .sort((a, b) => a.startUtc - b.startUtc || a.row - b.row);
  for (const r of mains) {
    const before = dayBefores.get(r.key);
    const { action, why } = mainWhy(status(r), before && status(before));
    const reasons = [r.remindToday ? "overdue: reminded as you asked" : "", why, r.timeNote ?? ""].filter(Boolean);
    lines.push({
      key: r.key,
      prospect: r.prospect,
      row: r.row,
      action,
      when: reminderTimeInWords(r.startLocal, today),
      sortUtc: r.startUtc,
      why: reasons.join(" · "),
      ...(before ? { dayBefore: `day-before reminder ${reminderTimeInWords(before.startLocal, today)}` } : {}),
      openId: `${r.key}:main`,
      ...choice(r.key),
      removals: take(r.key),
    });
  }
  for (const o of plan.overdue) {
    if (seen.has(o.key)) continue;
    const gone = take(o.key);
    lines.push({
      key: o.key,
      prospect: o.prospect,
      row: o.row,
      action: gone.length ? "remove" : "skipped",
      why: o.due.startsWith(today)
        ? `due today at ${o.due.slice(11, 16) || "the default time"}, which has passed`
        : "overdue: update the date in the sheet",
      sortUtc: -Infinity,
      ...choice(o.key),
      removals: gone,
    });
  }
  for (const s of plan.skipped) {
    if (seen.has(s.key)) continue;
    const gone = take(s.key);
    lines.push({
      key: s.key,
      prospect: s.prospect,
      row: s.row,
      action: gone.length ? "remove" : "skipped",
      why: gone.length ? `${gone[0].why}: its reminder can go` : s.message,
      sortUtc: Infinity,
      removals: gone,
    });
  }
  for (const [key, gone] of removalsOf) {
    if (seen.has(key)) continue;
    lines.push({ key, prospect: gone[0].label, action: "remove", why: gone[0].why, sortUtc: Infinity, removals: gone });
  }
  return lines;
}

export const ACTION_ORDER: readonly FollowUpAction[] = ["create", "update", "remove", "unchanged", "skipped"];

/** How many prospects each action holds (every line counted once). */
export function countLines(lines: readonly FollowUpLine[]): Record<FollowUpAction, number> {
  const counts: Record<FollowUpAction, number> = { create: 0, update: 0, remove: 0, unchanged: 0, skipped: 0 };
  for (const l of lines) counts[l.action]++;
  return counts;
}
