import type { RowReport, RowState } from "../../../src/core/types";

/** A prospect row as the core reports it; only what the reminders read. */
export function makeRow(i: number, over: Partial<RowReport> = {}): RowReport {
  const prospect = over.prospect ?? `Prospect ${i}`;
  return {
    row: i + 1,
    prospect,
    state: "scheduled" as RowState,
    problems: [],
    due: "2026-12-10",
    fields: {
      prospect,
      contact: `Contact ${i}`,
      email: `p${i}@example.com`,
      phone: `+1 555 01${String(i).padStart(2, "0")}`,
      nextStep: `Call about offer ${i}`,
      notes: "",
    },
    dateKind: "serial",
    key: `prospect ${i}|contact ${i}|p${i}@example.com`,
    ...over,
  };
}

/** n rows due on spread-out future days (from 2026-12-02), some with times. */
export function makeRows(n: number): RowReport[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2026, 11, 2 + (i % 60)));
    const date = day.toISOString().slice(0, 10);
    return makeRow(i, { due: i % 3 === 0 ? `${date}T14:30` : date });
  });
}

/** 2026-12-01 10:07 in Paris (09:07Z). */
export const NOW = Date.UTC(2026, 11, 1, 9, 7);
export const SOURCE = { workbook: "Pipeline.xlsx", sheet: "Prospects" };
