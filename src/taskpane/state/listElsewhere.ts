/**
 * Many workbooks open on a sheet without a prospect list: instructions, a cover, a dashboard, a blank "Sheet1" in
 * front of the pipeline. When the rep's sheet holds no list at all, the pane reads the first other visible sheet, in tab order, whose top rows the core
 * reads as a prospect header (prospect, next step and date found), and says so. The rep's own column choice for the
 * sheet they are on always wins: a sheet they mapped is never looked past.
 */
import { missingRequiredRoles } from "../../core/analyzeSheet";
import { REQUIRED_ROLES, type AnalyzeOptions } from "../../core/types";
import type { SheetSnapshot, WorkbookPort } from "../../excel/port";

/** Rows of a list enough to find its header (the core scans its first few rows with content). */
const HEADER_ROWS = 40;

/**
 * The required roles (prospect, next step, date) the core cannot find in these rows (values only). The header step
 * alone: on every start the rep's own sheet is asked this before its analysis, and classifying its rows here too
 * cost a second analysis of the list, on code not yet warm.
 */
function missingRoles(values: unknown[][], options: AnalyzeOptions): number {
  const top = values.length > HEADER_ROWS ? values.slice(0, HEADER_ROWS) : values;
  return missingRequiredRoles(top, options).length;
}

/** A list to read elsewhere: the core finds all of prospect, next step and date. */
export function holdsProspectHeader(values: unknown[][], options: AnalyzeOptions): boolean {
  return missingRoles(values, options) === 0;
}

/**
 * The rep's own sheet is left only when it holds no list at all: no header names any of the required roles. A list
 * short of one column (a contacts export without a next step) is theirs: the pane asks for that column there.
 */
export function holdsNoList(values: unknown[][], options: AnalyzeOptions): boolean {
  return missingRoles(values, options) === REQUIRED_ROLES.length;
}

/** The list found on another sheet, read; undefined when no other sheet holds one (or Excel could not say). */
export async function readListElsewhere(
  workbook: WorkbookPort,
  options: AnalyzeOptions,
  exceptSheetId?: string,
): Promise<SheetSnapshot | undefined> {
  try {
    const glances = await workbook.glanceAtOtherSheets(exceptSheetId);
    const found = glances.find((glance) => holdsProspectHeader(glance.values, options));
    return found ? await workbook.read(found.sheetId) : undefined;
  } catch {
    // Looking elsewhere is a courtesy: if it fails, the pane says what it says about the rep's own sheet.
    return undefined;
  }
}

/** The notice when the list was read from another sheet than the rep's (`left`: that sheet's name, when known). */
export function listElsewhereNotice(found: string, left: string | undefined): string {
  const why = left === undefined ? "The sheet you are on is empty" : `“${left}” holds no prospect list`;
  return `${why}, so NextStep reads the list on “${found}”.`;
}
