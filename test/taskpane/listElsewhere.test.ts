import { isoToSerial } from "../../src/core";
import { createWorkbookPort } from "../../src/excel";
import { MemoryWorkbook } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { memoryStores } from "./memoryStores";
import { PaneStore } from "../../src/taskpane/state/paneStore";
import { paneView } from "../../src/taskpane/state/paneView";

// Workbooks that open on a sheet without the list: a template's instructions sheet, a blank "Sheet1" in front.
const TODAY = "2026-12-04";
const clock = fixedClock(`${TODAY}T09:00`);
const { storeOn, install, uninstall } = memoryStores(clock);
const day = (iso: string) => isoToSerial(iso, false);

const PIPELINE = [
  ["Q4 Sales Pipeline — Dana Ruiz"],
  [],
  ["Company", "Contact Person", "Email Address", "Next Action", "Next Action Date", "Deal Stage"],
  ["Acme Corp", "Jane Doe", "jane@acme.example", "Call re pricing", day("2026-12-01"), "Proposal"],
  ["Globex", "Hank Scorpio", "hank@globex.example", "Send contract", day("2026-12-04"), "Negotiation"],
  ["Umbrella", "Alice", "alice@umbrella.example", "", "", "Closed Won"],
];

function pipelineSheet(workbook: MemoryWorkbook, name: string): void {
  workbook.addSheet(name, PIPELINE);
  workbook.setFormat(name, "E4:E6", { numberFormat: "d-mmm-yyyy" });
}

function screenOf(store: PaneStore) {
  return paneView(store.get(), TODAY).screen;
}

describe("a workbook that opens on a sheet without the prospect list", () => {
  test("an instructions sheet in front: the list on the next sheet is read, and the pane says so", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Instructions", [["How to use this tracker"], ["Fill one row per lead."]]);
    pipelineSheet(workbook, "Pipeline 2026");
    const store = storeOn(workbook);
    await store.start();
    expect(screenOf(store).kind).toBe("report");
    expect(store.get().snapshot?.source.sheetName).toBe("Pipeline 2026");
    expect(store.get().report?.header.columns).toMatchObject({ prospect: 0, nextStep: 3, date: 4 });
    expect(store.get().notice?.text).toBe(
      "“Instructions” holds no prospect list, so NextStep reads the list on “Pipeline 2026”.",
    );
    await store.dispose();
  });

  test("a blank first sheet: the list elsewhere is read, and the notice says the sheet was empty", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Sheet1");
    pipelineSheet(workbook, "Leads");
    const store = storeOn(workbook);
    await store.start();
    expect(store.get().snapshot?.source.sheetName).toBe("Leads");
    expect(store.get().notice?.text).toMatch(/^The sheet you are on is empty, so NextStep reads the list on “Leads”/);
    await store.dispose();
  });

  test("the first list in tab order wins; hidden sheets (a template's lookup lists) are never read", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Dashboard", [["Deals won", 12]]);
    pipelineSheet(workbook, "Hidden copy");
    workbook.sheets[1].visibility = "Hidden";
    pipelineSheet(workbook, "Pipeline");
    pipelineSheet(workbook, "Pipeline (old)");
    const store = storeOn(workbook);
    await store.start();
    expect(store.get().snapshot?.source.sheetName).toBe("Pipeline");
    await store.dispose();
  });

  test("a sheet whose columns the rep chose is never looked past", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Mine", [
      ["Who", "What", "When"],
      ["Acme", "Call", day("2026-12-04")],
    ]);
    pipelineSheet(workbook, "Pipeline");
    const first = storeOn(workbook);
    await first.start();
    expect(first.get().snapshot?.source.sheetName).toBe("Pipeline"); // nothing chosen yet: the list elsewhere
    await first.dispose();
    uninstall();
    // The rep goes back to "Mine" and picks its columns in the setup screen.
    const store = storeOn(workbook);
    const port = createWorkbookPort();
    const mine = await port.read(workbook.sheets[0].id);
    await port.saveWorkbookSettings({
      columns: { prospect: 0, nextStep: 1, date: 2 },
      sourceKey: (await import("../../src/excel/port")).sourceKey(mine.source),
    });
    await store.start();
    expect(store.get().snapshot?.source.sheetName).toBe("Mine");
    expect(store.get().notice).toBeUndefined();
    await store.dispose();
  });

  test("a list short of one column is the rep's own: the pane asks for that column there, not elsewhere", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Contacts", [
      ["Company name", "Associated Contact", "Next activity date"],
      ["Contoso", "Ana Trujillo", "2026-12-03"],
    ]);
    pipelineSheet(workbook, "Pipeline");
    const store = storeOn(workbook);
    await store.start();
    expect(screenOf(store).kind).toBe("setup");
    expect(store.get().snapshot?.source.sheetName).toBe("Contacts");
    expect(store.get().report?.header.missing).toEqual(["nextStep"]);
    await store.dispose();
  });

  test("once the rep is on the list's sheet, the note about the other sheet goes", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Instructions", [["How to use this tracker"]]);
    pipelineSheet(workbook, "Pipeline");
    const store = storeOn(workbook);
    await store.start();
    expect(store.get().notice?.listElsewhere).toBe(true);
    workbook.userActivate("Pipeline");
    await workbook.flushEvents();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.get().snapshot?.source.sheetName).toBe("Pipeline");
    expect(store.get().notice).toBeUndefined();
    await store.dispose();
  });

  test("a sheet that holds a list is read as before: the other sheets are not even looked at", async () => {
    const workbook = new MemoryWorkbook();
    pipelineSheet(workbook, "Pipeline");
    workbook.addSheet("Instructions", [["How to use this tracker"]]);
    let glanced = 0;
    const store = storeOn(workbook, (port) => ({
      ...port,
      glanceAtOtherSheets: (except) => (glanced++, port.glanceAtOtherSheets(except)),
    }));
    await store.start();
    expect(store.get().snapshot?.source.sheetName).toBe("Pipeline");
    expect(glanced).toBe(0);
    await store.dispose();
  });

  test("no list anywhere, or Excel failing to show the other sheets: the setup screen for the rep's sheet, as before", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Notes", [
      ["Company", "Remarks"],
      ["Acme", "nice people"],
    ]);
    workbook.addSheet("More notes", [["Anything"]]);
    const store = storeOn(workbook);
    await store.start();
    expect(screenOf(store).kind).toBe("setup");
    expect(store.get().snapshot?.source.sheetName).toBe("Notes");
    await store.dispose();

    const withList = new MemoryWorkbook();
    withList.addSheet("Notes", [
      ["Company", "Remarks"],
      ["Acme", "nice people"],
    ]);
    pipelineSheet(withList, "Pipeline");
    const failing = storeOn(withList, (port) => ({
      ...port,
      glanceAtOtherSheets: () => Promise.reject(new Error("GeneralException")),
    }));
    await failing.start();
    expect(screenOf(failing).kind).toBe("setup");
    expect(failing.get().snapshot?.source.sheetName).toBe("Notes");
    await failing.dispose();
  });
});

describe("glanceAtOtherSheets (the adapter)", () => {
  test("each other visible sheet's top rows, in tab order, in two syncs", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Cover", [["Welcome"]]);
    pipelineSheet(workbook, "Pipeline");
    workbook.addSheet("Lists", [["Stages"], ["Proposal"]]);
    workbook.sheets[2].visibility = "VeryHidden";
    workbook.addSheet("Empty");
    install(workbook);
    workbook.counters.reset();
    const before = workbook.counters.syncs;
    const glances = await createWorkbookPort().glanceAtOtherSheets(workbook.sheets[0].id);
    expect(glances.map((g) => g.sheetName)).toEqual(["Pipeline", "Empty"]);
    expect(glances[0].values[2]).toEqual(PIPELINE[2]);
    expect(glances[1].values).toEqual([]);
    expect(workbook.counters.syncs - before).toBe(2);
  });
});
