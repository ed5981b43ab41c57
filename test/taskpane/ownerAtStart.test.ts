/**
 * "My prospects" holds after reopening: the main pane reads the rep's saved owner choice itself at start (per user,
 * under Office's partitionKey), before and without the follow-up loop's chunk.
 */
import { analyzeSheet, isoToSerial } from "../../src/core";
import { createWorkbookPort } from "../../src/excel";
import { createFollowUpPort } from "../../src/excel/followUpPort";
import { userStorage } from "../../src/excel/userStorage";
import { installMemoryOffice, MemoryWorkbook, type MemoryInstallation } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { FollowUpStore } from "../../src/taskpane/state/followUpStore";
import { PaneStore } from "../../src/taskpane/state/paneStore";
import { paneView } from "../../src/taskpane/state/paneView";

const TODAY = "2026-12-02";
const clock = fixedClock(`${TODAY}T08:30`);
const serial = (iso: string) => isoToSerial(iso, false) as number;
let installed: MemoryInstallation | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

function install(partitionKey?: string) {
  const wb = new MemoryWorkbook({ today: TODAY, ...(partitionKey ? { partitionKey } : {}) });
  wb.addSheet("Prospects", [
    ["Company", "Owner", "Next step", "Due"],
    ["Acme", "Sam", "Call about pricing", serial("2026-11-25")],
    ["Birch", "Priya", "Send proposal", serial("2026-11-30")],
    ["Cobalt", "Priya", "Demo", serial("2026-12-08")],
  ]);
  installed = installMemoryOffice(wb);
}

async function openPane(storage?: { get(key: string): string | null }) {
  const pane = new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () => Promise.reject(new Error("the reminders room is not loaded at start")),
    ...(storage ? { userStorage: storage } : {}),
  });
  await pane.start();
  const screen = paneView(pane.get(), TODAY).screen;
  if (screen.kind !== "report") throw new Error(screen.kind);
  return { pane, listed: screen.sections.flatMap((s) => s.items.map((i) => i.prospect)).sort() };
}

/** localStorage as a browser has it (jest runs in node). */
function browserStorage(): Map<string, string> {
  const items = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
  return items;
}

test("the owner the rep chose in the loop holds after reopening the pane, without the loop loaded", async () => {
  install();
  const saved = new Map<string, string>();
  const storage = { get: (k: string) => saved.get(k) ?? null, set: (k: string, v: string) => void saved.set(k, v) };
  const first = await openPane(storage);
  expect(first.listed).toEqual(["Acme", "Birch", "Cobalt"]); // nothing chosen yet: everyone
  const loop = new FollowUpStore({
    pane: first.pane,
    port: createFollowUpPort(),
    clock,
    copyText: async () => true,
    displayLanguage: () => "en-US",
    storage,
    saveIcs: () => undefined,
    openLink: () => undefined,
    timeZone: () => "UTC",
  });
  loop.setMe("Priya");
  // Reopened: a new pane, no follow-up store, the same per-user storage.
  const again = await openPane(storage);
  expect(again.pane.get().lens).toMatchObject({ me: "Priya", scope: "mine" });
  expect(again.listed).toEqual(["Birch", "Cobalt"]);
  expect(again.pane.followUp.asked).toBe(false);
});

test("the choice is per user: stored under Office's partitionKey, and another partition sees everyone", async () => {
  const items = browserStorage();
  install("rep-a");
  userStorage().set("nextstep.followUp.owner", "Sam");
  expect([...items.keys()]).toEqual(["rep-a/nextstep.followUp.owner"]);
  expect((await openPane(userStorage())).listed).toEqual(["Acme"]);
  installed?.uninstall();
  install("rep-b");
  expect((await openPane(userStorage())).listed).toEqual(["Acme", "Birch", "Cobalt"]);
});
