/**
 * Pure: the conditional-format rules NextStep puts on a prospect list, as (range, formula, fill) triples.
 * Formulas are en-US, relative to the top-left cell of their range ($-anchored columns, relative rows) so Excel
 * keeps them right after sorting, filtering and tomorrow's TODAY(), without the pane being open.
 *
 * Every formula carries a marker term `N("NextStep:<kind>")=0`: N() of text is 0, so the term is always TRUE and
 * leaves the rule's result unchanged, and Excel keeps string literals verbatim, so reading the formula back tells
 * our rules from the rep's. Example (overdue, date in F, status in H, body from row 2):
 *   =AND(N("NextStep:overdue")=0,OR(...filled...),NOT(IF(ISTEXT($H2),OR(TRIM($H2)="won",TRIM($H2)="lost"),FALSE)),
 *        ISNUMBER($F2),$F2<TODAY())
 */
import type { Role } from "../core/types";
import { columnLetter, rangeAddress } from "./address";

export type HighlightKind = "textDate" | "badDate" | "missingNextStep" | "overdue" | "dueToday" | "dueSoon";

/** Fills (Excel's own light palette, so the rep's dark text stays readable). Upper-case: how Excel reads them back. */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = {
  textDate: "#E4D4F4", // light purple: a date typed as text, which no formula can compare
  badDate: "#FFF2A8", // yellow: empty or unusable date on an active row
  missingNextStep: "#FFF2A8", // yellow: empty next step on an active row
  overdue: "#FFC7CE", // red tint
  dueToday: "#FFE0B2", // amber
  dueSoon: "#DDEBF7", // light blue
};

/** Highest priority first: cell marks sit above row tints so a problem cell shows on an overdue row. */
export const HIGHLIGHT_ORDER: readonly HighlightKind[] = [
  "textDate",
  "badDate",
  "missingNextStep",
  "overdue",
  "dueToday",
  "dueSoon",
];

export const MARKER_PREFIX = 'N("NextStep:';

export interface RuleLayout {
  /** 0-based sheet row of the first data row (the row under the header) and the number of data rows. */
  bodyRowIndex: number;
  bodyRowCount: number;
  /** 0-based sheet column of the list's first column and the number of columns. */
  columnIndex: number;
  columnCount: number;
  /** 0-based column within the list for each mapped role (the core's HeaderReport.columns). */
  columns: Partial<Record<Role, number>>;
}

export interface RuleOptions {
  closedStatuses: readonly string[];
  dueSoonDays: number;
  highlightDueSoon: boolean;
}

export interface HighlightRule {
  kind: HighlightKind;
  /** A1 address (no sheet) the rule applies to. */
  address: string;
  /** With the leading "=", exactly as Excel reads it back. */
  formula: string;
  fill: string;
}

/** The roles whose cells make a row a prospect row rather than a blank line (as the core counts rows). */
const ROW_ROLES: readonly Role[] = ["prospect", "contact", "email", "nextStep", "date"];

/** The marker term for a rule kind. */
export function markerTerm(kind: HighlightKind): string {
  return `${MARKER_PREFIX}${kind}")=0`;
}

/** The kind whose marker a formula carries, or undefined when the formula is not one of ours. */
export function kindOfFormula(formula: string): HighlightKind | undefined {
  const m = /N\("NextStep:([A-Za-z]+)"\)=0/.exec(formula);
  const kind = m?.[1] as HighlightKind | undefined;
  return kind && kind in HIGHLIGHT_FILLS ? kind : undefined;
}

/** Excel string literal: doubles the quotes. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Cell holds something: non-blank text, or any number/boolean/error. Never evaluates to an error itself. */
function filled(ref: string): string {
  return `IF(ISTEXT(${ref}),TRIM(${ref})<>"",NOT(ISBLANK(${ref})))`;
}

/** The rules for a layout. Empty when the date column is unmapped (nothing can be judged). */
export function buildHighlightRules(layout: RuleLayout, options: RuleOptions): HighlightRule[] {
  const { columns } = layout;
  if (columns.date === undefined || layout.bodyRowCount <= 0) return [];
  const top = layout.bodyRowIndex + 1;
  const ref = (role: Role): string | undefined => {
    const c = columns[role];
    return c === undefined ? undefined : `$${columnLetter(layout.columnIndex + c)}${top}`;
  };
  const date = ref("date") as string;
  const next = ref("nextStep");
  const status = ref("status");

  const rowRefs = ROW_ROLES.map(ref).filter((r): r is string => r !== undefined);
  const hasRow = rowRefs.length === 1 ? filled(rowRefs[0]) : `OR(${rowRefs.map(filled).join(",")})`;
  const words = [...new Set(options.closedStatuses.map((w) => w.trim()).filter((w) => w !== ""))];
  const open =
    status && words.length > 0
      ? `NOT(IF(ISTEXT(${status}),OR(${words.map((w) => `TRIM(${status})=${literal(w)}`).join(",")}),FALSE))`
      : undefined;
  const active = [hasRow, ...(open ? [open] : [])];
  const isDate = `ISNUMBER(${date})`;

  const conditions: Partial<Record<HighlightKind, string[]>> = {
    textDate: [...active, `ISTEXT(${date})`, `TRIM(${date})<>""`],
    badDate: [...active, `IF(ISTEXT(${date}),TRIM(${date})="",NOT(${isDate}))`],
    overdue: [...active, isDate, `${date}<TODAY()`],
    dueToday: [...active, isDate, `${date}>=TODAY()`, `${date}<TODAY()+1`],
  };
  if (next) conditions.missingNextStep = [...active, `NOT(${filled(next)})`];
  if (options.highlightDueSoon && options.dueSoonDays > 0) {
    conditions.dueSoon = [...active, isDate, `${date}>=TODAY()+1`, `${date}<TODAY()+${options.dueSoonDays + 1}`];
  }

  const body = rangeAddress(layout.bodyRowIndex, layout.columnIndex, layout.bodyRowCount, layout.columnCount);
  const columnBody = (role: Role): string =>
    rangeAddress(layout.bodyRowIndex, layout.columnIndex + (columns[role] as number), layout.bodyRowCount, 1);
  const addressOf: Record<HighlightKind, () => string> = {
    textDate: () => columnBody("date"),
    badDate: () => columnBody("date"),
    missingNextStep: () => columnBody("nextStep"),
    overdue: () => body,
    dueToday: () => body,
    dueSoon: () => body,
  };

  return HIGHLIGHT_ORDER.filter((kind) => conditions[kind]).map((kind) => ({
    kind,
    address: addressOf[kind](),
    formula: `=AND(${[markerTerm(kind), ...(conditions[kind] as string[])].join(",")})`,
    fill: HIGHLIGHT_FILLS[kind],
  }));
}
