/**
 * Removes NextStep's own conditional formats (see ownRules.ts for how they are told apart) and nothing else, so the
 * sheet is exactly as before the first highlight. On one sheet: two syncs. Without a source: every sheet, three.
 */
import { queueDeleteOwn, queueRuleLoad, recognise, deleteOwnRules } from "./ownRules";
import type { ProspectSource } from "./port";
import { hasErrorCode } from "./errors";

/** Returns how many rules it removed. */
export async function clearHighlights(source?: ProspectSource): Promise<number> {
  return Excel.run(async (context) => {
    let sheets: Excel.Worksheet[];
    if (source) {
      sheets = [context.workbook.worksheets.getItem(source.sheetId)];
    } else {
      const all = context.workbook.worksheets;
      all.load("items/id");
      await context.sync();
      sheets = all.items;
    }
    const loads = sheets.map((sheet) => queueRuleLoad(sheet));
    try {
      await context.sync();
    } catch (error) {
      if (source && hasErrorCode(error, "ItemNotFound")) return 0; // the sheet is gone, and our rules with it
      throw error;
    }
    let removed = 0;
    for (const loaded of loads) removed += queueDeleteOwn(recognise(loaded));
    if (removed === 0) return 0;
    try {
      await context.sync();
    } catch (error) {
      if (!hasErrorCode(error, "ItemNotFound")) throw error;
      removed = 0;
      for (const sheet of sheets) {
        // Recovery path: the careful one-rule-per-sync delete, sheet by sheet.
        removed += await deleteOwnRules(context, sheet);
      }
    }
    return removed;
  });
}
