/**
 * "My prospects / Everyone" for the main pane: the rows the summary, the list and reminders see. Imports the owner
 * rule from its own core file (not the loop's index) so the main bundle stays small.
 */
import { isMine } from "../../core/followup/owners";
import { countRows } from "../../core/countRows";
import type { RowReport, SheetReport } from "../../core/types";
import type { FollowUpLens } from "./model";

/** The rep's own rows once they said which owner they are (and the list has an owner column), else every row. */
export function ownRows(report: SheetReport, lens: FollowUpLens): readonly RowReport[] {
  if (report.header.columns.owner === undefined || !lens.me) return report.rows;
  const me = lens.me;
  return report.rows.filter((row) => isMine(row, me));
}

/** Team sheets, once the rep said which owner they are: the keys of every other row (another owner's, or none). */
export function otherOwnerKeys(report: SheetReport, lens: FollowUpLens): string[] {
  if (report.header.columns.owner === undefined || !lens.me) return [];
  const me = lens.me;
  return report.rows.filter((row) => !isMine(row, me)).map((row) => row.key);
}

/**
 * The report the summary and list show: the rep's own rows and their counts under "My prospects", the whole report
 * under "Everyone" (or before an owner is chosen).
 */
export function scopedReport(report: SheetReport, lens: FollowUpLens): SheetReport {
  if (lens.scope === "everyone") return report;
  const rows = ownRows(report, lens);
  return rows === report.rows ? report : { ...report, rows: [...rows], counts: countRows(rows) };
}
