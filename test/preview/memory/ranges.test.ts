/** Worksheets, used ranges, tables and range reads/writes give what Excel gives. */
import { MemoryWorkbook } from "../../../src/preview/memory";
import { officeError, useInstalled } from "./helpers";

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Report", [
    ["Q4 prospects", "", ""],
    ["", "", ""],
    ["Prospect", "Date", "Amount"],
    ["Acme", 46351, 1200.5],
    ["Globex", "Nov 30, 2026", true],
  ]);
  wb.setFormat("Report", "B4", { numberFormat: "d-mmm-yyyy" });
  wb.setFormat("Report", "C4", { numberFormat: "#,##0.00" });
  wb.setFormat("Report", "E9", { fill: "#FFFF00" });
  wb.addSheet("Empty");
  wb.addTable("Report", "A3:C5", "Pipeline");
  return wb;
}

describe("ranges, used ranges and tables", () => {
  const installed = useInstalled(workbook);

  it("reads the used range with and without formatting", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address, rowIndex, columnIndex, rowCount, columnCount");
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
      const none = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
      await context.sync();
      expect(all.address).toBe("Report!A1:E9");
      expect(values.address).toBe("Report!A1:C5");
      expect([values.rowIndex, values.columnIndex, values.rowCount, values.columnCount]).toEqual([0, 0, 5, 3]);
      expect(empty.address).toBe("Empty!A1");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("reads values, numberFormat, text and valueTypes together", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Report")
        .getRange("A4:C5")
        .load("values, numberFormat, text, valueTypes, formulas");
      await context.sync();
      expect(range.values).toEqual([
        ["Acme", 46351, 1200.5],
        ["Globex", "Nov 30, 2026", true],
      ]);
      expect(range.numberFormat).toEqual([
        ["General", "d-mmm-yyyy", "#,##0.00"],
        ["General", "General", "General"],
      ]);
      expect(range.text).toEqual([
        ["Acme", "25-Nov-2026", "1,200.50"],
        ["Globex", "Nov 30, 2026", "TRUE"],
      ]);
      expect(range.valueTypes).toEqual([
        ["String", "Double", "Double"],
        ["String", "String", "Boolean"],
      ]);
    });
  });

  it("finds tables by name, with header, body, columns and row count", async () => {
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name, count");
      const table = context.workbook.worksheets.getItem("Report").tables.getItem("Pipeline");
      const header = table.getHeaderRowRange().load("address");
      const body = table.getDataBodyRange().load("address, values");
      table.columns.load("items/name");
      const rows = table.rows.load("count");
      const sheet = table.worksheet.load("name");
      const missing = context.workbook.tables.getItemOrNullObject("Other");
      await context.sync();
      expect(tables.count).toBe(1);
      expect(tables.items.map((t) => t.name)).toEqual(["Pipeline"]);
      expect(header.address).toBe("Report!A3:C3");
      expect(body.address).toBe("Report!A4:C5");
      expect(table.columns.items.map((c) => c.name)).toEqual(["Prospect", "Date", "Amount"]);
      expect(rows.count).toBe(2);
      expect(sheet.name).toBe("Report");
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("derives ranges like Excel", async () => {
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Report").getRange("B2:C4");
      const list = [
        base.getCell(1, 1),
        base.getRow(0),
        base.getColumn(1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 0),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getIntersectionOrNullObject("C3:D9"),
        base.getBoundingRect("E9"),
        base.getLastRow(),
        base.getRowsBelow(2),
      ].map((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("H1:H2");
      await context.sync();
      expect(list.map((r) => r.address)).toEqual([
        "Report!C3",
        "Report!B2:C2",
        "Report!C2:C4",
        "Report!B2:B5",
        "Report!B4:C6",
        "Report!2:4",
        "Report!B:C",
        "Report!C3:C4",
        "Report!B2:E9",
        "Report!B4:C4",
        "Report!B5:C6",
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("rejects a derived range that leaves the sheet", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Report").getRange("A1").getOffsetRange(-1, 0);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("stores written input as Excel does: formulas, numbers from numeric text unless formatted as text, null skips", async () => {
    const { workbook: wb } = installed();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:D1").values = [["12", "12", "=A1*2", null]];
      sheet.getRange("D1").values = [["kept?"]];
      sheet.getRange("D1").values = [[null]];
      await context.sync();
    });
    expect(wb.snapshot("Empty", "A1:D1").values).toEqual([[12, "12", 24, "kept?"]]);
    expect(wb.snapshot("Empty", "A1:D1").formulas).toEqual([[12, "12", "=A1*2", "kept?"]]);
  });

  it("fills a whole range from one value, and reads a mixed fill as null", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("A1:B2").format.fill.color = "yellow";
      const same = sheet.getRange("A1:B2").format.fill.load("color");
      const mixed = sheet.getRange("A1:C2").format.fill.load("color");
      const none = sheet.getRange("H1").format.fill.load("color");
      const font = sheet.getRange("A1").format.font.load("color, bold");
      await context.sync();
      expect([same.color, mixed.color, none.color]).toEqual(["#FFFF00", null, "#FFFFFF"]);
      expect([font.color, font.bold]).toEqual(["#000000", false]);
    });
  });

  it("lists worksheets with their positions and finds the active one", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/position, items/visibility");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name, id");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["Report", 0, "Visible"],
        ["Empty", 1, "Visible"],
      ]);
      expect(active.name).toBe("Report");
    });
  });

  it("turns date-looking text into a date, as Excel en-US does, unless the cell is formatted as text", async () => {
    const { workbook: wb } = installed();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:C1").values = [["11/30/2026", "Nov 30, 2026", "2026-11-30"]];
      await context.sync();
    });
    wb.userEdit("Empty", "D1", [["30-Nov-26"]]);
    expect(wb.snapshot("Empty", "A1:D1").values).toEqual([[46356, "Nov 30, 2026", 46356, 46356]]);
    expect(wb.snapshot("Empty", "A1:D1").numberFormat).toEqual([["m/d/yyyy", "@", "m/d/yyyy", "d-mmm-yy"]]);
    wb.setCells("Empty", "E1", [["Nov 30, 2026"]]); // a fixture keeps text, like a CSV import
    expect(wb.snapshot("Empty", "E1").values).toEqual([["Nov 30, 2026"]]);
  });

  it("sets several properties at once with set(), nested objects included", async () => {
    const { workbook: wb } = installed();
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Empty")
        .getRange("A1")
        .format.set({ fill: { color: "#FF0000" }, font: { bold: true } });
      await context.sync();
    });
    expect(wb.snapshot("Empty", "A1")).toMatchObject({ fill: [["#FF0000"]], bold: [[true]] });
    const readOnly = { id: "x" } as unknown as Excel.Interfaces.WorksheetUpdateData; // id is read-only in Excel
    await expect(
      Excel.run(async (context) => context.workbook.worksheets.getItem("Empty").set(readOnly)),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("tells onChange listeners after each sync and each user action", async () => {
    const { workbook: wb } = installed();
    let calls = 0;
    const stop = wb.onChange(() => calls++);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Empty").getRange("A1").values = [[1]];
      await context.sync();
    });
    wb.userEdit("Empty", "A2", [[2]]);
    wb.setToday("2026-12-01");
    stop();
    wb.userEdit("Empty", "A3", [[3]]);
    expect(calls).toBe(3);
  });

  it("renames a sheet, and refuses a name Excel refuses", async () => {
    const { workbook: wb } = installed();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Empty").name = "Later";
      await context.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Report", "Later"]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Later").name = "report";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
