/**
 * "Download with highlights": the rep's workbook comes back with exactly the rules the adapter builds (read back
 * with exceljs), the rep's own rule and formulas intact, and the rep's edits in it.
 */
import ExcelJS from "exceljs";
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../../src/core";
import { applyHighlights, rulesFor } from "../../../src/excel/applyHighlights";
import type { HighlightPrefs } from "../../../src/excel/port";
import { readSheet } from "../../../src/excel/readSheet";
import { openSpreadsheetFile } from "../../../src/preview/files/openFile";
import { toMemoryWorkbook } from "../../../src/preview/files/toMemoryWorkbook";
import { downloadName, workbookWithHighlights } from "../../../src/preview/files/workbookWithHighlights";
import { installMemoryOffice, type MemoryInstallation } from "../../../src/preview/memory/install";
import type { MemoryWorkbook } from "../../../src/preview/memory/model/workbook";
import { blobOf, utcDay, xlsxBytes } from "./fixtures";

const TODAY = "2026-11-25";
const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: true };
let installed: MemoryInstallation | undefined;
afterEach(() => installed?.uninstall());

interface ReadRule {
  ref: string;
  formula: string;
  fill: string | undefined;
  priority: number | undefined;
}

async function rulesIn(bytes: Uint8Array, sheetName: string): Promise<{ rules: ReadRule[]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const blocks = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const rules = blocks.flatMap((block) =>
    block.rules.map((rule) => {
      const r = rule as { formulae?: string[]; priority?: number; style?: { fill?: { bgColor?: { argb?: string } } } };
      return {
        ref: block.ref,
        formula: `=${r.formulae?.[0] ?? ""}`,
        fill: r.style?.fill?.bgColor?.argb,
        priority: r.priority,
      };
    }),
  );
  return { rules: rules.sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)), sheet };
}

async function openPipeline(): Promise<{ memory: MemoryWorkbook; original: ExcelJS.Workbook }> {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("Pipeline");
    sheet.addRow(["Company", "Status", "Next step", "Next step date", "Amount", "Double"]);
    sheet.addRow(["Acme", "Open", "Call", utcDay("2026-11-20"), 10, { formula: "E2*2", result: 20 }]);
    sheet.addRow(["Globex", "Open", "", utcDay("2026-11-25"), 20, { formula: "E3*2", result: 40 }]);
    sheet.addRow(["Initech", "Won", "Kickoff", utcDay("2026-11-01"), 30, { formula: "E4*2", result: 60 }]);
    sheet.addRow(["Hooli", "Open", "Demo", "11/28/2026", 40, { formula: "E5*2", result: 80 }]);
    sheet.getColumn(4).numFmt = "m/d/yyyy";
    sheet.addConditionalFormatting({
      ref: "E2:E5",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ["$E2>25"],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } },
        },
      ],
    });
  });
  const { outcome, original } = await openSpreadsheetFile("pipeline.xlsx", blobOf(bytes), () => undefined);
  if (!outcome.ok || !original) throw new Error("did not open");
  return { memory: toMemoryWorkbook(outcome.workbook, TODAY), original };
}

test("the downloaded workbook carries exactly the adapter's rules above the rep's own, formulas intact", async () => {
  const { memory, original } = await openPipeline();
  installed = installMemoryOffice(memory);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY, date1904: snapshot.date1904 });
  await applyHighlights(snapshot.source, report, PREFS);
  const expected = rulesFor(snapshot.source, report, PREFS);
  expect(expected.length).toBeGreaterThanOrEqual(5);

  const bytes = await workbookWithHighlights(memory, original);
  const { rules, sheet } = await rulesIn(bytes, "Pipeline");
  expect(rules.slice(0, expected.length).map(({ ref, formula, fill }) => ({ ref, formula, fill }))).toEqual(
    expected.map((rule) => ({ ref: rule.address, formula: rule.formula, fill: `FF${rule.fill.slice(1)}` })),
  );
  // The rep's rule keeps its formula and fill, below NextStep's, with priorities 1..n without gaps or repeats.
  expect(rules[expected.length]).toMatchObject({ ref: "E2:E5", formula: "=$E2>25", fill: "FFC6EFCE" });
  expect(rules.map((r) => r.priority)).toEqual(rules.map((_, i) => i + 1));
  // Untouched cells are the file's own: formulas stay formulas, dates stay dates.
  expect(sheet.getCell("F3").value).toEqual({ formula: "E3*2", result: 40 });
  expect(sheet.getCell("D2").value).toEqual(utcDay("2026-11-20"));
  expect(downloadName("pipeline.xlsx")).toBe("pipeline (NextStep).xlsx");
  // A workbook opened only in part is never saved under a name that could pass for the whole file.
  expect(downloadName("pipeline.xlsx", true)).toBe("pipeline (NextStep, opened rows only).xlsx");
});

test("the rep's edits in the preview are in the file; a second download does not stack the rules", async () => {
  const { memory, original } = await openPipeline();
  installed = installMemoryOffice(memory);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY, date1904: snapshot.date1904 });
  await applyHighlights(snapshot.source, report, PREFS);
  memory.userEdit("Pipeline", "C3", [["Send quote"]]);
  memory.userEdit("Pipeline", "D5", [["12/2/2026"]]);
  memory.userEdit("Pipeline", "B2", [[""]]);
  const first = await rulesIn(await workbookWithHighlights(memory, original), "Pipeline");
  const second = await rulesIn(await workbookWithHighlights(memory, original), "Pipeline");
  expect(second.rules).toEqual(first.rules);
  expect(second.sheet.getCell("C3").value).toBe("Send quote");
  expect(second.sheet.getCell("D5").value).toEqual(utcDay("2026-12-02"));
  expect(second.sheet.getCell("B2").value).toBeNull();
  expect(second.sheet.getCell("F2").value).toEqual({ formula: "E2*2", result: 20 });
});

test("a CSV comes back as a workbook of its values, with the rules", async () => {
  const csv = "Company,Next step,Next step date\nAcme,Call,11/20/2026\nGlobex,,11/25/2026\n";
  const { outcome } = await openSpreadsheetFile("leads.csv", blobOf(new Uint8Array(Buffer.from(csv))), () => undefined);
  if (!outcome.ok) throw new Error("did not open");
  const memory = toMemoryWorkbook(outcome.workbook, TODAY);
  installed = installMemoryOffice(memory);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY, date1904: snapshot.date1904 });
  await applyHighlights(snapshot.source, report, PREFS);
  const expected = rulesFor(snapshot.source, report, PREFS);
  const { rules, sheet } = await rulesIn(await workbookWithHighlights(memory), "leads");
  expect(rules.map((r) => r.formula)).toEqual(expected.map((r) => r.formula));
  expect(sheet.getCell("C2").value).toBe("11/20/2026");
});
