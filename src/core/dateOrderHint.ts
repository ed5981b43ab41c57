import { analyzeSheet } from "./analyzeSheet";
import type { AnalyzeOptions, DateOrder, SheetInput, SheetReport } from "./types";

const ORDERS: readonly DateOrder[] = ["MDY", "DMY", "YMD"];

/** A numeric date such as "30/11/2026" or "2026.11.30": the only text whose reading depends on the date order. */
const NUMERIC_DATE = /^\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\.?(?:\s|$)/;

/**
 * The date order this sheet is evidently written in, when it is not the one used for `report`: some numeric dates
 * read as invalid now and fine in that order, and no date read fine now turns invalid with it. Undefined when the
 * order in use fits, when the sheet mixes orders, or when nothing decides.
 * Example: a sheet of "30/11/2026" and "12/1/2026" analysed as MDY → "DMY".
 */
export function dateOrderHint(input: SheetInput, options: AnalyzeOptions, report: SheetReport): DateOrder | undefined {
  if (report.counts.invalidDate === 0 || report.header.columns.date === undefined) return undefined;
  const dateCol = report.header.columns.date;
  const startRow = typeof input.startRow === "number" ? input.startRow : 1;
  const cellOf = (row: number): unknown => input.values[row - startRow]?.[dateCol];
  const invalidNumeric = report.rows.filter((r) => {
    const cell = cellOf(r.row);
    return r.problems.includes("invalidDate") && typeof cell === "string" && NUMERIC_DATE.test(cell);
  });
  if (invalidNumeric.length === 0) return undefined;
  const current = options.dateOrder ?? "MDY";
  let best: { order: DateOrder; fixed: number } | undefined;
  for (const order of ORDERS) {
    if (order === current) continue;
    const alt = analyzeSheet(input, { ...options, dateOrder: order });
    const byRow = new Map(alt.rows.map((r) => [r.row, r]));
    const breaks = report.rows.some(
      (r) => !r.problems.includes("invalidDate") && byRow.get(r.row)?.problems.includes("invalidDate"),
    );
    if (breaks) continue;
    const fixed = invalidNumeric.filter((r) => !byRow.get(r.row)?.problems.includes("invalidDate")).length;
    if (fixed > 0 && (!best || fixed > best.fixed)) best = { order, fixed };
  }
  return best?.order;
}
