/**
 * Where else the prospect list may be. Many workbooks open on a sheet that holds none: an instructions or cover sheet,
 * a dashboard, a blank "Sheet1" in front of the pipeline. Then the pane glances at the other visible worksheets' top
 * rows (values only, two syncs: the sheet list, then every corner at once) so the core can tell which one has a
 * prospect header (taskpane/state/listElsewhere.ts decides).
 */
import { runReadRetrying, toAdapterError } from "./errors";
import { probeAt, queueProbe, takeProbe, PROBE_COLUMNS } from "./probe";

export interface SheetGlance {
  sheetId: string;
  sheetName: string;
  /** The used part of the sheet's top rows: where a header sits. */
  values: unknown[][];
}

/** Rows of each sheet's top looked at: a header sits near the top, under a title or a few notes at most. */
export const GLANCE_ROWS = 40;
/** At most this many sheets are looked at (a workbook with a sheet per month can have dozens); the first in tab order. */
export const GLANCE_SHEETS = 30;

/** The other visible worksheets' top rows, in tab order; `exceptSheetId` (the sheet already read) is left out. */
export async function glanceAtOtherSheets(exceptSheetId?: string): Promise<SheetGlance[]> {
  try {
    return await runReadRetrying(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/id,items/name,items/visibility");
      await context.sync();
      // Hidden and very hidden sheets are the workbook's machinery (lookup lists, a template's settings), not a list.
      const others = worksheets.items
        .filter((sheet) => sheet.visibility === "Visible" && sheet.id !== exceptSheetId)
        .slice(0, GLANCE_SHEETS);
      if (others.length === 0) return [];
      const bounds = probeAt(0, 0, GLANCE_ROWS, PROBE_COLUMNS);
      const queued = others.map((sheet) => ({ sheet, used: queueProbe(sheet, bounds) }));
      await context.sync();
      return queued.map(({ sheet, used }) => ({
        sheetId: sheet.id,
        sheetName: sheet.name,
        values: takeProbe(bounds, used).values,
      }));
    });
  } catch (error) {
    throw toAdapterError(error, "look for your prospect list on the other sheets");
  }
}
