/** Conditional formats behave like Excel's: rules live on the sheet, collections are the rules a range touches. */
import { effectiveFormat, MemoryWorkbook } from "../../../src/preview/memory";
import { officeError, useInstalled } from "./helpers";

const RED = "#FFC7CE";
const AMBER = "#FFEB9C";

/** Rows 2..5: prospect, next step, date serial. 46351 is 25 Nov 2026. */
function pipeline(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: "2026-11-25" });
  workbook.addSheet("Prospects", [
    ["Prospect", "Next step", "Date"],
    ["Acme", "Call", 46350],
    ["Globex", "Quote", 46351],
    ["Initech", "Demo", 46352],
    ["Umbrella", "", ""],
  ]);
  return workbook;
}

async function addRule(address: string, formula: string, fill: string, stopIfTrue = false): Promise<void> {
  await Excel.run(async (context) => {
    const rule = context.workbook.worksheets
      .getItem("Prospects")
      .getRange(address)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    rule.custom.rule.formula = formula;
    rule.custom.format.fill.color = fill;
    if (stopIfTrue) rule.stopIfTrue = true;
    await context.sync();
  });
}

describe("conditional formats", () => {
  const installed = useInstalled(pipeline);

  it("adds a custom rule at the top priority and reads it back", async () => {
    const { workbook } = installed();
    workbook.addConditionalFormat("Prospects", "D2:D5", { formula: "=D2>0", fill: "#00FF00" });
    await addRule("A2:C5", '=and($c2<>"",$c2<today())', RED);
    expect(workbook.rulesSnapshot("Prospects")).toEqual([
      {
        type: "Custom",
        addresses: ["A2:C5"],
        formula: '=AND($C2<>"",$C2<TODAY())',
        fill: RED,
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      },
      {
        type: "Custom",
        addresses: ["D2:D5"],
        formula: "=D2>0",
        fill: "#00FF00",
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      },
    ]);
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Prospects").getRange("A2:C5").conditionalFormats;
      const count = formats.getCount();
      formats.load("items/type, items/priority, items/id, items/custom/rule/formula, items/custom/format/fill/color");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      expect(count.value).toBe(1); // the D2:D5 rule does not touch A2:C5
      const [rule] = formats.items;
      expect([rule.type, rule.priority, rule.id]).toEqual(["Custom", 0, "0"]);
      expect(rule.custom.rule.formula).toBe('=AND($C2<>"",$C2<TODAY())');
      expect(rule.custom.format.fill.color).toBe(RED);
    });
  });

  it("highlights the rows the formula picks on date D, counting references from the rule's top-left cell", async () => {
    const { workbook } = installed();
    await addRule("A2:C5", '=AND($C2<>"",$C2<TODAY())', RED);
    await addRule("A2:C5", "=$C2=TODAY()", AMBER);
    expect(workbook.highlightedRows("Prospects", RED)).toEqual([2]);
    expect(workbook.highlightedRows("Prospects", AMBER)).toEqual([3]);
    expect(workbook.highlightedCells("Prospects")).toEqual({
      A2: RED,
      B2: RED,
      C2: RED,
      A3: AMBER,
      B3: AMBER,
      C3: AMBER,
    });
  });

  it("moves rows from due today to overdue when the clock moves, with no add-in call", async () => {
    const { workbook } = installed();
    await addRule("A2:C5", '=AND($C2<>"",$C2<TODAY())', RED);
    await addRule("A2:C5", "=$C2=TODAY()", AMBER);
    workbook.counters.reset();
    workbook.setToday("2026-11-26");
    expect(workbook.highlightedRows("Prospects", RED)).toEqual([2, 3]);
    expect(workbook.highlightedRows("Prospects", AMBER)).toEqual([4]);
    expect(workbook.counters.apiCalls).toBe(0);
  });

  it("treats $ anchors as Excel does: C$2 stays on row 2, $C$2 on one cell, C2 moves both ways", async () => {
    const { workbook } = installed();
    await addRule("B2:B5", "=C$2=46350", RED);
    expect(workbook.highlightedRows("Prospects", RED)).toEqual([2, 3, 4, 5]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("B2:B5").conditionalFormats.clearAll();
      await context.sync();
    });
    await addRule("A2:A5", '=B2="Quote"', RED);
    expect(workbook.highlightedCells("Prospects")).toEqual({ A3: RED });
  });

  it("lets the higher-priority fill win and honours stopIfTrue", async () => {
    const { workbook } = installed();
    workbook.addConditionalFormat("Prospects", "A2:C5", { formula: "=TRUE", fontColor: "#0000FF" });
    await addRule("A2:C5", "=$C2>0", AMBER);
    await addRule("A2:C5", "=$C2=46350", RED, true);
    const format = workbook.highlightedCells("Prospects", { address: "A2:A3" });
    expect(format).toEqual({ A2: RED, A3: AMBER });
    // stopIfTrue on the red rule hides the lower-priority font rule on row 2 only.
    expect(effectiveFormat(workbook, workbook.sheet("Prospects"), 1, 0).fontColor).toBeNull();
    expect(effectiveFormat(workbook, workbook.sheet("Prospects"), 2, 0).fontColor).toBe("#0000FF");
  });

  it("does not highlight where the formula errors, e.g. an unknown function", async () => {
    const { workbook } = installed();
    await addRule("A2:C5", "=DATEVALUEX($C2)>0", RED);
    expect(workbook.highlightedCells("Prospects")).toEqual({});
  });

  it("keeps the rep's own fill where no rule matches, and covers it where one does", async () => {
    const { workbook } = installed();
    workbook.setFormat("Prospects", "A4:A5", { fill: "#D9E1F2" });
    await addRule("A2:C5", "=$C2=46352", RED);
    expect(workbook.highlightedCells("Prospects")).toMatchObject({ A4: RED, A5: "#D9E1F2" });
    expect(workbook.snapshot("Prospects", "A4:A5").fill).toEqual([["#D9E1F2"], ["#D9E1F2"]]);
  });

  it("rejects a formula Excel cannot parse, at sync", async () => {
    const { workbook } = installed();
    const error = await officeError(() => addRule("A2:C5", "=AND($C2<", RED));
    expect(error.code).toBe("InvalidArgument");
    expect(workbook.rulesSnapshot("Prospects")[0].formula).toBeNull(); // the add before it went through, as in Excel
  });

  it("rejects a text constant over 255 characters, as Excel does", async () => {
    const { workbook } = installed();
    const long = "x".repeat(256);
    const error = await officeError(() => addRule("A2:C5", `=$C2="${long}"`, RED));
    expect(error.code).toBe("InvalidArgument");
    expect(workbook.rulesSnapshot("Prospects")[0].formula).toBeNull();
    await addRule("A2:C5", `=$C2="${"x".repeat(255)}"`, RED);
    const formulas = workbook.rulesSnapshot("Prospects").map((rule) => rule.formula);
    expect(formulas).toContain(`=$C2="${"x".repeat(255)}"`);
  });

  it("clears only the cleared cells: a rule reaching beyond keeps the rest, over several areas", async () => {
    const { workbook } = installed();
    await addRule("A1:C5", "=TRUE", RED);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("B3").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(workbook.rulesSnapshot("Prospects")[0].addresses).toEqual(["A1:C2", "A4:C5", "A3", "C3"]);
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const rule = context.workbook.worksheets.getItem("Prospects").getRange("A1:C5").conditionalFormats.getItemAt(0);
        rule.getRange().load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    await Excel.run(async (context) => {
      const rule = context.workbook.worksheets.getItem("Prospects").getRange("A1").conditionalFormats.getItemAt(0);
      const range = rule.getRangeOrNullObject();
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
  });

  it("deletes by position, and positions shift after a delete (office-js issue 5222)", async () => {
    const { workbook } = installed();
    await addRule("A2:C5", "=FALSE", AMBER);
    await addRule("A2:C5", "=TRUE", RED);
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const formats = context.workbook.worksheets
          .getItem("Prospects")
          .getRange("A2:C5")
          .conditionalFormats.load("items");
        await context.sync();
        formats.items[0].delete();
        formats.items[1].delete(); // now out of range: only one rule is left
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(workbook.rulesSnapshot("Prospects").map((r) => r.formula)).toEqual(["=FALSE"]);
  });

  it("refuses custom properties on a rule of another type", async () => {
    const { workbook } = installed();
    workbook.addConditionalFormat("Prospects", "A2:A5", { type: "DataBar" });
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const rule = context.workbook.worksheets.getItem("Prospects").getRange("A2").conditionalFormats.getItemAt(0);
        rule.custom.rule.load("formula");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  it("gives a null customOrNullObject for the rep's other rule types, and the formula for custom ones", async () => {
    const { workbook } = installed();
    workbook.addConditionalFormat("Prospects", "C2:C5", { type: "ColorScale" });
    await addRule("A2:C5", "=TRUE", RED);
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Prospects").getRange().conditionalFormats;
      formats.load("items/type, items/customOrNullObject/rule/formula, items/customOrNullObject/format/fill/color");
      await context.sync();
      const [custom, scale] = formats.items;
      expect([custom.type, scale.type]).toEqual(["Custom", "ColorScale"]);
      expect(custom.customOrNullObject.isNullObject).toBe(false);
      expect(custom.customOrNullObject.rule.formula).toBe("=TRUE");
      expect(custom.customOrNullObject.format.fill.color).toBe(RED);
      expect(scale.customOrNullObject.isNullObject).toBe(true);
    });
  });

  it("needs load + sync before rule properties can be read", async () => {
    await addRule("A2:C5", "=TRUE", RED);
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const formats = context.workbook.worksheets.getItem("Prospects").getRange("A2:C5").conditionalFormats;
        formats.load("items/type");
        await context.sync();
        return formats.items[0].custom.rule.formula;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("changes a rule's priority and the others move to keep a contiguous order", async () => {
    const { workbook } = installed();
    await addRule("A2:C5", "=1", RED);
    await addRule("A2:C5", "=2", AMBER);
    await addRule("A2:C5", "=3", RED);
    await Excel.run(async (context) => {
      const first = context.workbook.worksheets.getItem("Prospects").getRange("A2").conditionalFormats.getItemAt(0);
      first.priority = 2;
      await context.sync();
    });
    expect(workbook.rulesSnapshot("Prospects").map((r) => r.formula)).toEqual(["=2", "=1", "=3"]);
  });
});
