/** The grid's edits go through the in-memory Excel's user actions: values typed like Excel, events for the pane. */
import { parseClipboardBlock } from "../../../src/preview/grid/clipboardBlock";
import { GridInputError, memoryGridActions } from "../../../src/preview/grid/gridActions";
import { gridFromWorkbook } from "../../../src/preview/grid/memoryGridFeed";
import { installMemoryOffice } from "../../../src/preview/memory/install";
import { MemoryWorkbook } from "../../../src/preview/memory/model/workbook";

function pipeline(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: "2026-11-25" });
  workbook.addSheet("Pipeline", [
    ["Q4 pipeline"],
    [],
    ["Company", "Next step", "Date"],
    ["Globex", "Quote", 46360],
    ["Acme", "Call", 46350],
    ["Initech", "", ""],
    ["Hooli", "Demo", 46355],
  ]);
  workbook.setFormat("Pipeline", "C4:C7", { numberFormat: "m/d/yyyy" });
  return workbook;
}

describe("clipboard blocks as Excel copies them", () => {
  test("tabs and CRLF rows; quoted cells keep their line breaks, tabs and quotes", () => {
    expect(parseClipboardBlock("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseClipboardBlock('"Call Ann\nthen Bob"\t"say ""hi"""\r\n')).toEqual([["Call Ann\nthen Bob", 'say "hi"']]);
    expect(parseClipboardBlock("one")).toEqual([["one"]]);
    expect(parseClipboardBlock("a\tb\nc\n")).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
  });
});

describe("editing through the user-action path", () => {
  test("typing stores like Excel and fires onChanged with details for one cell", async () => {
    const workbook = pipeline();
    const { Excel, uninstall } = installMemoryOffice(workbook);
    const events: Array<{ address: string; details?: unknown }> = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Pipeline").onChanged.add(async (args) => {
        const e = args as { address: string; details?: unknown };
        events.push({ address: e.address, details: e.details });
      });
      await context.sync();
    });
    const actions = memoryGridActions(workbook);
    actions.select("C6");
    expect(actions.selection()).toBe("C6");
    actions.edit("C6", "12/3/2026");
    actions.edit("B6", "12");
    await workbook.flushEvents();
    expect(workbook.snapshot("Pipeline", "B6:C6").values).toEqual([[12, 46359]]);
    expect(events.map((e) => e.address)).toEqual(["C6", "B6"]);
    expect(events[0].details).toMatchObject({ valueBefore: "", valueAfter: 46359 });
    uninstall();
  });

  test("Delete clears the selection; a paste writes the block from the selected cell", () => {
    const workbook = pipeline();
    const actions = memoryGridActions(workbook);
    actions.clear("B4:B5");
    expect(workbook.snapshot("Pipeline", "B4:B5").values).toEqual([[""], [""]]);
    actions.paste("B6", [
      ["Call", "11/30/2026"],
      ["Ship", ""],
    ]);
    expect(workbook.snapshot("Pipeline", "B6:C7").values).toEqual([
      ["Call", 46356],
      ["Ship", ""],
    ]);
  });

  test("a formula Excel would refuse is a message, and the cell keeps its value", () => {
    const workbook = pipeline();
    const actions = memoryGridActions(workbook);
    expect(() => actions.edit("B4", "=SUM(")).toThrow(GridInputError);
    expect(workbook.snapshot("Pipeline", "B4").values).toEqual([["Quote"]]);
  });

  test("sorting by a column sorts the list under its header (title row left alone), blanks last", () => {
    const workbook = pipeline();
    const actions = memoryGridActions(workbook);
    expect(actions.sortBy(2, true)).toBe(true);
    expect(workbook.snapshot("Pipeline", "A1:A7").values.flat()).toEqual([
      "Q4 pipeline",
      "",
      "Company",
      "Acme",
      "Hooli",
      "Globex",
      "Initech",
    ]);
    actions.sortBy(0, false);
    expect(workbook.snapshot("Pipeline", "A4:A7").values.flat()).toEqual(["Initech", "Hooli", "Globex", "Acme"]);
  });

  test("a table is sorted within its own range", () => {
    const workbook = pipeline();
    workbook.setCells("Pipeline", "E3:E7", [["Extra"], ["z"], ["y"], ["x"], ["w"]]);
    workbook.addTable("Pipeline", "A3:C7", "Deals");
    memoryGridActions(workbook).sortBy(1, true);
    expect(workbook.snapshot("Pipeline", "B4:B7").values.flat()).toEqual(["Call", "Demo", "Quote", ""]);
    expect(workbook.snapshot("Pipeline", "E4:E7").values.flat()).toEqual(["z", "y", "x", "w"]);
  });

  test("the grid shows visible sheets for the picker and what the editor starts with", () => {
    const workbook = pipeline();
    workbook.addSheet("Hidden").visibility = "Hidden";
    workbook.addSheet("Contacts");
    memoryGridActions(workbook).activateSheet("Contacts");
    expect(workbook.activeSheet().name).toBe("Contacts");
    workbook.userActivate("Pipeline");
    const model = gridFromWorkbook(workbook);
    expect(model.sheets).toEqual(["Pipeline", "Contacts"]);
    const cell = model.rows[3].cells[2];
    expect([cell.text, cell.input]).toEqual(["12/4/2026", "12/4/2026"]);
  });
});
