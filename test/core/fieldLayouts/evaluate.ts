import { analyzeSheet } from "../../../src/core";
import type { Role } from "../../../src/core/types";
import { type FieldLayout, TODAY } from "./types";

export interface Check {
  what: string;
  expected: unknown;
  actual: unknown;
  met: boolean;
}

/** Every expectation of a layout, each checked on its own, so the share met can be counted. */
export function checkLayout(layout: FieldLayout): Check[] {
  const report = analyzeSheet({ values: layout.values }, { today: TODAY, dateOrder: layout.dateOrder ?? "MDY" });
  const checks: Check[] = [];
  const check = (what: string, expected: unknown, actual: unknown): void => {
    checks.push({ what, expected, actual, met: JSON.stringify(expected) === JSON.stringify(actual) });
  };
  check("header row", layout.expect.headerRow, report.header.row);
  for (const [role, col] of Object.entries(layout.expect.columns)) {
    check(`${role} column`, col, report.header.columns[role as Role]);
  }
  check("missing roles", [...(layout.expect.missing ?? [])].sort(), [...report.header.missing].sort());
  const expectedRows = Object.keys(layout.expect.states).map(Number);
  check(
    "prospect rows",
    expectedRows,
    report.rows.map((r) => r.row),
  );
  for (const row of expectedRows) {
    check(`row ${row} state`, layout.expect.states[row], report.rows.find((r) => r.row === row)?.state);
  }
  if (layout.expect.note) {
    const note = (report.notes ?? []).find((n) => layout.expect.note?.test(n));
    checks.push({ what: "note", expected: String(layout.expect.note), actual: report.notes, met: note !== undefined });
  }
  return checks;
}
