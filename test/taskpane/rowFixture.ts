import { countRows } from "../../src/core/countRows";
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
  const counts = countRows(rows);
  return { header: { row: 1, columns: { prospect: 0, nextStep: 1, date: 2 }, missing: [] }, rows, counts };
}
