/**
 * The core's verdict per sheet row, in the terms of our highlight rules, and the engine's verdict beside it: one
 * sheet through analyzeSheet (the pane's truth), rulesFor (the formulas) and the independent engine.
 */
import { analyzeSheet } from "../../src/core";
import type { AnalyzeOptions, SheetReport } from "../../src/core/types";
import { rulesFor } from "../../src/excel/applyHighlights";
import { HIGHLIGHT_ORDER, type HighlightKind, type HighlightRule } from "../../src/excel/highlightRules";
import type { HighlightPrefs, ProspectSource } from "../../src/excel/port";
import { areaOf, type Cell, evaluateRules, letters, type RowVerdicts, valueOf } from "./independentEngine";

export interface EngineSheet {
  /** The sheet from A1 (title rows, header, data); the list is the whole grid. */
  grid: Cell[][];
  /** Number format per column of the list ("m/d/yyyy" for a date column), as range.numberFormat gives it. */
  formats?: (string | undefined)[];
  /** Number format per cell (row, column), for columns whose cells differ; undefined: never read. Wins over `formats`. */
  formatGrid?: (string | undefined)[][];
  today: string;
  options?: Omit<AnalyzeOptions, "today">;
  prefs: HighlightPrefs;
}

export interface Comparison {
  report: SheetReport;
  rules: HighlightRule[];
  /** The engine's verdicts: sheet row → kinds whose rule is true there. */
  engine: RowVerdicts;
  /** Sheet row → kinds, for rows where the two differ; empty when they agree everywhere. */
  differences: { row: number; core: HighlightKind[]; engine: HighlightKind[]; cells: unknown[] }[];
}

/** The rule kinds the core says apply to a report row (the product's meaning of each colour). */
export function coreKinds(
  row: SheetReport["rows"][number],
  report: SheetReport,
  prefs: HighlightPrefs,
): HighlightKind[] {
  const active = row.state !== "closed";
  const serial = row.dateKind === "serial";
  const kinds: Record<HighlightKind, boolean> = {
    textDate: active && row.dateKind === "text",
    badDate: active && (row.problems.includes("missingDate") || row.problems.includes("invalidDate")),
    missingNextStep: active && report.header.columns.nextStep !== undefined && row.problems.includes("missingNextStep"),
    overdue: serial && row.state === "overdue",
    dueToday: serial && row.state === "dueToday",
    dueSoon: serial && row.state === "dueSoon" && prefs.highlightDueSoon && prefs.dueSoonDays > 0,
  };
  return HIGHLIGHT_ORDER.filter((k) => kinds[k]);
}

export function compareSheet(sheet: EngineSheet): Comparison {
  const width = Math.max(...sheet.grid.map((r) => r.length));
  const values = sheet.grid.map((r) => Array.from({ length: width }, (_, c) => valueOf(r[c] ?? null)));
  const { formats, formatGrid } = sheet;
  // A format never read reaches the core as a hole, as the adapter leaves it (readDateCell reads only strings).
  const numberFormat = formatGrid
    ? sheet.grid.map((_, r) => Array.from({ length: width }, (_, c) => formatGrid[r]?.[c]) as string[])
    : formats
      ? sheet.grid.map(() => Array.from({ length: width }, (_, c) => formats[c] ?? "General"))
      : undefined;
  const report = analyzeSheet(
    { values, numberFormat },
    { dueSoonDays: sheet.prefs.dueSoonDays, ...sheet.options, today: sheet.today },
  );
  const source: ProspectSource = {
    kind: "usedRange",
    sheetId: "{engine}",
    sheetName: "Prospects",
    address: `A1:${letters(width - 1)}${sheet.grid.length}`,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: sheet.grid.length,
    columnCount: width,
  };
  const rules = rulesFor(source, report, sheet.prefs);
  const engine = evaluateRules(sheet.grid, rules, sheet.today, sheet.options?.date1904 === true);
  const expected = new Map(report.rows.map((r) => [r.row, coreKinds(r, report, sheet.prefs)]));
  const differences: Comparison["differences"] = [];
  for (let row = 1; row <= sheet.grid.length; row++) {
    const core = expected.get(row) ?? [];
    const got = engine.verdicts.get(row) ?? [];
    if (core.join() !== got.join()) differences.push({ row, core, engine: got, cells: sheet.grid[row - 1] });
  }
  return { report, rules, engine: engine.verdicts, differences };
}

/**
 * The fill a rep sees in a cell of the row: the first true rule (highest priority) whose range holds the cell.
 * Excel applies every true rule, and where two set the fill the higher one wins ("Manage conditional formatting rule
 * precedence", support.microsoft.com); we set no stopIfTrue.
 */
export function shownKind(comparison: Comparison, row: number, column: number): HighlightKind | undefined {
  const onRow = comparison.engine.get(row) ?? [];
  return comparison.rules.find((rule) => {
    const a = areaOf(rule.address);
    const covers = row - 1 >= a.row && row - 1 < a.row + a.rows && column >= a.column && column < a.column + a.columns;
    return covers && onRow.includes(rule.kind);
  })?.kind;
}
