import type { SheetReport } from "../../../src/core/types";
import { HIGHLIGHT_FILLS } from "../../../src/excel/highlightRules";
import { columnName } from "../../../src/preview/memory/addresses";
import type { DemoCell } from "../../../src/preview/demo/demoSheet";
import { serialOf } from "../../../src/preview/demo/excelDates";

/**
 * The fills a rep should see once highlighting is on, in plain terms: an open prospect whose next step is a real date
 * before today is red across the row, today amber; a date typed as text is purple; a missing or unreadable date, or a
 * missing next step, marks that cell yellow (cell marks win over row tints). Due-soon tints are off by default.
 */
export function expectedFills(values: DemoCell[][], report: SheetReport, today: string): Record<string, string> {
  const cols = report.header.columns;
  const width = values[report.header.row - 1].length;
  const todaySerial = serialOf(today);
  const at = (role: "date" | "nextStep", row: number) => `${columnName(cols[role] as number)}${row}`;
  const out: Record<string, string> = {};
  for (const row of report.rows) {
    if (row.state === "closed") continue;
    const date = values[row.row - 1][cols.date as number];
    let tint: string | undefined;
    if (typeof date === "number" && date < todaySerial) tint = HIGHLIGHT_FILLS.overdue;
    else if (typeof date === "number" && date === todaySerial) tint = HIGHLIGHT_FILLS.dueToday;
    if (tint) for (let c = 0; c < width; c++) out[`${columnName(c)}${row.row}`] = tint;
    if (row.problems.includes("missingNextStep")) out[at("nextStep", row.row)] = HIGHLIGHT_FILLS.missingNextStep;
    if (row.dateKind === "text") out[at("date", row.row)] = HIGHLIGHT_FILLS.textDate;
    if (row.problems.includes("missingDate") || row.problems.includes("invalidDate"))
      out[at("date", row.row)] = HIGHLIGHT_FILLS.badDate;
  }
  return out;
}
