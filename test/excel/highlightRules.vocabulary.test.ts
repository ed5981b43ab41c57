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
import { buildHighlightRules, type HighlightRule } from "../../src/excel/highlightRules";
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
      ["General", "General", "0", "General"],
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

/** Deepest nesting of brackets outside string literals: Excel allows 64 levels of nested functions. */
function depth(formula: string): number {
  let deepest = 0;
  let level = 0;
  for (const ch of withoutStrings(formula)) {
    if (ch === "(") deepest = Math.max(deepest, ++level);
    else if (ch === ")") level--;
  }
  return deepest;
}

test("a sheet that fills every list at once still gets formulas Excel accepts", () => {
  const header = ["Company", "Next step", "Due", "Status", "Stage", "Active?", "Do Not Call", "Notes"];
  const values: unknown[][] = [["Q4 pipeline"], [], header];
  for (let i = 0; i < 400; i++) {
    const long = `Lost — ${"after a long evaluation the buyer chose another vendor for price reasons ".repeat(2)}${i}`;
    const status = [`Closed Lost - reason ${i}`, long, `Won | ${i}`, "Open", `Region ${i} heading`][i % 5];
    const date = [46300 + i, `waiting on the PO from buyer ${i}`, `12/${1 + (i % 28)}/2026`, `TBD ${i}?`][i % 4];
    const step = ["Call", `TBD${"!".repeat(i % 7)}`, "?", `n/a ${"~*?|^".slice(0, i % 6)}`][i % 4];
    values.push([`Prospect ${i}`, step, date, status, status, ["No.", "yes", ""][i % 3], ["Yes!", ""][i % 2], "x"]);
    if (i % 10 === 0) values.push([`Section ${i}: accounts of the ${i}th territory`]);
  }
  const numberFormat = values.map((row, r) => header.map((_, c) => (c === 2 && r % 3 === 0 ? "0" : "m/d/yyyy")));
  const report = analyzeSheet({ values, numberFormat }, { today: TODAY });
  expect(report.header.columns.date).toBe(2);
  const width = header.length;
  const source: ProspectSource = {
    kind: "usedRange",
    sheetId: "{full}",
    sheetName: "Prospects",
    address: `A1:${letters(width - 1)}${values.length}`,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: values.length,
    columnCount: width,
  };
  const rules = rulesFor(source, report, {
    closedStatuses: DEFAULT_CLOSED_STATUSES,
    dueSoonDays: 7,
    highlightDueSoon: true,
  });
  expect(rules).toHaveLength(6);
  for (const rule of rules) {
    expect({ kind: rule.kind, long: rule.formula.length >= 8192 }).toEqual({ kind: rule.kind, long: false });
    expect(depth(rule.formula)).toBeLessThan(64);
    for (const literal of rule.formula.match(/"([^"]|"")*"/g) ?? [])
      expect(literal.length - 2).toBeLessThanOrEqual(255);
  }
});

test("with every list longer than its budget at once, lists are cut until each formula is within Excel's 8,192", () => {
  const many = (word: string) => Array.from({ length: 400 }, (_, i) => `${word} ${i} ${"x".repeat(i % 40)}`);
  const columns = { prospect: 0, nextStep: 1, date: 2, status: 3 };
  const layout = { bodyRowIndex: 1, bodyRowCount: 50, columnIndex: 0, columnCount: 8, columns };
  const rules = buildHighlightRules(layout, {
    closedStatuses: many("Lost"),
    closedPrefixes: many("lost -"),
    closerColumns: [4],
    optOutColumns: [5],
    yesTexts: many("yes"),
    activeFlagColumns: [6],
    noTexts: many("no"),
    ignoredRowTexts: many("Section"),
    vagueNextSteps: many("TBD"),
    invalidDateTexts: many("waiting on"),
    textDateTexts: many("12/1/2026"),
    numberDays: Array.from({ length: 900 }, (_, i) => 46000 + i),
    dueSoonDays: 7,
    highlightDueSoon: true,
  });
  expect(rules).toHaveLength(6);
  for (const rule of rules) expect(rule.formula.length).toBeLessThanOrEqual(8192);
  // Cut, not emptied: the lists still hold what fits.
  expect(rules.find((r) => r.kind === "overdue")?.formula).toContain("|Lost 0|");
});
