import { DEFAULT_PREFS as REMINDER_DEFAULTS } from "../../core/reminders/reminderTypes";
import type { FollowUpItem, OverdueChoice } from "./remindersFlow";

/** The "for all" box: ticked when every overdue prospect is, mixed when some are. */
export function remindTodayAllState(rows: readonly OverdueChoice[], chosen: readonly string[]): boolean | "mixed" {
  const ticked = rows.filter((o) => chosen.includes(o.key)).length;
  if (ticked === 0) return false;
  return ticked === rows.length ? true : "mixed";
}

/**
 * The "remind me today" box's label with the time it would fire: "Remind me today (14:30)", "Remind me today for all
 * (14:30)"; after working hours the reminder goes to the next morning, and the label says so: "Remind me tomorrow 09:00".
 */
export function remindTodayLabel(at: string, all = false): string {
  const forAll = all ? " for all" : "";
  const today = /^today (.+)$/.exec(at);
  return today ? `Remind me today${forAll} (${today[1]})` : `Remind me ${at}${forAll}`;
}

/** The follow-ups list shows this many at first, and this many more per "Show more" (long lists stay smooth). */
export const FOLLOW_UP_PAGE = 50;

const STATUS_WORDS: Record<FollowUpItem["status"], string> = {
  new: "new",
  update: "update",
  inOutlook: "in Outlook",
  file: "",
};

/** The small tag beside a follow-up: "day before", "today", "new", "update", "in Outlook", a time note, or "". */
export function followUpTag(item: FollowUpItem): string {
  const parts = [item.kind === "dayBefore" ? "day before" : "", item.remindToday ? "moved to today" : ""];
  parts.push(STATUS_WORDS[item.status], item.note ?? "");
  return parts.filter(Boolean).join(" · ");
}

/** When the second reminder fires (the core's default; not a setting of its own yet). */
export const DAY_BEFORE_TIME = REMINDER_DEFAULTS.dayBeforeTime;

/** The counts line under the preview: "14 follow-ups, 14 with a day-before reminder" etc. */
export function dayBeforeNote(mode: "outlook" | "offline", dayBefore: number): string | null {
  if (!dayBefore) return null;
  return mode === "offline"
    ? `${dayBefore} of them also remind you the day before at ${DAY_BEFORE_TIME} (a small event each).`
    : `Includes ${dayBefore} day-before reminder${dayBefore === 1 ? "" : "s"} at ${DAY_BEFORE_TIME} (a small event each).`;
}
