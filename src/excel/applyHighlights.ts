/**
 * Puts NextStep's highlighting on the prospect list: writes nothing when the sheet already holds exactly the wanted
 * rules; otherwise removes our previous rules (a re-highlight replaces, never stacks) and adds one rule per kind. A
 * fixed number of syncs and calls whatever the row count. The rep's own rules, fills and fonts are left exactly as
 * they are (ours sit on top; clearing takes only ours away).
 */
import type { SheetReport } from "../core/types";
import { buildHighlightRules, type HighlightRule, type RuleLayout } from "./highlightRules";
import {
  ownState,
  queueDeleteOwn,
  queueRuleLoad,
  queueRuleRanges,
  recognise,
  recoverDeletes,
  type OwnRuleState,
} from "./ownRules";
import { writeQuietly } from "./quietWrites";
import type { HighlightPrefs, HighlightResult, ProspectSource } from "./port";
import { ruleOptions } from "./ruleVocabulary";
import { hasErrorCode } from "./errors";

/** The data body: the rows under the header row the core found, down to the end of the list. */
export function layoutFor(source: ProspectSource, report: SheetReport): RuleLayout {
  const bodyRowIndex = report.header.row; // header.row is 1-based, so it is the 0-based index of the row below
  return {
    bodyRowIndex,
    bodyRowCount: source.rowIndex + source.rowCount - bodyRowIndex,
    columnIndex: source.columnIndex,
    columnCount: source.columnCount,
    columns: report.header.columns,
  };
}

export function rulesFor(source: ProspectSource, report: SheetReport, prefs: HighlightPrefs): HighlightRule[] {
  const headerInside = report.header.row > source.rowIndex && report.header.row <= source.rowIndex + source.rowCount;
  return headerInside ? buildHighlightRules(layoutFor(source, report), ruleOptions(report, prefs)) : [];
}

/** Queues the adds; `add` puts a rule at the top, so the lowest-priority kind goes first. */
function queueAdds(sheet: Excel.Worksheet, rules: HighlightRule[]): void {
  for (const rule of [...rules].reverse()) {
    const format = sheet.getRange(rule.address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
  }
}

/**
 * Whether the sheet already holds exactly the wanted rules: same kinds in the same order, over the same ranges,
 * with the same formulas (read back relative to each rule's own top-left cell, as Excel gives them, office-js 5194)
 * and fills. Then nothing is written: every writing sync is an undo record in Excel (RunOptions.mergeUndoGroup docs),
 * and the rep's Ctrl+Z must undo their own typing, not a rule swap of ours.
 */
export function sameRules(existing: OwnRuleState[], wanted: HighlightRule[]): boolean {
  return (
    existing.length === wanted.length &&
    existing.every(
      (rule, i) =>
        rule.kind === wanted[i].kind &&
        rule.address === wanted[i].address &&
        rule.formula === wanted[i].formula &&
        rule.fill === wanted[i].fill,
    )
  );
}

/**
 * Two syncs and no write when the rules are already right; otherwise three (plus one to turn events back on),
 * deleting ours through their own ranges (office-js 5222) and adding the new set, marked as our own write so the
 * onChanged echo of a format change is ignored on every host.
 */
export async function applyHighlights(
  source: ProspectSource,
  report: SheetReport,
  prefs: HighlightPrefs,
): Promise<HighlightResult> {
  const rules = rulesFor(source, report, prefs);
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheetId);
    const loaded = queueRuleLoad(sheet);
    await context.sync();
    const found = recognise(loaded);
    let ranges: Excel.Range[] = [];
    if (found.own.length > 0) {
      ranges = queueRuleRanges(found);
      await context.sync();
      if (sameRules(ownState(found, ranges), rules)) return { rules: rules.length, replaced: 0, unchanged: true };
    } else if (rules.length === 0) {
      return { rules: 0, replaced: 0, unchanged: true };
    }
    let replaced = 0;
    await writeQuietly(context, async () => {
      replaced = queueDeleteOwn(sheet, found, ranges);
      queueAdds(sheet, rules);
      try {
        await context.sync();
      } catch (error) {
        if (!hasErrorCode(error, "ItemNotFound")) throw error;
        // A delete hit a renumbered rule (the adds before it may have landed): clear ours the careful way, add again.
        await recoverDeletes(context, sheet, replaced + rules.length);
        queueAdds(sheet, rules);
        await context.sync();
      }
    });
    return { rules: rules.length, replaced, unchanged: false };
  });
}
