import { analyzeSheet, isoToSerial } from "../../src/core";
import * as orderHints from "../../src/core/dateOrderHint";
import { createWorkbookPort, ExcelAdapterError, type WorkbookPort } from "../../src/excel";
import { demoWorkbook } from "../../src/preview/demo/demoWorkbook";
import { MemoryWorkbook } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { memoryStores } from "./memoryStores";
import { NOT_WATCHING_NOTICE, PaneStore } from "../../src/taskpane/state/paneStore";
import { paneView } from "../../src/taskpane/state/paneView";
import { loadReminders } from "../../src/taskpane/state/loadReminders";
import type { ReportView } from "../../src/taskpane/state/paneView";
import type { RemindersStage } from "../../src/taskpane/state/model";
import type { FollowUpLine } from "../../src/taskpane/state/remindersFlow";

const TODAY = "2026-12-01";
const clock = fixedClock(`${TODAY}T08:30`);
const { storeOn, install, uninstall } = memoryStores(clock);

function report(store: PaneStore): ReportView {
  const screen = paneView(store.get(), TODAY).screen;
  if (screen.kind !== "report") throw new Error(`expected the report screen, got ${screen.kind}`);
  return screen;
}

/** The reminders dialog's preview stage (fails the test on any other stage). */
function previewOf(store: PaneStore): Extract<RemindersStage, { kind: "preview" }> {
  const stage = store.get().reminders;
  if (stage.kind !== "preview") throw new Error(`expected the reminders preview, got ${stage.kind}`);
  return stage;
}

/** A store on the standard demo sheet with the reminders dialog open. */
async function remindersOpen(workbook = demoWorkbook(TODAY, "standard")): Promise<PaneStore> {
  const store = storeOn(workbook);
  await store.start();
  await store.reminders.open();
  return store;
}

describe("the pane's store on the in-memory Excel (what the rep sees)", () => {
  test("first run reads the demo sheet and shows the core's counts, today's calls first", async () => {
    const store = storeOn(demoWorkbook(TODAY, "standard"));
    expect(paneView(store.get(), TODAY).screen.kind).toBe("starting");
    await store.start();
    const view = report(store);
    const counts = Object.fromEntries(view.summary.badges.map((b) => [b.filter, b.count]));
    expect(counts).toEqual({ overdue: 9, dueToday: 5, dueSoon: 8, missingNextStep: 3, badDate: 5, active: 38 });
    // "Today" first: today's earliest call, then (after today's calls) the most overdue.
    expect(view.sections[0]).toMatchObject({ group: "today", label: "Today" });
    expect(view.sections[0].items[0]).toMatchObject({ prospect: "Litware Inc.", when: "today 10:00", row: 10 });
    expect(view.sections[0].items[5]).toMatchObject({ prospect: "Northwind Traders", when: "12 days overdue", row: 4 });
    expect(view.convertLabel).toBe("Convert 4 text dates to real dates");
    await store.dispose();
  });

  test("a host that refuses every change event still shows the report, and says to click Refresh after editing", async () => {
    const store = storeOn(demoWorkbook(TODAY, "standard"), (port) => ({
      ...port,
      watch: () => Promise.reject(new ExcelAdapterError("failed", "Excel could not watch the sheet for changes.")),
    }));
    await store.start();
    expect(report(store).summary.badges.find((b) => b.filter === "overdue")?.count).toBe(9);
    expect(store.get().notice).toEqual({ intent: "info", text: NOT_WATCHING_NOTICE });
    await store.refresh();
    expect(store.get().notice?.text).toBe(NOT_WATCHING_NOTICE);
    await store.dispose();
  });

  test("the first read does not wait for Office to confirm the settings handler (a host may never answer)", async () => {
    let confirmed = false;
    const store = storeOn(demoWorkbook(TODAY, "standard"), (port) => ({
      ...port,
      // addHandlerAsync's callback never comes: the watch stays pending.
      watchWorkbookSettings: () => new Promise<() => void>(() => undefined),
    }));
    void store.start().then(() => (confirmed = true));
    // The read goes through the in-memory Excel's promises alone: a few turns of the event loop are enough.
    for (let turn = 0; turn < 20 && paneView(store.get(), TODAY).screen.kind === "starting"; turn++)
      await new Promise((resolve) => setTimeout(resolve, 0));
    expect(report(store).summary.badges.find((b) => b.filter === "overdue")?.count).toBe(9);
    expect(confirmed).toBe(false);
  });

  test("clicking an item selects that row's cell in Excel", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    await store.selectRow(7);
    expect(workbook.selectedAddress()).toMatch(/^Pipeline!\$?[A-Z]+\$?7(:\$?[A-Z]+\$?7)?$/);
    await store.dispose();
  });

  test("highlight on paints the overdue rows red; off removes exactly NextStep's rules", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    await store.toggleHighlight();
    const fills = workbook.highlightedCells("Pipeline");
    expect(fills.A4).toBe("#FFC7CE"); // Northwind, 12 days overdue
    expect(fills.A10).toBe("#FFE0B2"); // Litware, today 10:00
    expect(fills.A40).toBeUndefined(); // Wide Open Spaces: won
    await store.toggleHighlight();
    expect(workbook.highlightedCells("Pipeline")).toEqual({});
    await store.dispose();
  });

  test("unusual headers: setup first; the rep's mapping brings the counts and is saved with the file", async () => {
    const workbook = demoWorkbook(TODAY, "unusual");
    const store = storeOn(workbook);
    await store.start();
    const setup = paneView(store.get(), TODAY).screen;
    expect(setup.kind).toBe("setup");
    await store.saveMapping({ prospect: 0, nextStep: 5, date: 6 });
    expect(report(store).summary.badges[0]).toMatchObject({ filter: "overdue", count: 9 });
    expect(JSON.stringify(workbook.savedSettings)).toContain('"date":6');
    await store.dispose();
  });

  test("a date column mapped where the read loaded no formats is re-read: a currency amount there is no date", async () => {
    const workbook = new MemoryWorkbook({ today: TODAY });
    workbook.addSheet("Pipeline", [
      ["Company", "Next step", "Due", "Ring on"],
      ["Acme", "Call Dana", "", isoToSerial("2026-11-28", false)],
      ["Birch", "Send the deck", "", 46400],
    ]);
    workbook.setFormat("Pipeline", "D2", { numberFormat: "m/d/yyyy" });
    workbook.setFormat("Pipeline", "D3", { numberFormat: "$#,##0" }); // a number in the ±10-year window, not a date
    const store = storeOn(workbook);
    await store.start();
    expect(store.get().snapshot?.input.numberFormat?.[2]?.[3]).toBeUndefined();
    await store.saveMapping({ prospect: 0, nextStep: 1, date: 3 });
    const rows = store.get().report?.rows.map((row) => [row.prospect, row.state, row.problems]);
    expect(rows).toEqual([
      ["Acme", "overdue", []],
      ["Birch", "incomplete", ["invalidDate"]],
    ]);
    await store.dispose();
  });

  test("text dates convert to real dates and the undo puts the text back", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    await store.applyConversion();
    expect(report(store).convertLabel).toBeNull();
    expect(store.get().notice).toMatchObject({ intent: "success", offerUndo: true });
    expect(typeof workbook.snapshot("Pipeline", "G20").values[0][0]).toBe("number");
    await store.undoConversion();
    expect(workbook.snapshot("Pipeline", "G20").values[0][0]).toBe("12/11/2026");
    expect(report(store).convertLabel).toBe("Convert 4 text dates to real dates");
    await store.dispose();
  });

  test("Undo conversion stays on offer after Refresh and a dismissed notice, and restores exactly after a sort", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    const rowsAsText = () =>
      workbook
        .snapshot("Pipeline")
        .values.map((row, r) => JSON.stringify([row, workbook.snapshot("Pipeline").numberFormat[r]]))
        .sort();
    const before = rowsAsText();
    await store.applyConversion();
    store.dismissNotice();
    await store.refresh();
    expect(report(store).canUndo).toBe(true);
    const { source } = store.get().snapshot as NonNullable<ReturnType<PaneStore["get"]>["snapshot"]>;
    const headerRow = (store.get().report as NonNullable<ReturnType<PaneStore["get"]>["report"]>).header.row;
    const body = `A${headerRow + 1}:${source.address.split(":")[1]}`;
    workbook.userSort("Pipeline", body, [{ key: 0, ascending: false }]);
    await workbook.flushEvents();
    await store.undoConversion();
    expect(rowsAsText()).toEqual(before);
    expect(report(store).canUndo).toBe(false);
    await store.dispose();
  });

  test("after a sort, choosing a row goes to that prospect's new row, never to whoever moved into the old one", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    const before = store.get().report as NonNullable<ReturnType<PaneStore["get"]>["report"]>;
    const target = before.rows[1];
    const { source } = store.get().snapshot as NonNullable<ReturnType<PaneStore["get"]>["snapshot"]>;
    const body = `A${before.header.row + 1}:${source.address.split(":")[1]}`;
    workbook.userSort("Pipeline", body, [{ key: 0, ascending: false }]);
    await workbook.flushEvents(); // the watcher marks the snapshot stale at once (its re-read is still debounced)
    await store.selectRow(target.row);
    const after = store.get().report as NonNullable<ReturnType<PaneStore["get"]>["report"]>;
    const moved = after.rows.find((r) => r.key === target.key);
    expect(moved?.row).not.toBe(target.row);
    expect(workbook.selection?.rect.row).toBe((moved?.row ?? 0) - 1);
    await store.dispose();
  });

  test("choosing a row the rep's filter hides selects it and says why it is not in view (not an error)", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    const target = (store.get().report as NonNullable<ReturnType<PaneStore["get"]>["report"]>).rows[2];
    workbook.hideRows("Pipeline", target.row);
    await store.selectRow(target.row);
    expect(workbook.selection?.rect.row).toBe(target.row - 1);
    expect(store.get().notice).toEqual({
      intent: "info",
      text: `Row ${target.row} is hidden by a filter or by Hide. It is selected: clear the filter (Data > Clear) or unhide the rows to see it.`,
    });
    await store.dispose();
  });

  test("an empty sheet gets its own screen, and a header with no rows says so", async () => {
    const empty = new MemoryWorkbook({ today: TODAY });
    empty.addSheet("Sheet1");
    const store = storeOn(empty);
    await store.start();
    expect(paneView(store.get(), TODAY).screen.kind).toBe("empty");
    uninstall();
    const headerOnly = new MemoryWorkbook({ today: TODAY });
    headerOnly.addSheet("Sheet1", [["Company", "Next step", "Date"]]);
    const store2 = storeOn(headerOnly);
    await store2.start();
    expect(paneView(store2.get(), TODAY).screen.kind).toBe("noProspects");
  });

  test("an edit in the sheet re-analyses the list (watch)", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    const before = store.get().analyses;
    workbook.userEdit("Pipeline", "G4", [["12/25/2026"]]);
    await workbook.flushEvents();
    await new Promise((r) => setTimeout(r, 600)); // the watch debounces edits (400 ms)
    await workbook.flushEvents();
    expect(store.get().analyses).toBeGreaterThan(before);
    expect(report(store).summary.badges[0].count).toBe(8);
    await store.dispose();
  });

  test("a sheet without a next-step column asks for it, and adding one in the sheet is enough (no Refresh)", async () => {
    const workbook = new MemoryWorkbook({ today: TODAY });
    workbook.addSheet("Contacts", [
      ["Company name", "Associated Contact", "Next activity date", ""],
      ["Contoso", "Ana Trujillo", "2026-12-03", ""],
      ["Fabrikam", "Mark Webb", "2026-11-28", ""],
    ]);
    const store = storeOn(workbook);
    await store.start();
    const setup = paneView(store.get(), TODAY).screen;
    expect(setup.kind).toBe("setup");
    expect(store.get().report?.header.missing).toEqual(["nextStep"]);
    workbook.userEdit("Contacts", "D1:D3", [["Next step"], ["Send the quote"], ["Call back"]]);
    await workbook.flushEvents();
    await new Promise((r) => setTimeout(r, 600)); // the watch debounces edits (400 ms)
    await workbook.flushEvents();
    expect(report(store).summary.badges.find((b) => b.filter === "overdue")?.count).toBe(1);
    await store.dispose();
  });

  test("after an edit the re-read keeps the time and last-contact columns' formats, not only the date's", async () => {
    const workbook = new MemoryWorkbook({ today: TODAY });
    const serial = (iso: string) => isoToSerial(iso, false) as number;
    workbook.addSheet("Pipeline", [
      ["Company", "Next step", "Due", "Time", "Last contact"],
      ["Acme", "Call Dana", serial("2026-12-03"), 0.4375, serial("2026-11-20")],
      ["Birch", "Send the deck", serial("2026-12-04"), 0.5, serial("2026-11-21")],
    ]);
    workbook.setFormat("Pipeline", "C2:C3", { numberFormat: "m/d/yyyy" });
    workbook.setFormat("Pipeline", "D2:D3", { numberFormat: "h:mm AM/PM" });
    workbook.setFormat("Pipeline", "E2:E3", { numberFormat: "d-mmm" });
    const store = storeOn(workbook);
    await store.start();
    const formatsOf = () => store.get().snapshot?.input.numberFormat?.[1]?.slice(2, 5);
    expect(formatsOf()).toEqual(["m/d/yyyy", "h:mm AM/PM", "d-mmm"]);
    workbook.userEdit("Pipeline", "B2", [["Call Dana about the pilot"]]);
    await workbook.flushEvents();
    await new Promise((r) => setTimeout(r, 600)); // the watch debounces edits (400 ms)
    await workbook.flushEvents();
    expect(store.get().snapshot?.input.values[1][1]).toBe("Call Dana about the pilot");
    expect(formatsOf()).toEqual(["m/d/yyyy", "h:mm AM/PM", "d-mmm"]);
    await store.dispose();
  });

  test("settings change the analysis: a longer due-soon window counts more prospects", async () => {
    const store = storeOn(demoWorkbook(TODAY, "standard"));
    await store.start();
    await store.savePreferences({ ...store.get().prefs, dueSoonDays: 14 });
    expect(report(store).summary.badges.find((b) => b.filter === "dueSoon")?.count).toBeGreaterThan(8);
    await store.dispose();
  });

  test("'Create reminders' without a client id previews the .ics path with counts and reasons", async () => {
    const store = storeOn(demoWorkbook(TODAY, "standard"));
    await store.start();
    await store.reminders.open();
    const stage = store.get().reminders;
    expect(stage.kind).toBe("preview");
    if (stage.kind !== "preview") return;
    expect(stage.availability).toMatchObject({ graph: false });
    expect(stage.preview.mode).toBe("offline");
    const { counts, lines } = stage.preview;
    expect(counts.create).toBeGreaterThan(10);
    expect(lines.some((l) => l.prospect === "City Power & Light" && l.action === "skipped")).toBe(true);
    expect(counts.create + counts.skipped).toBe(lines.length); // one count that adds up
    expect(lines.some((l) => l.dayBefore)).toBe(false);
    await store.dispose();
  });

  test("'Remind me today' for an overdue prospect adds it at the next half hour; 'for all' adds every one", async () => {
    const store = await remindersOpen();
    const before = previewOf(store);
    const northwind = before.preview.overdueRows.find((o) => o.prospect === "Northwind Traders");
    expect(northwind).toMatchObject({ row: 4, at: "today 09:00", chosen: false }); // the clock says 08:30
    expect(before.preview.overdueRows).toHaveLength(9);
    await store.reminders.toggleRemindToday(northwind!.key);
    const one = previewOf(store);
    expect(one.replanning).toBe(false);
    expect(one.preview.counts.create).toBe(before.preview.counts.create + 1);
    expect(one.preview.lines).toHaveLength(before.preview.lines.length);
    expect(one.preview.overdueRows.find((o) => o.key === northwind!.key)?.chosen).toBe(true);
    expect(one.preview.lines[0]).toMatchObject({
      prospect: "Northwind Traders",
      when: "today 09:00",
      action: "create",
    });
    await store.reminders.setRemindTodayAll(true);
    expect(previewOf(store).preview.counts.create).toBe(before.preview.counts.create + 9);
    expect(previewOf(store).preview.overdueRows.every((o) => o.chosen)).toBe(true);
    await store.reminders.setRemindTodayAll(false);
    expect(previewOf(store).preview.counts.create).toBe(before.preview.counts.create);
    await store.dispose();
  });

  test("the day-before setting adds a second reminder per future follow-up, and the preview says so", async () => {
    const store = await remindersOpen();
    const off = previewOf(store);
    await store.savePreferences({ ...store.get().prefs, remindDayBefore: true });
    await store.reminders.open();
    const on = previewOf(store);
    // Still one line per prospect: the day-before reminder is a property of its follow-up, not a count of its own.
    expect(on.preview.counts).toEqual(off.preview.counts);
    expect(on.preview.lines).toHaveLength(off.preview.lines.length);
    const dayBefore = on.preview.lines.filter((l) => l.dayBefore);
    expect(dayBefore.length).toBeGreaterThan(5);
    expect(dayBefore.every((l) => l.dayBefore?.endsWith("17:00"))).toBe(true);
    await store.dispose();
  });

  test("'Open in Outlook' on a follow-up hands Office a prefilled Outlook on the web link", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = await remindersOpen(workbook);
    const item = previewOf(store).preview.lines.find((l) => l.openId) as FollowUpLine;
    store.reminders.openInOutlook(item.openId as string);
    expect(workbook.openedUrls).toHaveLength(1);
    const url = new URL(workbook.openedUrls[0]);
    expect(url.origin).toBe("https://outlook.office.com");
    expect(url.searchParams.get("subject")).toContain(`Follow up: ${item.prospect}`);
    expect(previewOf(store).openProblem).toBeUndefined();
    await store.dispose();
  });

  test("the attention list's 'Open in Outlook' opens an overdue prospect at today's next half hour", async () => {
    const workbook = demoWorkbook(TODAY, "standard");
    const store = storeOn(workbook);
    await store.start();
    const northwind = store.get().report!.rows.find((r) => r.prospect === "Northwind Traders")!;
    await store.reminders.openRowInOutlook(northwind.key);
    expect(workbook.openedUrls).toHaveLength(1);
    const url = new URL(workbook.openedUrls[0]);
    expect(url.searchParams.get("subject")).toMatch(/^Follow up: Northwind Traders — /);
    expect(url.searchParams.get("startdt")).toBe(new Date(`${TODAY}T09:00`).toISOString().slice(0, 19) + "Z");
    expect(store.get().notice).toBeUndefined();
    expect(store.get().panel).toBe("none"); // no dialog in the way
    await store.dispose();
  });

  test("errors a rep can hit are sentences: a busy Excel shows what to do; a failed highlight is only a notice", async () => {
    install(demoWorkbook(TODAY, "standard"));
    const real = createWorkbookPort();
    const busy = new ExcelAdapterError(
      "busy",
      "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    );
    const failing: WorkbookPort = { ...real, read: () => Promise.reject(busy) };
    const store = new PaneStore({
      workbook: failing,
      clock,
      analyze: analyzeSheet,
      loadReminders: () => loadReminders(),
    });
    await store.start();
    expect(paneView(store.get(), TODAY).screen).toEqual({
      kind: "error",
      title: "Excel is busy",
      message: busy.userMessage,
    });

    const noHighlights: WorkbookPort = {
      ...real,
      highlight: () => Promise.reject(new ExcelAdapterError("failed", "Excel could not highlight your prospects.")),
    };
    const store2 = new PaneStore({
      workbook: noHighlights,
      clock,
      analyze: analyzeSheet,
      loadReminders: () => loadReminders(),
    });
    await real.saveWorkbookSettings({ highlightOn: true });
    await store2.start();
    expect(paneView(store2.get(), TODAY).screen.kind).toBe("report");
    expect(store2.get().notice).toEqual({ intent: "error", text: "Excel could not highlight your prospects." });
    await store2.dispose();
  });
});

describe("a sheet written day-first, read month-first", () => {
  /** One sheet of prospects with these follow-up dates, in this order. */
  function datedSheet(dates: string[]): MemoryWorkbook {
    const workbook = new MemoryWorkbook({ today: TODAY });
    const rows = dates.map((date, i) => [["Acme", "Globex", "Initech", "Umbrella"][i], "Call", date]);
    workbook.addSheet("Sheet1", [["Company", "Next step", "Follow-up date"], ...rows]);
    return workbook;
  }

  test("the pane offers to read it day-first once, and accepting fixes the dates", async () => {
    const workbook = datedSheet(["30/11/2026", "15/12/2026", "1/12/2026"]);
    const store = storeOn(workbook);
    await store.start();
    expect(store.get().prefs.dateOrder).toBe("MDY");
    expect(store.get().report?.counts.invalidDate).toBe(2);
    expect(store.get().notice).toEqual({
      intent: "info",
      text: "This sheet's dates look day-first (like 30/11/2026 or 01.12.2026). Read its dates day-first?",
      offerDateOrder: "DMY",
    });
    // Converting now would write 1/12/2026 as 12 January: it waits for the rep's answer.
    expect(store.get().fixes).toEqual([]);
    // Reminders wait too: they would be scheduled in the wrong month. One sentence says why.
    expect(paneView(store.get(), TODAY).remindersBlocked).toMatch(/^Answer the date question below first/);
    await store.reminders.open();
    expect(store.get().reminders.kind).toBe("closed");
    await store.refresh(); // passing news does not replace the open question
    expect(store.get().notice?.offerDateOrder).toBe("DMY");
    await store.useDateOrder("DMY");
    expect(store.get().notice?.text).toBe("Dates are now read day-first.");
    expect(paneView(store.get(), TODAY).remindersBlocked).toBeNull();
    expect(store.get().prefs.dateOrder).toBe("DMY");
    expect(store.get().report?.counts.invalidDate).toBe(0);
    expect(store.get().report?.rows.map((r) => r.due)).toEqual(["2026-11-30", "2026-12-15", "2026-12-01"]);
    await store.dispose();
  });

  test("dismissing the offer keeps the rep's order and brings back the conversion, in that order", async () => {
    const workbook = datedSheet(["30/11/2026", "1/12/2026"]);
    const store = storeOn(workbook);
    await store.start();
    expect(store.get().notice?.offerDateOrder).toBe("DMY");
    expect(store.get().fixes).toEqual([]);
    store.dismissNotice();
    expect(store.get().prefs.dateOrder).toBe("MDY");
    expect(store.get().fixes.map((f) => [f.row, f.newIso])).toEqual([[3, "2026-01-12"]]);
    await store.refresh();
    expect(store.get().notice?.offerDateOrder).toBeUndefined();
    await store.dispose();
  });

  test("the hint is worked out again only when the failing dates change, not on every edit", async () => {
    const workbook = datedSheet(["13/45/2026", "12/1/2026"]);
    const store = storeOn(workbook);
    await store.start();
    const hint = jest.spyOn(orderHints, "dateOrderHint");
    const edit = async (address: string, value: string) => {
      workbook.userEdit("Sheet1", address, [[value]]);
      await workbook.flushEvents();
      await new Promise((r) => setTimeout(r, 600)); // the watch debounces edits
      await workbook.flushEvents();
    };
    await edit("B3", "Demo with IT");
    expect(hint).not.toHaveBeenCalled();
    await edit("C2", "31/11/2026"); // still one failing date, but another one: worked out again
    expect(hint).toHaveBeenCalledTimes(1);
    expect(store.get().notice?.offerDateOrder).toBeUndefined(); // 31 November is no date in any order
    await edit("C2", "30/11/2026");
    expect(hint).toHaveBeenCalledTimes(2);
    expect(store.get().notice?.offerDateOrder).toBe("DMY"); // 30/11 reads day-first; 13/45 in no order
    hint.mockRestore();
    await store.dispose();
  });

  test("an error that replaces the offer puts it back for the next analysis; conversion never stays blocked", async () => {
    const failHighlights = (port: WorkbookPort): WorkbookPort => ({
      ...port,
      highlight: () => Promise.reject(new ExcelAdapterError("failed", "Could not update the highlights.")),
    });
    const store = storeOn(datedSheet(["30/11/2026", "1/12/2026"]), failHighlights);
    await store.start();
    expect(store.get().notice?.offerDateOrder).toBe("DMY");
    await store.toggleHighlight();
    expect(store.get().notice?.intent).toBe("error");
    expect(store.get().dateOrderOffer).toBeUndefined();
    await store.refresh();
    expect(store.get().notice?.offerDateOrder).toBe("DMY");
    await store.dispose();
  });

  test("a sheet that reads fine gets no such offer", async () => {
    const store = storeOn(demoWorkbook(TODAY, "standard"));
    await store.start();
    expect(store.get().notice?.offerDateOrder).toBeUndefined();
    await store.dispose();
  });
});

describe("a sheet from the field: group headings, a 'Name' beside 'Company', times as reps write them", () => {
  test("the report, the highlights and the reminders all start under the real header", async () => {
    const workbook = new MemoryWorkbook({ today: TODAY });
    workbook.addSheet("Leads", [
      ["Prospect", "", "Contact info", "", "Follow-up", "", ""],
      ["Company", "Name", "Email", "Phone", "Next step", "Next step date", "Time"],
      ["Acme", "Dana Lee", "dana@acme.example", "555 0100", "Call about pricing", 46354, "10-11am"],
      ["Globex", "Hank Sco", "hank@globex.example", "", "Send contract", 46357, "9h30"],
      ["Initech", "Bill L.", "", "", "maybe", 46359, "morning"],
    ]);
    workbook.setFormat("Leads", "F3:F5", { numberFormat: "m/d/yyyy" }); // typed dates take a date format
    const store = storeOn(workbook);
    await store.start();
    const r = store.get().report;
    expect(r?.header).toMatchObject({ row: 2, missing: [] });
    expect(r?.header.columns).toMatchObject({ prospect: 0, contact: 1, time: 6 });
    expect(r?.rows.map((row) => [row.row, row.prospect, row.state, row.due])).toEqual([
      [3, "Acme", "overdue", "2026-11-28T10:00"],
      [4, "Globex", "dueToday", "2026-12-01T09:30"],
      [5, "Initech", "dueSoon", "2026-12-03"],
    ]);
    await store.toggleHighlight();
    expect(workbook.highlightedRows("Leads", "#FFC7CE")).toEqual([3]);
    await store.reminders.open();
    const stage = previewOf(store);
    const followUps = stage.preview.lines.map((l) => [l.prospect, l.when, l.why]);
    expect(followUps).toContainEqual([
      "Initech",
      expect.stringContaining("09:00"),
      'goes in the calendar file · time "morning" not read, 09:00 used',
    ]);
    await store.dispose();
  });
});

describe("a sheet stretched by a stray cell far away", () => {
  test("the list is checked as usual, and a note says where the sheet really ends and what to do", async () => {
    const store = storeOn(demoWorkbook(TODAY, "strayCell"));
    await store.start();
    expect(report(store).summary.badges.find((b) => b.filter === "overdue")?.count).toBe(9);
    expect(store.get().notice?.text).toBe(
      "NextStep read your list (A1:J45) but not the rest of the sheet, which runs to row 200,000, column AZ: " +
        "probably a stray cell far below or to the right. Delete it, or make your list a table (Insert > Table), " +
        "and this note goes.",
    );
    await store.dispose();
  });
});
