/** Builds real row reports through the core's own analyzeSheet, so the follow-up tests see what the pane sees. */
import { analyzeSheet } from "../../../src/core";
import { dayFromIso } from "../../../src/core/dayNumber";
import type { RowReport } from "../../../src/core/types";

export const TODAY = "2026-12-02";
export const TODAY_DAY = dayFromIso(TODAY) as number;

export const HEADER = [
  "Company",
  "Contact",
  "Phone",
  "Owner",
  "Next step",
  "Due",
  "Time",
  "Status",
  "Touches",
  "Last contact",
];

/** One row: [company, contact, phone, owner, next step, due text, time, status, touches, last contact]. */
export type Line = [string, string, string, string, string, string, string, string, unknown, unknown];

export function analyze(lines: Line[]): {
  rows: RowReport[];
  values: unknown[][];
  report: ReturnType<typeof analyzeSheet>;
} {
  const values: unknown[][] = [HEADER, ...lines];
  const report = analyzeSheet({ values }, { today: TODAY });
  return { rows: report.rows, values, report };
}
