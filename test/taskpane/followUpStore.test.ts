/**
 * The follow-up loop's store on the in-memory Excel, through the pane's own store: what the rep sees after Done…,
 * a bulk move scoped to their own rows, a refused stale write, the promise offer, the plan, and the Touches column.
 */
import { analyzeSheet, isoToSerial } from "../../src/core";
import { createWorkbookPort } from "../../src/excel";
import { createFollowUpPort } from "../../src/excel/followUpPort";
import { installMemoryOffice, MemoryWorkbook, snapshotSheet, type MemoryInstallation } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { FollowUpStore, type FollowUpDeps } from "../../src/taskpane/state/followUpStore";
import { followUpView } from "../../src/taskpane/state/followUpView";
import { loadReminders } from "../../src/taskpane/state/loadReminders";
import { PaneStore } from "../../src/taskpane/state/paneStore";

const TODAY = "2026-12-02"; // Wednesday
const clock = fixedClock(`${TODAY}T08:30`);
const serial = (iso: string) => isoToSerial(iso, false) as number;
let installed: MemoryInstallation | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Contact", "Phone", "Owner", "Next step", "Due", "Touches"],
    ["Acme", "Dana", "555-0100", "Sam", "Call about pricing", serial("2026-11-25"), 1],
    ["Birch", "Lee", "555-0101", "Priya", "Send proposal", serial("2026-11-30"), 0],
    ["Cobalt", "Ana", "555-0102", "Sam", "Demo Friday 2pm", "", 3],
    ["Delta", "Raj", "555-0103", "Sam", "Call Fri", serial("2026-12-08"), 4],
  ]);
  wb.setFormat("Prospects", "F2:F5", { numberFormat: "m/d/yyyy" });
  return wb;
}

async function stores(wb = workbook()) {
  installed = installMemoryOffice(wb);
  const pane = new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () => loadReminders(),
  });
  await pane.start();
  const saved = new Map<string, string>();
  const copied: string[] = [];
  const files: string[] = [];
  const deps: FollowUpDeps = {
    pane,
    port: createFollowUpPort(),
    clock,
    copyText: async (text) => {
      copied.push(text);
      return true;
    },
    displayLanguage: () => "en-US",
    storage: { get: (k) => saved.get(k) ?? null, set: (k, v) => void saved.set(k, v) },
    saveIcs: (ics) => void files.push(ics),
    openLink: () => undefined,
    timeZone: () => "Europe/Paris",
  };
  const followUp = new FollowUpStore(deps);
  const view = () =>
    followUpView(
      { snapshot: pane.get().snapshot, report: pane.get().report, dateOrder: "MDY", quietDays: 14, today: TODAY },
      followUp.get(),
    );
  return { pane, followUp, view, wb, copied, files, saved };
}

test("Done… refuses a placeholder, then writes the step, the day it promises, and one more touch", async () => {
  const { followUp, view, wb, copied } = await stores();
  followUp.openDone(2);
  followUp.editDone({ nextStep: "maybe" });
  await followUp.saveDone();
  expect(view()?.done?.error).toMatch(/placeholder/);
  followUp.editDone({ nextStep: "Call Monday 10am" });
  expect(view()?.done).toMatchObject({ date: "2026-12-07", time: "10:00" });
  await followUp.saveDone();
  const row = snapshotSheet(wb, "Prospects").values[1];
  // No time column and no date-times in the date column: the sheet keeps no times, so none is written.
  expect(row.slice(4, 7)).toEqual(["Call Monday 10am", serial("2026-12-07"), 2]);
  expect(view()?.done?.promise).toBe("I'll follow up with you on Monday, December 7 at 10:00.");
  await followUp.copyPromise(view()?.done?.promise as string);
  expect(copied).toEqual(["I'll follow up with you on Monday, December 7 at 10:00."]);
  expect(followUp.get().message?.text).toMatch(/^Copied: /);
});

test("bulk moves touch only the rep's own rows once they said which owner they are", async () => {
  const { followUp, view, wb, saved } = await stores();
  followUp.setMe("Sam");
  expect([...saved.values()]).toContain("Sam");
  followUp.previewMove("tomorrow");
  expect(view()?.move?.lines.map((l) => [l.prospect, l.from, l.to])).toEqual([["Acme", "11/25", "12/3"]]);
  await followUp.applyMove();
  const values = snapshotSheet(wb, "Prospects").values;
  expect(values[1][5]).toBe(serial("2026-12-03"));
  expect(values[2][5]).toBe(serial("2026-11-30")); // Priya's row stays
  followUp.setScope("everyone");
  expect(view()?.perOwner.map((o) => [o.owner, o.overdue])).toEqual([
    ["Priya", 1],
    ["Sam", 0],
  ]);
  await followUp.undo();
  expect(snapshotSheet(wb, "Prospects").values[1][5]).toBe(serial("2026-11-25"));
});

test("a selection: unticked rows stay put; the ticked ones move in one write, undone in one step", async () => {
  const { followUp, view, wb } = await stores();
  followUp.setScope("everyone");
  followUp.previewMove("tomorrow");
  expect(view()?.move?.title).toBe("Move 2 overdue follow-ups to tomorrow");
  followUp.toggleMoveRow("acme|dana|");
  expect(view()?.move?.lines.map((l) => [l.prospect, l.ticked])).toEqual([
    ["Acme", false],
    ["Birch", true],
  ]);
  expect(view()?.move?.title).toBe("Move 1 overdue follow-up to tomorrow");
  await followUp.applyMove();
  const values = snapshotSheet(wb, "Prospects").values;
  expect(values[1][5]).toBe(serial("2026-11-25")); // unticked: untouched
  expect(values[2][5]).toBe(serial("2026-12-03"));
  await followUp.undo();
  expect(snapshotSheet(wb, "Prospects").values[2][5]).toBe(serial("2026-11-30"));
  expect(snapshotSheet(wb, "Prospects").values[1][5]).toBe(serial("2026-11-25"));
});

test("a row edited after the pane read it is not written: the rep is told and the pane re-reads", async () => {
  const { followUp, wb, pane } = await stores();
  followUp.openDone(3);
  followUp.editDone({ nextStep: "Send revised proposal", date: "2026-12-09" });
  wb.userEdit("Prospects", "G3", [[5]]);
  const before = snapshotSheet(wb, "Prospects");
  await followUp.saveDone();
  expect(followUp.get().message).toMatchObject({ intent: "error", text: expect.stringMatching(/changed in Excel/) });
  expect(snapshotSheet(wb, "Prospects")).toEqual(before);
  expect(pane.get().snapshot?.input.values[2][6]).toBe(5); // re-read
});

test("an empty date with a promise in the step is offered; a contradiction is shown, never applied", async () => {
  const { followUp, view, wb } = await stores();
  expect(view()?.offers).toEqual([{ row: 4, key: "cobalt|ana|", prospect: "Cobalt", label: "Use Fri 4 Dec" }]);
  expect(view()?.conflicts).toEqual([{ row: 5, prospect: "Delta", message: "Next step says Fri, date says 12/8" }]);
  await followUp.usePromise("cobalt|ana|");
  expect(snapshotSheet(wb, "Prospects").values[3][5]).toBe(serial("2026-12-04"));
});

test("today's plan is one calendar event with the rep's calls; the quiet list needs no column it lacks", async () => {
  const { followUp, view, files } = await stores();
  expect(view()?.quiet.map((q) => q.prospect)).toEqual(["Acme", "Birch"]);
  followUp.addPlan("ics");
  expect(files).toHaveLength(1);
  expect(files[0].match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(files[0]).toContain("SUMMARY:Today's calls: 2");
  expect(files[0]).toContain("DTSTART;TZID=Europe/Paris:20261202T083000");
});

test("without a touches or last-contact column the pane explains, and adds one on request (undoable)", async () => {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Next step", "Due"],
    ["Acme", "Call", serial("2026-11-25")],
  ]);
  wb.setFormat("Prospects", "C2", { numberFormat: "m/d/yyyy" }); // a typed date takes a date format
  const { followUp, view } = await stores(wb);
  expect(view()?.quietHelp).toMatch(/Add a Touches column/);
  await followUp.addTouchesColumn();
  expect(snapshotSheet(wb, "Prospects").values[0][3]).toBe("Touches");
  expect(view()?.quietHelp).toBeUndefined();
  expect(view()?.quiet.map((q) => q.reason)).toEqual(["0 touches, next step overdue"]);
  await followUp.undo();
  expect(snapshotSheet(wb, "Prospects").values[0]).toEqual(["Company", "Next step", "Due"]);
});

test("the loop's settings are saved for the rep: quiet threshold and the plan's start of day", async () => {
  const { followUp, files, saved } = await stores();
  followUp.setDayStart("07:45");
  followUp.setDayStart("25:00"); // not a time: ignored
  followUp.setQuietDays(0); // not a threshold: ignored
  followUp.setQuietDays(30);
  expect(followUp.get()).toMatchObject({ dayStart: "07:45", quietDays: 30 });
  expect(saved.get("nextstep.followUp.quietDays")).toBe("30");
  followUp.addPlan("ics");
  expect(files[0]).toContain("DTSTART;TZID=Europe/Paris:20261202T074500");
});

test("Copy promise on a follow-up says its own day and time", async () => {
  const wb = workbook();
  wb.setCells("Prospects", "F2", [[serial("2026-12-08") + 10.5 / 24]]);
  wb.setFormat("Prospects", "F2", { numberFormat: "m/d/yyyy h:mm" });
  const { followUp, copied } = await stores(wb);
  await followUp.copyRowPromise("acme|dana|");
  expect(copied).toEqual(["I'll follow up with you on Tuesday, December 8 at 10:30."]);
});
