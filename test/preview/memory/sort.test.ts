/** Sorting moves cells with their formats, like Excel; conditional formats stay on their ranges and re-evaluate. */
import { MemoryWorkbook } from "../../../src/preview/memory";
import { useInstalled } from "./helpers";

const RED = "#FFC7CE";

function sheet(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: "2026-11-25" });
  workbook.addSheet("P", [
    ["Prospect", "Date", "Twice"],
    ["Cyan", 46352, "=B2*2"],
    ["alpha", 46340, "=B3*2"],
    ["", "", ""],
    ["Bravo", 46360, "=B5*2"],
  ]);
  workbook.setFormat("P", "A3", { fill: "#D9E1F2", numberFormat: "@" });
  return workbook;
}

describe("sort", () => {
  const installed = useInstalled(sheet);

  it("sorts rows by value, case-insensitively, blanks last, moving values, formulas and formats", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("P")
        .getRange("A1:C5")
        .sort.apply([{ key: 0, ascending: true }], false, true);
      await context.sync();
    });
    const snap = workbook.snapshot("P", "A1:C5");
    expect(snap.values.map((r) => r[0])).toEqual(["Prospect", "alpha", "Bravo", "Cyan", ""]);
    expect(snap.formulas.map((r) => r[2])).toEqual(["Twice", "=B2*2", "=B3*2", "=B4*2", ""]);
    expect(snap.values.map((r) => r[2])).toEqual(["Twice", 92680, 92720, 92704, ""]);
    expect(snap.fill[1][0]).toBe("#D9E1F2");
    expect(snap.numberFormat[1][0]).toBe("@");
  });

  it("sorts descending with blanks still last", async () => {
    const { workbook } = installed();
    workbook.userSort("P", "A2:C5", [{ key: 1, ascending: false }]);
    expect(workbook.snapshot("P", "A2:A5").values.flat()).toEqual(["Bravo", "Cyan", "alpha", ""]);
  });

  it("keeps highlights on the right prospects: rules stay put and follow the moved values", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      const rule = context.workbook.worksheets
        .getItem("P")
        .getRange("A2:C5")
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = '=AND($B2<>"",$B2<TODAY())';
      rule.custom.format.fill.color = RED;
      await context.sync();
    });
    expect(workbook.highlightedRows("P", RED)).toEqual([3]); // alpha
    workbook.userSort("P", "A1:C5", [{ key: 0 }], { hasHeaders: true });
    expect(workbook.highlightedRows("P", RED)).toEqual([2]); // alpha moved to row 2
    expect(workbook.snapshot("P", "A2").values).toEqual([["alpha"]]);
    expect(workbook.rulesSnapshot("P")[0].addresses).toEqual(["A2:C5"]);
  });

  it("sorts a table's data body and leaves the header row", async () => {
    const { workbook } = installed();
    workbook.addTable("P", "A1:C5", "Pipeline");
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Pipeline").sort.apply([{ key: 1, ascending: true }]);
      await context.sync();
    });
    expect(workbook.snapshot("P", "A1:A5").values.flat()).toEqual(["Prospect", "alpha", "Cyan", "Bravo", ""]);
  });

  it("rejects a sort key outside the range", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("P")
          .getRange("A1:C5")
          .sort.apply([{ key: 3 }]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
