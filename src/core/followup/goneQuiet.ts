import { dayFromIso } from "../dayNumber";
import type { RowReport } from "../types";

/** One row with what the optional follow-up columns say about it. */
export interface FollowUpFacts {
  row: RowReport;
  /** Touches so far; undefined without a touches column or when the cell holds no count. */
  touches?: number;
  /** Day number of the last contact; undefined without a last-contact column or date. */
  lastContactDay?: number;
}

export interface QuietProspect {
  row: RowReport;
  /** Why, as the pane shows it: "2 touches, no next step scheduled". */
  reason: string;
}

/** Default for "last contact older than N days" (Settings). */
export const DEFAULT_QUIET_DAYS = 14;

/**
 * Active prospects that went quiet: 2 touches or fewer, or a last contact more than quietDays ago — in both cases
 * only when no next step is dated today or later. A dated future step is never flagged, whatever the counts say:
 * the rep already knows when they will call.
 * Example: a row overdue since last week with touches 1 → "1 touch, no next step scheduled".
 */
export function goneQuiet(
  facts: readonly FollowUpFacts[],
  todayDay: number,
  quietDays = DEFAULT_QUIET_DAYS,
): QuietProspect[] {
  const quiet: QuietProspect[] = [];
  for (const { row, touches, lastContactDay } of facts) {
    if (row.state === "closed") continue;
    const dueDay = row.due ? dayFromIso(row.due) : undefined;
    if (dueDay !== undefined && dueDay >= todayDay) continue;
    const why: string[] = [];
    if (touches !== undefined && touches <= 2) why.push(`${touches} ${touches === 1 ? "touch" : "touches"}`);
    if (lastContactDay !== undefined && todayDay - lastContactDay > quietDays) {
      const days = todayDay - lastContactDay;
      why.push(`last contact ${days} days ago`);
    }
    if (why.length === 0) continue;
    const step = dueDay === undefined ? "no next step scheduled" : "next step overdue";
    const reason = `${why.join(", ")}, ${step}`;
    quiet.push({ row, reason: reason[0].toUpperCase() + reason.slice(1) });
  }
  return quiet;
}
