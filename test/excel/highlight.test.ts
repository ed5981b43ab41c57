/** Highlighting in the sheet: what the rep sees on day D, and that it follows the rows and the calendar. */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import type { SheetReport } from "../../src/core/types";
import { applyHighlights, rulesFor } from "../../src/excel/applyHighlights";
import { clearHighlights } from "../../src/excel/clearHighlights";
import { HIGHLIGHT_FILLS } from "../../src/excel/highlightRules";
import type { HighlightPrefs, SheetSnapshot } from "../../src/excel/port";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { highlightedCells } from "../../src/preview/memory/highlight";
import { isoToSerial, MemoryWorkbook, snapshotRules, snapshotSheet } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: false };
const { overdue: RED, dueToday: AMBER, badDate: YELLOW, textDate: PURPLE } = HIGHLIGHT_FILLS;

async function readAndAnalyze(today = TODAY): Promise<{ snapshot: SheetSnapshot; report: SheetReport }> {
  const snapshot = await readSheet();
  return { snapshot, report: analyzeSheet(snapshot.input, { today, date1904: snapshot.date1904 }) };
}

/** Rows (sheet numbers) whose prospect cell (column A) shows `fill` from a rule. */
function rowsFilled(workbook: MemoryWorkbook, fill: string): number[] {
  const cells = highlightedCells(workbook, "Prospects", { rulesOnly: true });
  return Object.entries(cells)
    .filter(([address, f]) => /^A\d+$/.test(address) && f === fill)
    .map(([address]) => Number(address.slice(1)))
    .sort((a, b) => a - b);
}

function cellsFilled(workbook: MemoryWorkbook, column: string, fill: string): number[] {
  const cells = highlightedCells(workbook, "Prospects", { rulesOnly: true });
  return Object.entries(cells)
    .filter(([address, f]) => address.startsWith(column) && /^\d+$/.test(address.slice(column.length)) && f === fill)
    .map(([address]) => Number(address.slice(column.length)))
    .sort((a, b) => a - b);
}

const rowsIn = (report: SheetReport, pick: (r: SheetReport["rows"][number]) => boolean) =>
  report.rows.filter(pick).map((r) => r.row);

test("on day D, exactly the rows the core calls overdue / due today are red / amber", async () => {
  const workbook = generateWorkbook({ rows: 60 });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  // A formula cannot compare a date typed as text: those rows show the "stored as text" mark instead.
  const overdue = rowsIn(report, (r) => r.state === "overdue" && r.dateKind === "serial");
  expect(overdue.length).toBeGreaterThan(5);
  expect(rowsFilled(workbook, RED)).toEqual(overdue);
  expect(rowsFilled(workbook, AMBER)).toEqual(rowsIn(report, (r) => r.state === "dueToday" && r.dateKind === "serial"));
});

test("with due soon on, the rows the core calls due soon get the light tint", async () => {
  const workbook = install(generateWorkbook({ rows: 60 }));
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, { ...PREFS, highlightDueSoon: true });
  const soon = rowsIn(report, (r) => r.state === "dueSoon" && r.dateKind === "serial");
  expect(soon.length).toBeGreaterThan(3);
  expect(rowsFilled(workbook, HIGHLIGHT_FILLS.dueSoon)).toEqual(soon);
  expect(rowsFilled(workbook, RED)).toEqual(rowsIn(report, (r) => r.state === "overdue" && r.dateKind === "serial"));
});

test("problem cells of active rows are yellow, dates typed as text purple, closed rows untouched", async () => {
  const workbook = generateWorkbook({ rows: 60 });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  const active = (r: SheetReport["rows"][number]) => r.state !== "closed";
  expect(cellsFilled(workbook, "E", YELLOW)).toEqual(
    rowsIn(report, (r) => active(r) && r.problems.includes("missingNextStep")),
  );
  expect(cellsFilled(workbook, "F", YELLOW)).toEqual(
    rowsIn(report, (r) => active(r) && (r.problems.includes("missingDate") || r.problems.includes("invalidDate"))),
  );
  expect(cellsFilled(workbook, "F", PURPLE)).toEqual(rowsIn(report, (r) => active(r) && r.dateKind === "text"));
  const closed = rowsIn(report, (r) => r.state === "closed");
  expect(closed.length).toBeGreaterThan(2);
  const painted = highlightedCells(workbook, "Prospects", { rulesOnly: true });
  const paintedRows = new Set(Object.keys(painted).map((a) => Number(/\d+$/.exec(a)?.[0])));
  expect(closed.filter((row) => paintedRows.has(row))).toEqual([]);
});

test("tomorrow, today's rows turn red with no add-in call", async () => {
  const workbook = generateWorkbook({ rows: 40 });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  const dueToday = rowsFilled(workbook, AMBER);
  expect(dueToday.length).toBeGreaterThan(0);
  workbook.counters.reset();
  workbook.setToday("2026-11-26");
  expect(rowsFilled(workbook, AMBER)).toEqual([]);
  for (const row of dueToday) expect(rowsFilled(workbook, RED)).toContain(row);
  expect(workbook.counters.syncs).toBe(0);
  // And the core agrees on the new day.
  const tomorrow = analyzeSheet(snapshot.input, { today: "2026-11-26" });
  expect(rowsFilled(workbook, RED)).toEqual(rowsIn(tomorrow, (r) => r.state === "overdue" && r.dateKind === "serial"));
});

test("highlighting again replaces NextStep's rules instead of stacking them, and writes nothing when they match", async () => {
  const workbook = generateWorkbook({ rows: 20 });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  const first = await applyHighlights(snapshot.source, report, PREFS);
  const rules = snapshotRules(workbook, "Prospects");
  const undoRecords = workbook.counters.undoRecords;
  const second = await applyHighlights(snapshot.source, report, PREFS);
  expect(second).toEqual({ rules: first.rules, replaced: 0, unchanged: true });
  expect(workbook.counters.undoRecords).toBe(undoRecords);
  expect(snapshotRules(workbook, "Prospects")).toEqual(rules);
  const third = await applyHighlights(snapshot.source, report, { ...PREFS, highlightDueSoon: true });
  expect(third).toEqual({ rules: first.rules + 1, replaced: first.rules, unchanged: false });
  expect(snapshotRules(workbook, "Prospects")).toHaveLength(first.rules + 1);
});

test("highlight and clear change no value, formula, fill or font; clear leaves the rules exactly as before", async () => {
  const workbook = generateWorkbook({ rows: 50 });
  workbook.setCells("Prospects", "M2:M3", [["=L2*2"], ["=TODAY()-F3"]]);
  install(workbook);
  const cells = snapshotSheet(workbook, "Prospects");
  const rules = snapshotRules(workbook, "Prospects");
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  expect(snapshotSheet(workbook, "Prospects")).toEqual(cells);
  expect(await clearHighlights(snapshot.source)).toBeGreaterThan(0);
  expect(snapshotSheet(workbook, "Prospects")).toEqual(cells);
  expect(snapshotRules(workbook, "Prospects")).toEqual(rules);
});

test("the rep's own rules (single, multi-area, data bar) and fills survive highlight and clear", async () => {
  const workbook = generateWorkbook({ rows: 30 });
  workbook.addConditionalFormat("Prospects", "L2:L31", { type: "DataBar" });
  workbook.addConditionalFormat("Prospects", ["H2:H10", "H20:H31"], { formula: '=$H2="Won"', fill: "#C6EFCE" });
  workbook.addConditionalFormat("Prospects", "A2:L31", { formula: "=MOD(ROW(),2)=0", fill: "#F2F2F2" });
  // Even a rule that looks like ours but in another colour is the rep's.
  workbook.addConditionalFormat("Prospects", "F2:F31", {
    formula: '=AND(N("NextStep:overdue")=0,$F2<TODAY())',
    fill: "#00FF00",
  });
  workbook.setFormat("Prospects", "A5:L5", { fill: "#FFFF00", bold: true });
  install(workbook);
  const cells = snapshotSheet(workbook, "Prospects");
  const rules = snapshotRules(workbook, "Prospects");
  const { snapshot, report } = await readAndAnalyze();
  const result = await applyHighlights(snapshot.source, report, PREFS);
  const during = snapshotRules(workbook, "Prospects");
  expect(during.slice(result.rules)).toEqual(rules); // ours on top, the rep's below, unchanged and in order
  expect(snapshotSheet(workbook, "Prospects")).toEqual(cells);
  await applyHighlights(snapshot.source, report, PREFS);
  expect(await clearHighlights(snapshot.source)).toBe(result.rules);
  expect(snapshotRules(workbook, "Prospects")).toEqual(rules);
  expect(snapshotSheet(workbook, "Prospects")).toEqual(cells);
});

test("clear without a list removes NextStep's rules from every sheet, and only those", async () => {
  const workbook = generateWorkbook({ rows: 10 });
  workbook.addSheet("Archive", [
    ["Company", "Next step", "Date"],
    ["Old Co", "Call", 46000],
  ]);
  workbook.addConditionalFormat("Archive", "A1:C2", { formula: "=TRUE", fill: "#DDDDDD" });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  const archive = snapshotRules(workbook, "Archive");
  expect(await clearHighlights()).toBeGreaterThan(0);
  expect(snapshotRules(workbook, "Prospects")).toEqual([]);
  expect(snapshotRules(workbook, "Archive")).toEqual(archive);
  expect(await clearHighlights()).toBe(0);
});

test("a table list is highlighted on its data body, and the header below a title stays plain", async () => {
  const workbook = generateWorkbook({ rows: 30, titleRows: [["Q4 pipeline"], [""]], table: true });
  install(workbook);
  workbook.userSelect("Prospects", "B8");
  const { snapshot, report } = await readAndAnalyze();
  expect(snapshot.source.kind).toBe("table");
  await applyHighlights(snapshot.source, report, PREFS);
  const painted = Object.keys(highlightedCells(workbook, "Prospects", { rulesOnly: true }));
  expect(painted.every((a) => Number(/\d+$/.exec(a)?.[0]) >= 4)).toBe(true);
  expect(rowsFilled(workbook, RED)).toEqual(rowsIn(report, (r) => r.state === "overdue" && r.dateKind === "serial"));
});

describe("cost does not grow with the sheet", () => {
  async function cost(rows: number) {
    const workbook = generateWorkbook({ rows });
    install(workbook);
    const { snapshot, report } = await readAndAnalyze();
    workbook.counters.reset();
    await applyHighlights(snapshot.source, report, PREFS);
    const highlight = workbook.counters.snapshot();
    workbook.counters.reset();
    await clearHighlights(snapshot.source);
    const clear = workbook.counters.snapshot();
    return { highlight, clear };
  }

  test("highlight and clear use the same syncs and calls at 1,000 and 100,000 rows", async () => {
    const small = await cost(1_000);
    const large = await cost(100_000);
    expect(large.highlight.syncs).toBe(small.highlight.syncs);
    expect(large.highlight.apiCalls).toBe(small.highlight.apiCalls);
    expect(large.clear.syncs).toBe(small.clear.syncs);
    expect(large.clear.apiCalls).toBe(small.clear.apiCalls);
    // Highlight on a sheet without ours: read rules, write, events back on. Clear: rules, their ranges, delete, events.
    expect(small.highlight.syncs).toBeLessThanOrEqual(3);
    expect(small.clear.syncs).toBeLessThanOrEqual(4);
  }, 120_000);
});

test("after the rep sorts, the highlights stay on the right prospects", async () => {
  const workbook = generateWorkbook({ rows: 40 });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  await applyHighlights(snapshot.source, report, PREFS);
  const names = (fill: string) =>
    rowsFilled(workbook, fill)
      .map((row) => snapshotSheet(workbook, "Prospects", `A${row}`).values[0][0])
      .sort();
  const red = names(RED);
  const amber = names(AMBER);
  const yellowSteps = cellsFilled(workbook, "E", YELLOW).map(
    (row) => snapshotSheet(workbook, "Prospects", `A${row}`).values[0][0],
  );
  workbook.userSort("Prospects", "A2:L41", [{ key: 10, ascending: false }]); // Data > Sort by Region, descending
  expect(snapshotSheet(workbook, "Prospects", "A2").values[0][0]).not.toBe("Prospect 1"); // the rows did move
  expect(names(RED)).toEqual(red);
  expect(names(AMBER)).toEqual(amber);
  const after = cellsFilled(workbook, "E", YELLOW).map(
    (row) => snapshotSheet(workbook, "Prospects", `A${row}`).values[0][0],
  );
  expect(after.sort()).toEqual(yellowSteps.sort());
});

test("Excel reads NextStep's formulas back exactly as written, marker included", async () => {
  const workbook = generateWorkbook({ rows: 15 });
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  const expected = rulesFor(snapshot.source, report, PREFS);
  await applyHighlights(snapshot.source, report, PREFS);
  const readBack = await Excel.run(async (context) => {
    const rules = context.workbook.worksheets.getItem(snapshot.source.sheetId).getRange().conditionalFormats;
    rules.load("items/custom/rule/formula,items/custom/format/fill/color");
    await context.sync();
    return rules.items.map((r) => [r.custom.rule.formula, r.custom.format.fill.color]);
  });
  expect(readBack).toEqual(expected.map((r) => [r.formula, r.fill]));
});

test("in a 1904 workbook the same days are red and amber", async () => {
  const workbook = new MemoryWorkbook({
    today: TODAY,
    use1904DateSystem: true,
  });
  const today1904 = isoToSerial(TODAY, true);
  workbook.addSheet("Prospects", [
    ["Prospect", "Next step", "Date"],
    ["Late Co", "Call", today1904 - 2],
    ["Today Co", "Call", today1904],
    ["Later Co", "Call", today1904 + 20],
  ]);
  workbook.setFormat("Prospects", "C2:C4", { numberFormat: "d mmm yyyy" });
  install(workbook);
  const snapshot = await readSheet(true); // the rep's setting: the workbook's own flag has no production API
  const report = analyzeSheet(snapshot.input, { today: TODAY, date1904: snapshot.date1904 });
  expect(snapshot.date1904).toBe(true);
  expect(report.rows.map((r) => r.state)).toEqual(["overdue", "dueToday", "scheduled"]);
  await applyHighlights(snapshot.source, report, PREFS);
  expect(rowsFilled(workbook, RED)).toEqual([2]);
  expect(rowsFilled(workbook, AMBER)).toEqual([3]);
});

test("blank lines inside the list and a row with only spaces stay plain", async () => {
  const workbook = generateWorkbook({ rows: 20 });
  workbook.setCells("Prospects", "A8:L8", [Array(12).fill("")]);
  workbook.setCells("Prospects", "A9:L9", [["   ", "", "", "", "  ", "", "", "", "", "", "", ""]]);
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  expect(report.rows.map((r) => r.row)).not.toContain(8);
  expect(report.rows.map((r) => r.row)).not.toContain(9);
  await applyHighlights(snapshot.source, report, PREFS);
  const painted = Object.keys(highlightedCells(workbook, "Prospects", { rulesOnly: true }));
  expect(painted.filter((a) => /^[A-Z]+(8|9)$/.test(a))).toEqual([]);
  expect(cellsFilled(workbook, "E", YELLOW)).toEqual(
    rowsIn(report, (r) => r.state !== "closed" && r.problems.includes("missingNextStep")),
  );
});

test("a sentence typed into the date column (over Excel's 255-character text limit) is marked yellow, not lost", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  const essay = "Call back once the budget is approved — " + "they said maybe next quarter, ".repeat(10);
  workbook.addSheet("Prospects", [
    ["Company", "Contact", "Email", "Phone", "Next step", "Follow-up date", "Time", "Status"],
    ["Acme", "Dana", "", "", "Call Dana", essay, "", "Open"],
    ["Globex", "Hank", "", "", "Send deck", "Nov 30, 2026", "", "Open"],
  ]);
  install(workbook);
  const { snapshot, report } = await readAndAnalyze();
  expect(report.rows[0].problems).toContain("invalidDate");
  await applyHighlights(snapshot.source, report, PREFS);
  expect(cellsFilled(workbook, "F", YELLOW)).toEqual([2]);
  expect(cellsFilled(workbook, "F", PURPLE)).toEqual([3]);
});

test("an edit that leaves the rule set unchanged makes zero writes: the rep's Ctrl+Z still undoes their own typing", async () => {
  const workbook = generateWorkbook({ rows: 40 });
  workbook.requirementSets = { ExcelApi: "1.7" }; // Office 2019: no enableEvents, no triggerSource
  install(workbook);
  const first = await readAndAnalyze();
  await applyHighlights(first.snapshot.source, first.report, PREFS);
  workbook.userEdit("Prospects", "I5", [["Asked for a call after the holidays"]]); // a note: no rule depends on it
  workbook.counters.reset();
  const snapshot = await rereadSheet(first.snapshot.source);
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const readCost = workbook.counters.snapshot();
  const result = await applyHighlights(snapshot.source, report, PREFS);
  expect(result.unchanged).toBe(true);
  expect(workbook.counters.undoRecords).toBe(0);
  expect(workbook.undoStack[workbook.undoStack.length - 1]).toBe("user");
  expect(workbook.counters.syncs - readCost.syncs).toBe(2); // rules, their ranges: nothing written
});
