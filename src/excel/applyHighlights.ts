/**
 * Puts NextStep's highlighting on the prospect list: first removes our previous rules (a re-highlight replaces,
 * never stacks), then adds one rule per kind. Two syncs and a fixed number of calls whatever the row count. The
 * rep's own rules, fills and fonts are left exactly as they are (ours sit on top; clearing takes only ours away).
 */
import type { SheetReport } from "../core/types";
import { buildHighlightRules, type HighlightRule, type RuleLayout } from "./highlightRules";
import { deleteOwnRules, queueDeleteOwn, queueRuleLoad, recognise } from "./ownRules";
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
    const replaced = queueDeleteOwn(recognise(loaded));
    queueAdds(sheet, rules);
    try {
      await context.sync();
    } catch (error) {
      if (!hasErrorCode(error, "ItemNotFound")) throw error;
      // A delete hit a renumbered rule: clear ours the careful way (the adds may have landed), then add again.
      await deleteOwnRules(context, sheet);
      queueAdds(sheet, rules);
      await context.sync();
    }
    return { rules: rules.length, replaced };
  });
}
