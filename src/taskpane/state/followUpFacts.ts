/**
 * Each row's touches and last contact, from the optional follow-up columns. Imports the two small core files
 * directly (not the loop's index), so the main pane can show who went quiet without loading the loop.
 */
import {
  findFollowUpColumns,
  lastContactDay,
  touchCount,
  type FollowUpColumns,
} from "../../core/followup/followUpColumns";
import type { FollowUpFacts } from "../../core/followup/goneQuiet";
import type { DateOrder, RowReport, SheetReport } from "../../core/types";
import type { SheetSnapshot } from "../../excel/port";

/** The follow-up columns and each row's touches / last contact. */
export function followUpFacts(
  snapshot: SheetSnapshot,
  report: SheetReport,
  rows: readonly RowReport[],
  options: { today: string; dateOrder: DateOrder },
): { columns: FollowUpColumns; facts: FollowUpFacts[] } {
  const start = snapshot.input.startRow ?? 1;
  const columns = findFollowUpColumns(snapshot.input.values, report.header, start);
  const facts = rows.map((row): FollowUpFacts => {
    const cells = snapshot.input.values[row.row - start] ?? [];
    const fact: FollowUpFacts = { row };
    if (columns.touches !== undefined) fact.touches = touchCount(cells[columns.touches]);
    if (columns.lastContact !== undefined) {
      fact.lastContactDay = lastContactDay(cells[columns.lastContact], { ...options, date1904: snapshot.date1904 });
    }
    return fact;
  });
  return { columns, facts };
}
