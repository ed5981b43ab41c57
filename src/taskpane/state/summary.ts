import type { SheetReport } from "../../core/types";
import type { FilterKey } from "./filters";
import { plural } from "./wording";

/** A badge's colour: the state it counts (coloured as in the sheet), or the brand for "Active". */
export type SummaryTone = "overdue" | "dueToday" | "dueSoon" | "problem" | "brand";

export interface SummaryBadge {
  filter: Exclude<FilterKey, "attention">;
  label: string;
  count: number;
  tone: SummaryTone;
}

/** One slice of the stacked bar; widths are shares of the active total. */
export interface BarSegment {
  key: "overdue" | "dueToday" | "dueSoon" | "problems" | "onTrack";
  label: string;
  count: number;
  /** 0–100. */
  percent: number;
}

export interface Summary {
  badges: SummaryBadge[];
  bar: BarSegment[];
  active: number;
  /** The sentence a screen reader hears for the whole summary. */
  sentence: string;
}

/**
 * Summary badges and bar from the core's counts (the core is the one truth for numbers). `quiet` is the number of
 * prospects gone quiet, or undefined when the sheet has no touches / last-contact column (then there is no card).
 */
export function summarize(report: SheetReport, quiet?: number): Summary {
  const c = report.counts;
  const active = report.rows.length - c.closed;
  const badDate = c.missingDate + c.invalidDate;
  const badges: SummaryBadge[] = [
    { filter: "overdue", label: "Overdue", count: c.overdue, tone: "overdue" },
    { filter: "dueToday", label: "Due today", count: c.dueToday, tone: "dueToday" },
    { filter: "dueSoon", label: "Due soon", count: c.dueSoon, tone: "dueSoon" },
    { filter: "missingNextStep", label: "No next step", count: c.missingNextStep, tone: "problem" },
    { filter: "badDate", label: "Date issues", count: badDate, tone: "problem" },
    ...(quiet === undefined
      ? []
      : [{ filter: "quiet" as const, label: "Gone quiet", count: quiet, tone: "problem" as const }]),
    { filter: "active", label: "Active", count: active, tone: "brand" },
  ];
  const problems = c.incomplete;
  const onTrack = Math.max(0, active - c.overdue - c.dueToday - c.dueSoon - problems);
  const parts: Omit<BarSegment, "percent">[] = [
    { key: "overdue", label: "Overdue", count: c.overdue },
    { key: "dueToday", label: "Due today", count: c.dueToday },
    { key: "dueSoon", label: "Due soon", count: c.dueSoon },
    { key: "problems", label: "Incomplete", count: problems },
    { key: "onTrack", label: "Scheduled later", count: onTrack },
  ];
  const bar = parts.filter((p) => p.count > 0).map((p) => ({ ...p, percent: active ? (100 * p.count) / active : 0 }));
  const sentence =
    `${plural(active, "active prospect")}: ${c.overdue} overdue, ${c.dueToday} due today, ${c.dueSoon} due soon, ` +
    `${c.missingNextStep} without a next step, ${badDate} with a missing or invalid date` +
    (quiet === undefined ? "." : `, ${quiet} gone quiet.`);
  return { badges, bar, active, sentence };
}

/** "All 42 prospects have a next step — nothing overdue", or null when something needs attention. */
export function allOnTrackMessage(report: SheetReport): string | null {
  const c = report.counts;
  const active = report.rows.length - c.closed;
  if (active === 0) return null;
  if (c.overdue + c.dueToday + c.incomplete + c.missingNextStep + c.missingDate + c.invalidDate > 0) return null;
  return active === 1
    ? "Your 1 prospect has a next step — nothing overdue"
    : `All ${active} prospects have a next step — nothing overdue`;
}
