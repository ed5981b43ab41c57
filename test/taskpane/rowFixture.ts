import type { RowReport, SheetReport } from "../../src/core/types";

/** A report row with sensible defaults, for table-driven tests. */
export function row(partial: Partial<RowReport> & Pick<RowReport, "row">): RowReport {
  return {
    prospect: `Prospect ${partial.row}`,
    state: "scheduled",
    problems: [],
    fields: { nextStep: "Call" },
    dateKind: "serial",
    key: `p${partial.row}`,
    ...partial,
  };
}

/** A report whose counts are derived from its rows, the way the core counts them. */
export function report(rows: RowReport[]): SheetReport {
  const counts = {
    overdue: 0,
    dueToday: 0,
    dueSoon: 0,
    scheduled: 0,
    closed: 0,
    incomplete: 0,
    missingNextStep: 0,
    missingDate: 0,
    invalidDate: 0,
  };
  for (const r of rows) {
    counts[r.state]++;
    for (const p of r.problems) counts[p]++;
  }
  return { header: { row: 1, columns: { prospect: 0, nextStep: 1, date: 2 }, missing: [] }, rows, counts };
}
