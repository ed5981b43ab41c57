import type { RowProblem, RowReport, RowState } from "./types";

/** One zero per row state and per problem: the shape of `SheetReport.counts`. */
export const emptyCounts = (): Record<RowState | RowProblem, number> => ({
  overdue: 0,
  dueToday: 0,
  dueSoon: 0,
  scheduled: 0,
  closed: 0,
  incomplete: 0,
  missingNextStep: 0,
  missingDate: 0,
  invalidDate: 0,
});

/**
 * The counts `analyzeSheet` keeps, over any subset of its rows (one per state, one per problem).
 * Example: countRows([]).overdue === 0.
 */
export function countRows(rows: readonly RowReport[]): Record<RowState | RowProblem, number> {
  const counts = emptyCounts();
  for (const row of rows) {
    counts[row.state]++;
    for (const problem of row.problems) counts[problem]++;
  }
  return counts;
}
