/**
 * Pure: the word lists the highlight formulas compare against, from the rep's preferences, the core's defaults and
 * the core's verdicts on the cells as they are now. Excel's `=` ignores case but not punctuation, so the exact texts
 * the core matched ("Closed – Won!", "9. Closed Won", "TBD?") go in beside the plain words that cover what the rep
 * types tomorrow; every listed word is one the core itself reads the same way.
 */
import { closedMatcher } from "../core/closedStatuses";
import type { SheetReport } from "../core/types";
import { isVagueNextStep, VAGUE_NEXT_STEPS } from "../core/vagueNextStep";
import { isNo, isYes, NO_WORDS, YES_WORDS } from "../core/yesValue";
import { closedPrefixes } from "./closedPrefixes";
import type { RuleOptions } from "./highlightRules";
import type { HighlightPrefs } from "./port";

export function ruleOptions(report: SheetReport, prefs: HighlightPrefs): RuleOptions {
  const words = report.closedWords ?? prefs.closedStatuses;
  const isClosed = closedMatcher(words);
  const vague = new Set<string>();
  const invalidDates = new Set<string>();
  const textDates = new Set<string>();
  for (const row of report.rows) {
    if (row.state === "closed") continue;
    if (row.dateKind === "text") textDates.add(row.fields.date ?? "");
    const step = row.fields.nextStep;
    if (step && row.problems.includes("missingNextStep")) vague.add(step);
    const date = row.fields.date;
    if (date && row.dateKind === "invalid") invalidDates.add(date);
  }
  const last = report.rows[report.rows.length - 1];
  // Statuses with a reason after a closed start ("Closed Lost - price") are covered by that start.
  const seen = closedPrefixes([...(report.closedTexts ?? []), ...(report.paddedTexts?.closed ?? [])], isClosed);
  return {
    // Seen texts first: they decide today's colours; the words cover new typing as far as the length cap allows.
    closedStatuses: [...seen.rest, ...words.filter((w) => isClosed(w))],
    closedPrefixes: seen.prefixes,
    closerColumns: report.header.closers ?? [],
    optOutColumns: report.header.optOuts ?? [],
    yesTexts: [...(report.yesTexts ?? []), ...YES_WORDS.filter((w) => isYes(w))],
    activeFlagColumns: report.header.activeFlags ?? [],
    noTexts: [...(report.noTexts ?? []), ...NO_WORDS.filter((w) => isNo(w))],
    ignoredRowTexts: report.ignoredTexts ?? [],
    ...(last ? { lastRowIndex: last.row - 1 } : {}),
    vagueNextSteps: [
      ...vague,
      ...(report.paddedTexts?.vague ?? []),
      ...[...VAGUE_NEXT_STEPS.filter((w) => !w.includes(" ")), "?", "-", "n/a"].filter((w) => isVagueNextStep(w)),
    ],
    invalidDateTexts: [...invalidDates, ...(report.paddedTexts?.invalidDates ?? [])],
    textDateTexts: [...textDates, ...(report.paddedTexts?.textDates ?? [])],
    numberDays: report.numberDays?.days ?? [],
    noDateNumbers: report.numberDays ? !report.numberDays.withDates : false,
    dueSoonDays: prefs.dueSoonDays,
    highlightDueSoon: prefs.highlightDueSoon,
  };
}
