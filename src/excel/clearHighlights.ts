/**
 * Removes NextStep's own conditional formats (see ownRules.ts for how they are told apart) and nothing else, so the
 * sheet is exactly as before the first highlight, deleting each through its own range (office-js 5222). On one sheet:
 * four syncs (rules, their ranges, the deletes, events back on); one more without a source (every sheet).
 */
import { queueDeleteOwn, queueRuleLoad, queueRuleRanges, recognise, recoverDeletes } from "./ownRules";
import { writeQuietly } from "./quietWrites";
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
    const found = loads.map((loaded) => recognise(loaded));
    const removed = found.reduce((n, f) => n + f.own.length, 0);
    if (removed === 0) return 0;
    const ranges = found.map((f) => (f.own.length ? queueRuleRanges(f) : []));
    await context.sync();
    await writeQuietly(context, async () => {
      found.forEach((f, i) => queueDeleteOwn(sheets[i], f, ranges[i]));
      try {
        await context.sync();
      } catch (error) {
        if (!hasErrorCode(error, "ItemNotFound")) throw error;
        // Recovery path: re-read and delete one rule per round, sheet by sheet.
        for (let i = 0; i < sheets.length; i++)
          if (found[i].own.length) await recoverDeletes(context, sheets[i], found[i].own.length);
      }
    });
    return removed;
  });
}
