/**
 * Pure: the word lists the highlight formulas compare against, from the rep's preferences, the core's defaults and
 * the core's verdicts on the cells as they are now. Excel's `=` ignores case but not punctuation, so the exact texts
 * the core matched ("Closed – Won!", "TBD?") go in beside the plain words that cover what the rep types tomorrow.
 */
import type { SheetReport } from "../core/types";
import { VAGUE_NEXT_STEPS } from "../core/vagueNextStep";
import type { RuleOptions } from "./highlightRules";
import type { HighlightPrefs } from "./port";

export function ruleOptions(report: SheetReport, prefs: HighlightPrefs): RuleOptions {
  const closed = new Set<string>(prefs.closedStatuses);
  const vague = new Set<string>();
  const invalidDates = new Set<string>();
  for (const row of report.rows) {
    if (row.state === "closed") {
      if (row.fields.status) closed.add(row.fields.status);
      continue;
    }
    const step = row.fields.nextStep;
    if (step && row.problems.includes("missingNextStep")) vague.add(step);
    const date = row.fields.date;
    if (date && row.dateKind === "invalid") invalidDates.add(date);
  }
  return {
    // Seen texts first: they decide today's colours; the defaults cover new typing as far as the length cap allows.
    closedStatuses: [...closed],
    vagueNextSteps: [...vague, ...VAGUE_NEXT_STEPS.filter((w) => !w.includes(" ")), "?", "-", "n/a"],
    invalidDateTexts: [...invalidDates],
    dueSoonDays: prefs.dueSoonDays,
    highlightDueSoon: prefs.highlightDueSoon,
  };
}
