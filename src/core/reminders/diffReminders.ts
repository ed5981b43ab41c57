import type { DesiredReminder, ExistingReminder, ReminderPlan, SkipReason } from "./reminderTypes";
import { utcToWallTime } from "./zonedTime";

export type RemovalReason = SkipReason | "notInSheet" | "dateInPast" | "dayBeforeOff" | "duplicateEvent";

export interface UpdateOp {
  eventId: string;
  desired: DesiredReminder;
  /** What changed, for the preview ("date", "text"). */
  changes: ("date" | "text")[];
}

export interface RemoveOp {
  eventId: string;
  key: string;
  kind: ExistingReminder["kind"];
  subject: string;
  startUtc: number;
  reason: RemovalReason;
  message: string;
  /** Pre-tick in the preview: true unless the prospect is merely absent from this sheet (it may live in another workbook). */
  suggested: boolean;
}

export interface UnchangedItem {
  key: string;
  kind: DesiredReminder["kind"];
  eventId: string;
  /** "unchanged" or "alreadyRemindedToday" (a today reminder exists; don't chase the clock). */
  why: "unchanged" | "alreadyRemindedToday";
}

/** An event of another owner's row (team sheets): shown as left alone, never offered for removal. */
export interface LeftAloneEvent {
  eventId: string;
  key: string;
  subject: string;
}

export interface ReminderDiff {
  create: DesiredReminder[];
  update: UpdateOp[];
  /** Offered for removal; nothing is removed unless the rep confirms. */
  remove: RemoveOp[];
  unchanged: UnchangedItem[];
  /** Events of rows that belong to another owner: not the rep's to change. */
  leftAlone: LeftAloneEvent[];
}

const REMOVE_MESSAGES: Record<RemovalReason, string> = {
  closed: "prospect is closed",
  noDate: "row has no date any more",
  invalidDate: "row's date is not readable",
  duplicateKey: "row is a duplicate",
  notInSheet: "prospect is no longer in the sheet",
  dateInPast: "row's date moved to the past",
  dayBeforeOff: "day-before reminders are turned off",
  duplicateEvent: "a second event for the same reminder",
};

const slot = (key: string, kind: string): string => `${kind}\u0000${key}`;

/**
 * Desired vs existing → the writes that make Outlook match the sheet, and nothing more.
 * Identity is (prospect key, kind), never the row number, so sorting rows yields no writes.
 * Example: same key+kind and same contentHash → unchanged; same key+kind, other hash → update.
 */
export function diffReminders(plan: ReminderPlan, existing: readonly ExistingReminder[]): ReminderDiff {
  const diff: ReminderDiff = { create: [], update: [], remove: [], unchanged: [], leftAlone: [] };
  const otherOwners = new Set(plan.otherOwnerKeys);
  const bySlot = new Map<string, ExistingReminder[]>();
  // One entry per event id (a lookup page may repeat one); oldest first by start so the kept one is stable across
  // runs, ties broken by id.
  const ids = new Set<string>();
  const unique = existing.filter((e) => !ids.has(e.eventId) && ids.add(e.eventId));
  const sorted = unique.sort((a, b) => a.startUtc - b.startUtc || a.eventId.localeCompare(b.eventId));
  for (const e of sorted) {
    const list = bySlot.get(slot(e.key, e.kind)) ?? [];
    list.push(e);
    bySlot.set(slot(e.key, e.kind), list);
  }
  const overdueKeys = new Set(plan.overdue.map((o) => o.key));
  const wanted = new Set<string>();

  for (const d of plan.reminders) {
    const s = slot(d.key, d.kind);
    wanted.add(s);
    const found = bySlot.get(s) ?? [];
    // Prefer an event whose content already matches, so a duplicate never causes a needless PATCH.
    const keep = found.find((e) => e.contentHash === d.contentHash) ?? found[0];
    for (const extra of found) {
      // Only ever a different event than the one kept: removing the kept id would delete the only reminder.
      if (keep && extra.eventId !== keep.eventId) diff.remove.push(removal(extra, "duplicateEvent"));
    }
    if (!keep) diff.create.push(d);
    else if (d.remindToday && keep.startUtc > plan.now && sameDay(keep.startUtc, d.startUtc, plan.timeZone))
      diff.unchanged.push({ key: d.key, kind: d.kind, eventId: keep.eventId, why: "alreadyRemindedToday" });
    else if (keep.contentHash === d.contentHash)
      diff.unchanged.push({ key: d.key, kind: d.kind, eventId: keep.eventId, why: "unchanged" });
    else {
      const changes: UpdateOp["changes"] = [];
      if (keep.startUtc !== d.startUtc) changes.push("date");
      if (keep.subject !== d.subject || changes.length === 0) changes.push("text");
      diff.update.push({ eventId: keep.eventId, desired: d, changes });
    }
  }

  for (const [s, list] of bySlot) {
    if (wanted.has(s)) continue;
    for (const e of list) {
      // A teammate's prospect: it is in the sheet, just not the rep's (nor NextStep's here) to remove.
      if (otherOwners.has(e.key)) {
        diff.leftAlone.push({ eventId: e.eventId, key: e.key, subject: e.subject });
        continue;
      }
      // Already started: it is history (it may have just fired); leave it where the rep saw it.
      if (e.startUtc <= plan.now) continue;
      const inactive = plan.inactiveKeys[e.key];
      const reason: RemovalReason = inactive
        ? inactive
        : overdueKeys.has(e.key)
          ? "dateInPast"
          : e.kind === "dayBefore" && plan.reminders.some((r) => r.key === e.key)
            ? "dayBeforeOff"
            : "notInSheet";
      diff.remove.push(removal(e, reason));
    }
  }
  return diff;
}

const sameDay = (a: number, b: number, timeZone: string): boolean =>
  utcToWallTime(a, timeZone).date === utcToWallTime(b, timeZone).date;

function removal(e: ExistingReminder, reason: RemovalReason): RemoveOp {
  return {
    eventId: e.eventId,
    key: e.key,
    kind: e.kind,
    subject: e.subject,
    startUtc: e.startUtc,
    reason,
    message: REMOVE_MESSAGES[reason],
    suggested: reason !== "notInSheet",
  };
}
