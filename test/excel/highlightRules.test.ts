/** The rule builder alone (no Excel): formulas anchored right, marked, and recognisable. */
import {
  buildHighlightRules,
  excelClean,
  excelTrim,
  HIGHLIGHT_FILLS,
  kindOfFormula,
  markerTerm,
  type RuleLayout,
  type RuleOptions,
} from "../../src/excel/highlightRules";

const LAYOUT: RuleLayout = {
  bodyRowIndex: 3, // header on sheet row 3, data from row 4
  bodyRowCount: 100,
  columnIndex: 1, // list starts in column B
  columnCount: 8,
  columns: { prospect: 0, nextStep: 3, date: 4, status: 6 },
};
const OPTIONS: RuleOptions = {
  closedStatuses: ["won", "Closed – Won!"],
  vagueNextSteps: ["tbd"],
  invalidDateTexts: ['say "soon"'],
  dueSoonDays: 7,
  highlightDueSoon: false,
};

test("one rule per kind, cell marks above row tints, on the data body only", () => {
  const rules = buildHighlightRules(LAYOUT, OPTIONS);
  expect(rules.map((r) => [r.kind, r.address])).toEqual([
    ["textDate", "F4:F103"],
    ["badDate", "F4:F103"],
    ["missingNextStep", "E4:E103"],
    ["overdue", "B4:I103"],
    ["dueToday", "B4:I103"],
  ]);
  for (const rule of rules) {
    expect(rule.fill).toBe(HIGHLIGHT_FILLS[rule.kind]);
    expect(rule.formula.startsWith(`=AND(${markerTerm(rule.kind)},`)).toBe(true);
    expect(kindOfFormula(rule.formula)).toBe(rule.kind);
  }
});

test("references anchor the column and leave the row relative, from the body's first row", () => {
  const overdue = buildHighlightRules(LAYOUT, OPTIONS).find((r) => r.kind === "overdue");
  expect(overdue?.formula).toContain("ISNUMBER($F4)");
  expect(overdue?.formula).toContain("$F4<TODAY()");
  expect(overdue?.formula).not.toMatch(/\$[A-Z]+\$\d/); // no absolute rows: the rule follows sorted rows
  expect(overdue?.formula).toContain('"|won|Closed – Won!|"'); // the exact text the core read as closed
  expect(overdue?.formula).toContain("SUBSTITUTE($H4,UNICHAR(160),"); // non-breaking spaces count as spaces
});

test("texts become safe literals and Excel's TRIM is mirrored", () => {
  const bad = buildHighlightRules(LAYOUT, OPTIONS).find((r) => r.kind === "badDate");
  expect(bad?.formula).toContain('"|say ""soon""|"');
  expect(excelTrim("  Closed   won ")).toBe("Closed won");
  expect(excelClean("\tWon\u00a0 ")).toBe("Won");
});

test("due soon is optional; without a date column nothing is highlighted", () => {
  const withSoon = buildHighlightRules(LAYOUT, { ...OPTIONS, highlightDueSoon: true });
  expect(withSoon.map((r) => r.kind)).toContain("dueSoon");
  expect(buildHighlightRules({ ...LAYOUT, columns: { prospect: 0, nextStep: 3 } }, OPTIONS)).toEqual([]);
});

test("the rep's formulas are never taken for ours", () => {
  expect(kindOfFormula("=$F2<TODAY()")).toBeUndefined();
  expect(kindOfFormula('=AND(N("NextStep:other")=0,TRUE)')).toBeUndefined();
  expect(kindOfFormula('=AND(N("NextStep:overdue")=0,TRUE)')).toBe("overdue");
});

test("long word lists stop short of Excel's formula limit, each text literal under 255 characters", () => {
  const many = Array.from({ length: 2000 }, (_, i) => `status number ${i}`);
  const options = {
    ...OPTIONS,
    closedStatuses: many,
    vagueNextSteps: many,
    invalidDateTexts: many,
    ignoredRowTexts: many,
    closerColumns: [5, 7],
    optOutColumns: [2],
    yesTexts: ["yes", "oui"],
  };
  for (const rule of buildHighlightRules(LAYOUT, options)) {
    expect(rule.formula.length).toBeLessThan(8192);
    for (const [text] of rule.formula.matchAll(/"(?:[^"]|"")*"/g)) expect(text.length - 2).toBeLessThanOrEqual(255);
  }
});

test("a stage column and an opt-out column close rows too; rows below the last prospect get no rule", () => {
  const rules = buildHighlightRules(LAYOUT, {
    ...OPTIONS,
    closerColumns: [7],
    optOutColumns: [2],
    yesTexts: ["yes"],
    lastRowIndex: 9,
  });
  const overdue = rules.find((r) => r.kind === "overdue");
  expect(overdue?.address).toBe("B4:I10");
  expect(overdue?.formula).toContain("IF(ISTEXT($I4),");
  expect(overdue?.formula).toContain("IF(ISLOGICAL($D4),$D4,IF(ISNUMBER($D4),$D4=1,");
});
