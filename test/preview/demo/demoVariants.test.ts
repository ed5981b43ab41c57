import { createWorkbookPort, ExcelAdapterError } from "../../../src/excel";
import { demoWorkbook, STRAY_CELL } from "../../../src/preview/demo/demoWorkbook";
import { GRID_MAX_COLUMNS, GRID_MAX_ROWS, gridFromWorkbook } from "../../../src/preview/grid/memoryGridFeed";
import { installMemoryOffice } from "../../../src/preview/memory";

const TODAY = "2026-12-01";

describe("the preview's demo workbooks that cannot be analysed", () => {
  it("strayCell: the used range runs to the stray cell, too large to read; the grid shows only its corner", async () => {
    const workbook = demoWorkbook(TODAY, "strayCell");
    const installed = installMemoryOffice(workbook);
    try {
      const error = await createWorkbookPort()
        .read()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelAdapterError);
      expect((error as ExcelAdapterError).code).toBe("tooLarge");
      expect((error as ExcelAdapterError).userMessage).toMatch(/Insert > Table/);
    } finally {
      installed.uninstall();
    }
    expect(workbook.snapshot("Pipeline", STRAY_CELL).values).toEqual([["x"]]);
    const grid = gridFromWorkbook(workbook);
    expect(grid.rows).toHaveLength(GRID_MAX_ROWS);
    expect(grid.columns).toHaveLength(GRID_MAX_COLUMNS);
  });

  it("oldExcel: the same sheet, in an Excel that lacks the ExcelApi 1.7 the add-in needs", () => {
    const workbook = demoWorkbook(TODAY, "oldExcel");
    expect(workbook.requirementSets).toEqual({ ExcelApi: "1.4" });
    const standard = demoWorkbook(TODAY, "standard");
    expect(workbook.snapshot("Pipeline")).toEqual(standard.snapshot("Pipeline"));
  });
});
