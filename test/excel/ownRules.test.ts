/**
 * Deleting our rules on Excel for Windows (office-js issue 5222, open): deleting through the whole sheet's collection
 * throws ItemNotFound when a cell carries two rules, and ours always overlap on the date column. The in-memory Excel
 * models it for platform "PC"; deletes go through each rule's own range and recover from ItemNotFound.
 */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { applyHighlights } from "../../src/excel/applyHighlights";
import { clearHighlights } from "../../src/excel/clearHighlights";
import { HIGHLIGHT_FILLS, markerTerm } from "../../src/excel/highlightRules";
import { readSheet } from "../../src/excel/readSheet";
import { snapshotRules } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const PREFS = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: false };

async function highlighted(platform: "PC" | "OfficeOnline") {
  const workbook = generateWorkbook({ rows: 30 });
  workbook.platform = platform;
  // The rep's own banding rule, over the whole list: every cell of ours now carries two rules or more.
  workbook.addConditionalFormat("Prospects", "A2:L31", { formula: "=MOD(ROW(),2)=0", fill: "#F2F2F2" });
  install(workbook);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const result = await applyHighlights(snapshot.source, report, PREFS);
  return { workbook, snapshot, report, result };
}

const theirs = (workbook: ReturnType<typeof generateWorkbook>) =>
  snapshotRules(workbook, "Prospects").filter((r) => !String(r.formula).includes("NextStep:"));

test.each(["PC", "OfficeOnline"] as const)("on %s, clearing removes exactly our rules", async (platform) => {
  const { workbook, snapshot, result } = await highlighted(platform);
  expect(snapshotRules(workbook, "Prospects")).toHaveLength(result.rules + 1);
  expect(await clearHighlights(snapshot.source)).toBe(result.rules);
  expect(snapshotRules(workbook, "Prospects")).toEqual(theirs(workbook));
  expect(theirs(workbook)).toHaveLength(1);
});

test("on Windows, a re-highlight that changes the rules replaces ours without ItemNotFound", async () => {
  const { workbook, snapshot, report, result } = await highlighted("PC");
  const again = await applyHighlights(snapshot.source, report, { ...PREFS, highlightDueSoon: true });
  expect(again).toMatchObject({ replaced: result.rules, rules: result.rules + 1, unchanged: false });
  const rules = snapshotRules(workbook, "Prospects");
  expect(rules.filter((r) => String(r.formula).includes("NextStep:"))).toHaveLength(result.rules + 1);
  expect(theirs(workbook)).toHaveLength(1);
});

test("a rule of ours below a multi-area rule of the rep's is deleted through the recovery path", async () => {
  const { workbook, snapshot, result } = await highlighted("PC");
  // The rep's rule over two areas sits above ours: its range cannot be read, so the first delete goes through the
  // whole sheet, which Windows refuses; the recovery re-reads and deletes through each rule's own range.
  workbook.addConditionalFormat("Prospects", ["A2:A5", "C2:C5"], { formula: "=FALSE", fill: "#EEEEEE" });
  expect(await clearHighlights(snapshot.source)).toBe(result.rules);
  expect(snapshotRules(workbook, "Prospects").filter((r) => String(r.formula).includes("NextStep:"))).toEqual([]);
  expect(theirs(workbook)).toHaveLength(2);
});

test("a marker alone is not enough: a rep's rule with our marker but another fill stays", async () => {
  const { workbook, snapshot } = await highlighted("PC");
  workbook.addConditionalFormat("Prospects", "F2:F31", {
    formula: `=AND(${markerTerm("overdue")},$F2<TODAY())`,
    fill: HIGHLIGHT_FILLS.overdue === "#000000" ? "#111111" : "#000000",
  });
  await clearHighlights(snapshot.source);
  expect(snapshotRules(workbook, "Prospects")).toHaveLength(2);
});
