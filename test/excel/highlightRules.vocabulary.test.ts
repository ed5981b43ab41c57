/**
 * What the rules may be written in: only worksheet functions both Excel (the in-memory Excel's table of functions and
 * argument counts, each checked against support.microsoft.com) and the independent engine implement, no TRUE/FALSE
 * constant (HyperFormula without its Excel names reads one as #NAME?), and nothing a locale changes. The formula goes
 * through ConditionalFormatRule.formula, which is en-US; formulaLocal is the one "in the user's language" (Office.js
 * reference, Excel.ConditionalFormatRule): so "," separators, English names, no decimal mark in a number.
 */
import { HyperFormula } from "hyperformula";
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { rulesFor } from "../../src/excel/applyHighlights";
import type { HighlightRule } from "../../src/excel/highlightRules";
import type { ProspectSource } from "../../src/excel/port";
import { ARITY } from "../../src/preview/memory/formula/arity";
import { FIELD_LAYOUTS } from "../core/fieldLayouts/corpus";
import { TODAY } from "../core/fieldLayouts/types";
import { letters } from "./independentEngine";

/** The formula with its string literals emptied: what is left is names, references, numbers and operators. */
const withoutStrings = (formula: string): string => formula.replace(/"([^"]|"")*"/g, '""');

/** Every rule NextStep writes for the field layouts, with and without due-soon, and with a numbers-as-digits column. */
function allRules(): HighlightRule[] {
  const rules: HighlightRule[] = [];
  // A date column of numbers shown as digits beside the field layouts: its rules list days.
  const digits = {
    values: [
      ["Company", "Next step", "Due", "Status"],
      ["Acme", "Call", 46360, "Closed | Won"],
    ],
    numberFormat: [
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
    ],
  };
  for (const layout of [...FIELD_LAYOUTS, digits]) {
    const width = Math.max(...layout.values.map((r) => r.length));
    const dateOrder = "dateOrder" in layout ? layout.dateOrder : undefined;
    const report = analyzeSheet(layout, { today: TODAY, dateOrder: dateOrder ?? "MDY" });
    const source: ProspectSource = {
      kind: "usedRange",
      sheetId: "{vocabulary}",
      sheetName: "Prospects",
      address: `A1:${letters(width - 1)}${layout.values.length}`,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: layout.values.length,
      columnCount: width,
    };
    for (const highlightDueSoon of [true, false]) {
      const prefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon };
      rules.push(...rulesFor(source, report, prefs));
    }
  }
  return rules;
}

test("the rules use only functions Excel and the independent engine both have, and no TRUE/FALSE constant", () => {
  const rules = allRules();
  expect(rules.length).toBeGreaterThan(100);
  const engineNames = new Set(HyperFormula.getRegisteredFunctionNames("enGB"));
  const used = new Set<string>();
  for (const rule of rules) {
    const code = withoutStrings(rule.formula);
    for (const m of code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    expect({ kind: rule.kind, constants: code.match(/\b(TRUE|FALSE)\b(?!\()/g) ?? [] }).toEqual({
      kind: rule.kind,
      constants: [],
    });
    // en-US: no decimal mark (a German Excel would read "0,5" through formulaLocal, never through formula).
    expect(code).not.toMatch(/\d\.\d/);
    expect(rule.formula.length).toBeLessThan(8192);
  }
  const missing = [...used].filter((name) => !(name in ARITY) || !engineNames.has(name));
  expect(missing).toEqual([]);
  expect(used.has("SEARCH") && used.has("INT")).toBe(true);
});
