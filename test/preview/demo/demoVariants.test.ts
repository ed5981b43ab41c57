import { createWorkbookPort, ExcelAdapterError } from "../../../src/excel";
import { buildDemoSheet, DEMO_VARIANTS, rectangular } from "../../../src/preview/demo/demoSheet";
import { demoWorkbook, STRAY_CELL } from "../../../src/preview/demo/demoWorkbook";
import { GRID_MAX_COLUMNS, GRID_MAX_ROWS, gridFromWorkbook } from "../../../src/preview/grid/memoryGridFeed";
import { installMemoryOffice } from "../../../src/preview/memory";

const TODAY = "2026-12-01";

describe("the preview's demo workbooks for sheets that are hard to read", () => {
  it("strayCell: the used range runs to the stray cell; the list is read, the rest reported; the grid shows a corner", async () => {
    const workbook = demoWorkbook(TODAY, "strayCell");
    const installed = installMemoryOffice(workbook);
    try {
      const snapshot = await createWorkbookPort().read();
      const standard = demoWorkbook(TODAY, "standard").snapshot("Pipeline");
      expect(snapshot.source.rowCount).toBe(standard.values.length);
      expect(snapshot.beyond).toEqual({ rowCount: 200000, columnCount: 52 });
    } finally {
      installed.uninstall();
    }
    expect(workbook.snapshot("Pipeline", STRAY_CELL).values).toEqual([["x"]]);
    const grid = gridFromWorkbook(workbook);
    expect(grid.rows).toHaveLength(GRID_MAX_ROWS);
    expect(grid.columns).toHaveLength(GRID_MAX_COLUMNS);
  });

  it("editingCell: every request fails as Excel fails it while a cell is being edited", async () => {
    const installed = installMemoryOffice(demoWorkbook(TODAY, "editingCell"));
    try {
      const error = await createWorkbookPort()
        .read()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelAdapterError);
      expect((error as ExcelAdapterError).code).toBe("busy");
      expect((error as ExcelAdapterError).userMessage).toMatch(/Press Enter or Esc/);
    } finally {
      installed.uninstall();
    }
  });

  it("oldExcel: the same sheet, in an Excel that lacks the ExcelApi 1.7 the add-in needs", () => {
    const workbook = demoWorkbook(TODAY, "oldExcel");
    expect(workbook.requirementSets).toEqual({ ExcelApi: "1.4" });
    const standard = demoWorkbook(TODAY, "standard");
    expect(workbook.snapshot("Pipeline")).toEqual(standard.snapshot("Pipeline"));
  });

  // Every variant with rows under its header (empty and headerOnly have no formats to set).
  it.each(DEMO_VARIANTS.filter((v) => v !== "empty" && v !== "headerOnly"))(
    "%s: every cell holds the demo sheet's number format",
    (variant) => {
      const sheet = buildDemoSheet(TODAY, variant);
      const { values, numberFormat } = rectangular(sheet);
      const snapshot = demoWorkbook(TODAY, variant).snapshot(
        sheet.sheetName,
        `A1:${String.fromCharCode(64 + values[0].length)}${values.length}`,
      );
      expect(snapshot.numberFormat).toEqual(numberFormat);
      expect(new Set(numberFormat.flat()).size).toBeGreaterThan(1);
    },
  );
});
