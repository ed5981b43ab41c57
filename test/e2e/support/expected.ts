import { format } from "date-fns";
import { analyzeSheet } from "../../../src/core";
import type { DateOrder, SheetReport } from "../../../src/core/types";
import { buildDemoSheet, rectangular, type DemoVariant } from "../../../src/preview/demo/demoSheet";

/** The browser's "today" (same machine, same time zone). */
export function todayIso(): string {
  return format(new Date(), "yyyy-MM-dd");
}

/** What the core makes of the very demo data the preview loads: the tests' expected figures. */
export function demoReport(
  variant: DemoVariant = "standard",
  columns?: Record<string, number>,
  dueSoonDays?: number,
  dateOrder?: DateOrder,
): SheetReport {
  const { values, numberFormat } = rectangular(buildDemoSheet(todayIso(), variant));
  return analyzeSheet({ values, numberFormat, startRow: 1 }, { today: todayIso(), columns, dueSoonDays, dateOrder });
}

/** The summary badges' numbers, keyed as the pane's data-filter attributes. */
export function expectedBadges(report: SheetReport): Record<string, number> {
  const c = report.counts;
  return {
    overdue: c.overdue,
    dueToday: c.dueToday,
    dueSoon: c.dueSoon,
    missingNextStep: c.missingNextStep,
    badDate: c.missingDate + c.invalidDate,
    active: report.rows.length - c.closed,
  };
}
