import { analyzeSheet } from "./analyzeSheet";
import type { AnalyzeOptions, DateOrder, RowReport, SheetInput, SheetReport } from "./types";

const ORDERS: readonly DateOrder[] = ["MDY", "DMY", "YMD"];

/** A numeric date such as "30/11/2026" or "2026.11.30": the only text whose reading depends on the date order. */
const NUMERIC_DATE = /^\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\.?(?:\s|$)/;

/** Day-first writing: "01.12.2026", "1.12.26" (dots, year last). Month-first writers use slashes. */
const DOTTED_DAY_FIRST = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s|$)/;

/** The rows (closed ones too) whose date cell is a string matching `form`, and `keep` says yes to. */
function rowsWithDateText(
  input: SheetInput,
  report: SheetReport,
  form: RegExp,
  keep: (row: RowReport) => boolean,
): RowReport[] {
  const dateCol = report.header.columns.date;
  if (dateCol === undefined || !Array.isArray(input.values)) return [];
  // The same first row number as analyzeSheet takes.
  const startRow = typeof input.startRow === "number" && Number.isInteger(input.startRow) ? input.startRow : 1;
  return report.rows.filter((r) => {
    if (!keep(r)) return false;
    const row = input.values[r.row - startRow];
    const cell = Array.isArray(row) ? row[dateCol] : undefined;
    return typeof cell === "string" && form.test(cell);
  });
}

/** The rows whose date cell is numeric text that does not read as a date in the order used. */
const unreadNumericDates = (input: SheetInput, report: SheetReport): RowReport[] =>
  rowsWithDateText(input, report, NUMERIC_DATE, (r) => r.dateKind === "invalid");

/**
 * The rows whose date is written day-first with dots: they read right in any order (parseDate), and they say how the
 * sheet's slashed dates were meant.
 */
const dottedDayFirstDates = (input: SheetInput, report: SheetReport): RowReport[] =>
  rowsWithDateText(input, report, DOTTED_DAY_FIRST, (r) => r.dateKind === "text");

/**
 * What dateOrderHint decides on, as one string: equal keys give equal hints for the same sheet, so a caller can skip
 * working the hint out again after an edit that changed none of it.
 */
export function dateOrderEvidence(input: SheetInput, report: SheetReport): string {
  const dateCol = report.header.columns.date ?? -1;
  return [...unreadNumericDates(input, report), ...dottedDayFirstDates(input, report)]
    .map((r) => `${r.row}\u0000${String(r.fields.date ?? "")}`)
    .join("\u0001")
    .concat(`\u0002${dateCol}`);
}

/**
 * The date order this sheet is evidently written in, when it is not the one used for `report`: some numeric dates
 * read as invalid now and fine in that order, and no date read fine now (closed rows included) turns invalid with
 * it. Undefined when the order in use fits, when the sheet mixes orders, or when nothing decides.
 * Example: a sheet of "30/11/2026" and "12/1/2026" analysed as MDY → "DMY". Dates written day-first with dots are
 * evidence too: "01.12.2026" beside "12/03/2026" read month-first → "DMY" (the slashed date is 12 March).
 */
export function dateOrderHint(input: SheetInput, options: AnalyzeOptions, report: SheetReport): DateOrder | undefined {
  const unread = unreadNumericDates(input, report);
  const current = options.dateOrder ?? "MDY";
  if (unread.length === 0) return current === "MDY" ? dayFirstByDots(input, options, report) : undefined;
  let best: { order: DateOrder; fixed: number } | undefined;
  for (const order of ORDERS) {
    if (order === current) continue;
    const alt = analyzeSheet(input, { ...options, dateOrder: order });
    const kindByRow = new Map(alt.rows.map((r) => [r.row, r.dateKind]));
    const breaks = report.rows.some(
      (r) => (r.dateKind === "serial" || r.dateKind === "text") && kindByRow.get(r.row) === "invalid",
    );
    if (breaks) continue;
    const fixed = unread.filter((r) => kindByRow.get(r.row) !== "invalid").length;
    if (fixed > 0 && (!best || fixed > best.fixed)) best = { order, fixed };
  }
  return best?.order;
}

/**
 * A month-first reading of a sheet whose dates are written day-first with dots: day-first, when it changes how some
 * other numeric date reads and turns none invalid.
 */
function dayFirstByDots(input: SheetInput, options: AnalyzeOptions, report: SheetReport): DateOrder | undefined {
  if (dottedDayFirstDates(input, report).length === 0) return undefined;
  const alt = analyzeSheet(input, { ...options, dateOrder: "DMY" });
  const altByRow = new Map(alt.rows.map((r) => [r.row, r]));
  let changed = false;
  for (const r of report.rows) {
    const other = altByRow.get(r.row);
    if ((r.dateKind === "serial" || r.dateKind === "text") && other?.dateKind === "invalid") return undefined;
    if (other && other.due !== r.due) changed = true;
  }
  return changed ? "DMY" : undefined;
}
