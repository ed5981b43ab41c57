/**
 * Team sheets in the main pane: "My prospects" filters the summary, the list and who went quiet; reminders only
 * ever plan the rep's own rows once they said which owner they are (whatever the view), on the in-memory Excel.
 */
import { analyzeSheet, isoToSerial } from "../../src/core";
import { createWorkbookPort } from "../../src/excel";
import { createFollowUpPort } from "../../src/excel/followUpPort";
import { installMemoryOffice, MemoryWorkbook, type MemoryInstallation } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { FollowUpStore } from "../../src/taskpane/state/followUpStore";
import { PaneStore } from "../../src/taskpane/state/paneStore";
import { paneView, type ReportView } from "../../src/taskpane/state/paneView";
import type { RemindersFlow, RemindersRequest } from "../../src/taskpane/state/remindersFlow";

const TODAY = "2026-12-02";
const serial = (iso: string) => isoToSerial(iso, false) as number;
let installed: MemoryInstallation | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

/** A reminders room that only records what it was asked to plan (the planning itself is tested elsewhere). */
function recordingFlow(asked: RemindersRequest[]): RemindersFlow {
  const refuse = (): never => {
    throw new Error("not part of this test");
  };
  return {
    availability: refuse,
    signIn: refuse,
    preview: async (request) => {
      asked.push(request);
      throw new Error("recorded");
    },
    run: refuse,
    retryFailed: refuse,
    downloadIcs: refuse,
    openFollowUp: refuse,
    openInOutlook: refuse,
    moveFollowUps: refuse,
    upsertPlan: refuse,
    account: () => undefined,
  };
}

async function team() {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Owner", "Next step", "Due", "Touches"],
    ["Acme", "Sam", "Call about pricing", serial("2026-11-25"), 4],
    ["Birch", "Priya", "Send proposal", serial("2026-11-30"), 4],
    ["Cobalt", "Priya", "", "", 0],
    ["Delta", "sam ", "Demo", serial("2026-12-03"), 1],
  ]);
  wb.setFormat("Prospects", "D2:D5", { numberFormat: "m/d/yyyy" }); // typed dates take a date format
  installed = installMemoryOffice(wb);
  const asked: RemindersRequest[] = [];
  const pane = new PaneStore({
    workbook: createWorkbookPort(),
    clock: fixedClock(`${TODAY}T08:30`),
    analyze: analyzeSheet,
    loadReminders: async () => recordingFlow(asked),
  });
  await pane.start();
  const view = (): ReportView => {
    const screen = paneView(pane.get(), TODAY).screen;
    if (screen.kind !== "report") throw new Error(`expected the report, got ${screen.kind}`);
    return screen;
  };
  const count = (filter: string) => view().summary.badges.find((b) => b.filter === filter)?.count;
  const listed = () => view().sections.flatMap((s) => s.items.map((i) => i.prospect));
  return { pane, view, count, listed, asked };
}

test("My prospects: the summary, the list and the quiet card count the rep's own rows; Everyone counts all", async () => {
  const { pane, count, listed } = await team();
  expect([count("overdue"), count("active"), count("quiet")]).toEqual([2, 4, 1]);
  expect(listed()).toEqual(["Acme", "Birch", "Cobalt", "Delta"]);

  pane.setLens({ me: "Sam", scope: "mine" });
  expect([count("overdue"), count("dueSoon"), count("active"), count("quiet")]).toEqual([1, 1, 2, 0]);
  expect(listed()).toEqual(["Acme", "Delta"]);

  pane.setLens({ scope: "everyone" });
  expect([count("overdue"), count("active"), count("quiet")]).toEqual([2, 4, 1]);
});

test("reminders plan only the rep's own rows once an owner is chosen, even while the pane shows everyone", async () => {
  const { pane, asked } = await team();
  await pane.reminders.open();
  expect(asked[0].rows.map((r) => r.prospect)).toEqual(["Acme", "Birch", "Cobalt", "Delta"]);

  pane.setLens({ me: "Sam", scope: "everyone" });
  await pane.reminders.open();
  expect(asked[1].rows.map((r) => r.prospect)).toEqual(["Acme", "Delta"]);
});

test("the owner saved by the loop and its My / Everyone switch reach the main pane", async () => {
  const { pane, count } = await team();
  const saved = new Map([["nextstep.followUp.owner", "Priya"]]);
  const followUp = new FollowUpStore({
    pane,
    port: createFollowUpPort(),
    clock: fixedClock(`${TODAY}T08:30`),
    copyText: async () => true,
    displayLanguage: () => "en-US",
    storage: { get: (k) => saved.get(k) ?? null, set: (k, v) => void saved.set(k, v) },
    saveIcs: () => undefined,
    openLink: () => undefined,
    timeZone: () => "UTC",
  });
  expect(count("active")).toBe(2); // Priya's Birch and Cobalt
  followUp.setScope("everyone");
  expect(count("active")).toBe(4);
  followUp.setMe("Sam");
  expect(count("active")).toBe(2);
  expect(pane.get().lens).toMatchObject({ me: "Sam", scope: "mine" });
});
