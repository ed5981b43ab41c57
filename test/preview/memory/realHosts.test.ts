/** What real Excel does that an add-in must survive, modelled in the in-memory Excel (sources in the fake's comments). */
import {
  installMemoryOffice,
  MemoryWorkbook,
  snapshotRules,
  type MemoryInstallation,
  type MemoryWorkbookOptions,
} from "../../../src/preview/memory";
import { officeError, useInstalled } from "./helpers";

async function onChangedSeen(): Promise<unknown[]> {
  const seen: unknown[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Prospects").onChanged.add(async (e) => void seen.push(e));
    await context.sync();
  });
  return seen;
}

describe("events and undo records of format changes", () => {
  const installed = useInstalled();
  it("fires onChanged when conditional formats are added or deleted and when a fill changes (format changes)", async () => {
    const { workbook } = installed();
    const seen = await onChangedSeen();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Prospects");
      const rule = sheet.getRange("A2:D4").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = "=$C2<TODAY()";
      rule.custom.format.fill.color = "#FFC7CE";
      await context.sync();
    });
    await workbook.flushEvents();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ address: "A2:D4", triggerSource: "ThisLocalAddin" });
    seen.length = 0;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("B2").format.fill.color = "#FFFF00";
      await context.sync();
    });
    await workbook.flushEvents();
    expect(seen).toEqual([expect.objectContaining({ address: "B2" })]);
  });

  it("counts one undo record per writing sync (none for reads), one per run with mergeUndoGroup on ExcelApi 1.20", async () => {
    const { workbook } = installed();
    workbook.userEdit("Prospects", "B2", [["Call Tuesday"]]);
    expect(workbook.undoStack).toEqual(["user"]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Prospects").getRange("A1:D4");
      range.load("values");
      await context.sync();
      context.runtime.enableEvents = false;
      await context.sync();
    });
    expect(workbook.undoStack).toEqual(["user"]);
    const twoWrites = async (options: Excel.RunOptions) =>
      Excel.run(options, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Prospects");
        sheet.getRange("D2").format.fill.color = "#FFFF00";
        await context.sync();
        sheet.getRange("D3").format.fill.color = "#FFFF00";
        await context.sync();
      });
    await twoWrites({ mergeUndoGroup: true }); // ExcelApi 1.12 host: the option does nothing
    expect(workbook.counters.undoRecords).toBe(2);
    workbook.requirementSets = { ExcelApi: "1.20" };
    await twoWrites({ mergeUndoGroup: true });
    expect(workbook.counters.undoRecords).toBe(3);
    expect(workbook.undoStack).toEqual(["user", "addin", "addin", "addin"]);
  });
});

describe("conditional formats on real hosts", () => {
  const installed = useInstalled();
  it("on Windows, deleting through the whole sheet's collection throws ItemNotFound when a cell has two rules (5222)", async () => {
    const { workbook } = installed();
    workbook.platform = "PC";
    workbook.addConditionalFormat("Prospects", "A2:D4", { formula: "=$C2<TODAY()", fill: "#FFC7CE" });
    workbook.addConditionalFormat("Prospects", "C2:C4", { formula: "=ISTEXT($C2)", fill: "#E4D4F4" });
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Prospects").getRange().conditionalFormats.getItemAt(0).delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(snapshotRules(workbook, "Prospects")).toHaveLength(2);
    // Through the rule's own range it works.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("C2:C4").conditionalFormats.getItemAt(0).delete();
      await context.sync();
    });
    expect(snapshotRules(workbook, "Prospects")).toHaveLength(1);
    // On the web the whole-sheet path works.
    workbook.platform = "OfficeOnline";
    workbook.addConditionalFormat("Prospects", "C2:C4", { formula: "=ISTEXT($C2)", fill: "#E4D4F4" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange().conditionalFormats.getItemAt(0).delete();
      await context.sync();
    });
    expect(snapshotRules(workbook, "Prospects")).toHaveLength(1);
  });

  it("reads a formula relative to the rule's own top-left, but takes one set through another range relative to that range (5194)", async () => {
    const { workbook } = installed();
    workbook.addConditionalFormat("Prospects", "A2:D4", { formula: "=$C2<TODAY()", fill: "#FFC7CE" });
    const read = await Excel.run(async (context) => {
      const rules = context.workbook.worksheets.getItem("Prospects").getRange().conditionalFormats;
      rules.load("items/custom/rule/formula");
      await context.sync();
      const formula = rules.items[0].custom.rule.formula;
      rules.items[0].custom.rule.formula = formula; // written back through the whole sheet (top-left A1)
      await context.sync();
      return formula;
    });
    expect(read).toBe("=$C2<TODAY()");
    expect(snapshotRules(workbook, "Prospects")[0]).toMatchObject({ formula: "=$C3<TODAY()" });
  });
});

describe("date formats on Excel on the web with a non-US regional setting (office-js 2824, 1553)", () => {
  let installation: MemoryInstallation | undefined;
  const uninstall = () => installation?.uninstall();
  async function readC2(workbook: MemoryWorkbook): Promise<{ numberFormat: unknown; text: unknown }> {
    uninstall();
    installation = installMemoryOffice(workbook);
    return Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Prospects").getRange("C2:D2");
      cell.load("numberFormat,text");
      await context.sync();
      return { numberFormat: cell.numberFormat[0], text: cell.text[0] };
    });
  }
  function withDate(options: MemoryWorkbookOptions): MemoryWorkbook {
    const workbook = new MemoryWorkbook(options);
    workbook.addSheet("Prospects", [
      ["Company", "Next step", "Due", "At"],
      ["Acme", "Call", 46346.5, 0.25],
    ]);
    workbook.setFormat("Prospects", "C2", { numberFormat: "m/d/yyyy h:mm" });
    workbook.setFormat("Prospects", "D2", { numberFormat: "h:mm" });
    return workbook;
  }
  afterEach(() => uninstall());
  it("reads date and time formats back as General while the text shows the regional date", async () => {
    expect(await readC2(withDate({ regionalFormat: "de-DE" }))).toEqual({
      numberFormat: ["General", "General"],
      text: ["20.11.2026 12:00", "06:00"],
    });
  });
  it("keeps the code on a US setting and on desktop", async () => {
    expect((await readC2(withDate({}))).numberFormat).toEqual(["m/d/yyyy h:mm", "h:mm"]);
    expect((await readC2(withDate({ regionalFormat: "de-DE", platform: "PC" }))).numberFormat).toEqual([
      "m/d/yyyy h:mm",
      "h:mm",
    ]);
  });
});
