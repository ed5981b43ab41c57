import { openSpreadsheetFile } from "../../../src/preview/files/openFile";
import type { LoadedWorkbook } from "../../../src/preview/files/loadedWorkbook";
import { toMemoryWorkbook } from "../../../src/preview/files/toMemoryWorkbook";
import { cellText } from "../../../src/preview/memory/model/read";
import { blobOf, pipelineWorkbook, utcDay, xlsxBytes } from "./fixtures";

const noProgress = () => undefined;

async function open(name: string, bytes: Uint8Array): Promise<LoadedWorkbook> {
  const { outcome } = await openSpreadsheetFile(name, blobOf(bytes), noProgress);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.workbook;
}

describe("opening an .xlsx: cells as range.values gives them", () => {
  test("dates are serials of the 1900 system, with number formats, fills, fonts, errors, booleans", async () => {
    const loaded = await open("pipeline.xlsx", await xlsxBytes((wb) => pipelineWorkbook(wb)));
    expect(loaded.date1904).toBe(false);
    expect(loaded.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Notes", "Visible"],
      ["Pipeline", "Visible"],
      ["Lookup", "Hidden"],
    ]);
    const workbook = toMemoryWorkbook(loaded, "2026-11-25");
    expect(workbook.activeSheet().name).toBe("Pipeline");
    const snap = workbook.snapshot("Pipeline", "A1:F6");
    expect(snap.values[3]).toEqual(["Acme", "Call Ann", 46351, 1250.5, false, 2501]);
    expect(snap.values[4]).toEqual(["Globex", "Send quote", 46357, 900, true, "#N/A"]);
    // A date typed as text stays text: the pane's text-date handling applies.
    expect(snap.values[5][2]).toBe("12/3/2026");
    expect(snap.numberFormat[3][2]).toBe("d mmm yyyy");
    expect(snap.numberFormat[3][3]).toBe("#,##0.00");
    expect(cellText(46351, "d mmm yyyy", false)).toBe("25 Nov 2026");
    const sheet = workbook.sheet("Pipeline");
    expect(sheet.cell(4, 0)?.fill).toBe("#FFFF00");
    expect(sheet.cell(0, 0)).toMatchObject({ bold: true, fontColor: "#1F4E79", value: "Q4 pipeline" });
  });

  test("the 1904 date system gives serials 1,462 days smaller, shown as the same day", async () => {
    const loaded = await open("mac.xlsx", await xlsxBytes((wb) => pipelineWorkbook(wb, true)));
    expect(loaded.date1904).toBe(true);
    const workbook = toMemoryWorkbook(loaded, "2026-11-25");
    expect(workbook.use1904DateSystem).toBe(true);
    const serial = workbook.snapshot("Pipeline", "C4").values[0][0];
    expect(serial).toBe(46351 - 1462);
    expect(cellText(serial, "d mmm yyyy", true)).toBe("25 Nov 2026");
    // TODAY() in rules follows the workbook's own system.
    expect(workbook.todaySerial()).toBe(46351 - 1462);
  });

  test("a table keeps its name and range; the rep's own rule keeps its formula, range and fill", async () => {
    const workbook = toMemoryWorkbook(
      await open("pipeline.xlsx", await xlsxBytes((wb) => pipelineWorkbook(wb))),
      "2026-11-25",
    );
    expect(workbook.tables.map((t) => [t.name, t.rect])).toEqual([
      ["Deals", { row: 2, column: 0, rowCount: 4, columnCount: 5 }],
    ]);
    expect(workbook.rulesSnapshot("Pipeline")).toEqual([
      expect.objectContaining({ type: "Custom", addresses: ["D4:D6"], formula: "=$D4>1000", fill: "#C6EFCE" }),
    ]);
    // The rep's rule is live in the preview: 1250.5 > 1000 on row 4 only.
    expect(workbook.highlightedCells("Pipeline", { rulesOnly: true })).toEqual({ D4: "#C6EFCE" });
  });

  test("formulas show their cached values, and the rep is told; formulas without one are blank and said so", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("Calc");
      sheet.addRow(["Amount", "Double", "When"]);
      sheet.addRow([10, { formula: "A2*2", result: 20 }, { formula: "TODAY()+1", result: utcDay("2026-11-26") }]);
      sheet.addRow([5, { formula: "A3*2" }, null]);
      sheet.getCell("C2").numFmt = "m/d/yyyy";
    });
    const loaded = await open("calc.xlsx", bytes);
    const workbook = toMemoryWorkbook(loaded, "2026-11-25");
    expect(workbook.snapshot("Calc", "A2:C3").values).toEqual([
      [10, 20, 46352],
      [5, "", ""],
    ]);
    expect(loaded.notes.map((n) => n.kind)).toEqual(["formulasCached", "formulasWithoutValues"]);
    expect(loaded.notes[0].text).toMatch(/^2 formulas show the values Excel last saved/);
    expect(loaded.notes[1].text).toMatch(/^1 formula has no saved value .*Open and save the file in Excel/);
  });

  test("merged cells: only the top-left one holds the value, as Excel reads it", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("M");
      sheet.getCell("A1").value = "Header";
      sheet.mergeCells("A1:C1");
    });
    const workbook = toMemoryWorkbook(await open("m.xlsx", bytes), "2026-11-25");
    expect(workbook.snapshot("M", "A1:C1").values).toEqual([["Header", "", ""]]);
  });

  test("50,000 rows × 12 columns open whole, every row in place", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("Big");
      sheet.addRow(Array.from({ length: 12 }, (_, c) => `Col ${c + 1}`));
      for (let r = 1; r <= 50_000; r++) {
        sheet.addRow([`Company ${r}`, "Call", utcDay("2026-11-25"), r, ...Array.from({ length: 8 }, (_, c) => c)]);
      }
      sheet.getColumn(3).numFmt = "m/d/yyyy";
    });
    const progress: number[] = [];
    const { outcome } = await openSpreadsheetFile("big.xlsx", blobOf(bytes), (f) => progress.push(f));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const workbook = toMemoryWorkbook(outcome.workbook, "2026-11-25");
    expect(workbook.sheet("Big").usedRect(true)).toEqual({ row: 0, column: 0, rowCount: 50_001, columnCount: 12 });
    expect(workbook.snapshot("Big", "A50001:D50001").values).toEqual([["Company 50000", "Call", 46351, 50000]]);
    expect(outcome.workbook.notes).toEqual([]);
    // The bar moves while rows are converted, and ends full.
    expect(progress.filter((f) => f > 0.3 && f < 1).length).toBeGreaterThanOrEqual(5);
    expect(progress[progress.length - 1]).toBe(1);
  }, 120_000);
});

describe("a sheet longer than the preview opens", () => {
  test("the first rows open and the rows with data past the limit are counted", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("Long");
      for (let r = 1; r <= 120; r++) sheet.addRow([`Company ${r}`, r]);
      sheet.getCell("A200").value = "stray"; // a row with data far below counts too; empty rows do not
    });
    const { outcome } = await openSpreadsheetFile("long.xlsx", blobOf(bytes), noProgress, { maxRowsPerSheet: 50 });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.workbook.sheets[0].rows.length).toBe(50);
    expect(outcome.workbook.notes).toEqual([
      {
        kind: "rowsLeftOut",
        text: '"Long": only the first 50 rows were opened; 71 more rows with data were left out.',
      },
    ]);
  });

  test("a 1904 workbook says so", async () => {
    const loaded = await open("mac.xlsx", await xlsxBytes((wb) => pipelineWorkbook(wb, true)));
    expect(loaded.notes.map((n) => n.kind)).toContain("date1904");
  });
});

test("built-in date format 14 reads back as Excel spells it (m/d/yyyy), not as ECMA-376 names it", async () => {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("D");
    sheet.getCell("A1").value = utcDay("2026-11-25"); // exceljs writes a bare date with built-in format 14
  });
  const workbook = toMemoryWorkbook(await open("d.xlsx", bytes), "2026-11-25");
  expect(workbook.snapshot("D", "A1").numberFormat).toEqual([["m/d/yyyy"]]);
});
