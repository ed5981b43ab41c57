/**
 * The follow-up loop and Outlook, through the pane's state layer (PaneStore + FollowUpStore on the in-memory Excel,
 * the reminders flow on the fake Graph): Done… and bulk moves move existing reminders in the same step (one PATCH per
 * moved follow-up); without sign-in, or when Outlook refuses, the reminders list marks the follow-up changed.
 */
import { analyzeSheet, isoToSerial } from "../../src/core";
import { createWorkbookPort } from "../../src/excel";
import { createFollowUpPort } from "../../src/excel/followUpPort";
import { createRemindersPort } from "../../src/outlook";
import { readOutlookConfig } from "../../src/outlook/config";
import { createGraphSession } from "../../src/outlook/graphSession";
import type { TokenSource } from "../../src/outlook/graphClient";
import { AuthRequiredError } from "../../src/outlook/graphErrors";
import { installMemoryOffice, MemoryWorkbook, snapshotSheet, type MemoryInstallation } from "../../src/preview/memory";
import { fixedClock } from "../../src/taskpane/state/clock";
import { loopOutlookOf } from "../../src/taskpane/state/followUpOutlook";
import { FollowUpStore } from "../../src/taskpane/state/followUpStore";
import { loadReminders } from "../../src/taskpane/state/loadReminders";
import { PaneStore } from "../../src/taskpane/state/paneStore";
import { FakeGraph } from "../fakes/graph/fakeGraphServer";

const TODAY = "2026-12-02"; // Wednesday
const clock = fixedClock(`${TODAY}T08:30`);
const serial = (iso: string) => isoToSerial(iso, false) as number;
let installed: MemoryInstallation | undefined;
let fake: FakeGraph;
beforeEach(async () => {
  fake = await new FakeGraph().start();
  fake.mailboxTimeZone = "Romance Standard Time";
});
afterEach(async () => {
  installed?.uninstall();
  installed = undefined;
  await fake.stop();
});

/** Never signed in: every silent token request fails, as MSAL's does without an account or SSO. */
const signedOut: TokenSource = {
  getToken: async () => {
    throw new AuthRequiredError();
  },
};

type Outlook = "signedIn" | "signedOut" | "notSetUp";

function remindersPort(outlook: Outlook) {
  if (outlook === "notSetUp") return createRemindersPort({ config: readOutlookConfig({}) });
  // Signed in as MSAL reports it after a token: AccountInfo.name and .username.
  const account = () => ({ name: "Raj Patel", username: "raj.patel@contoso.com" });
  const tokens = outlook === "signedIn" ? { ...fake.tokenSource(), account } : signedOut;
  return createRemindersPort({
    session: async () =>
      createGraphSession(readOutlookConfig({}), { baseUrl: fake.url, tokens, sleep: async () => undefined }),
  });
}

async function stores(outlook: Outlook, saved = new Map<string, string>()) {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Contact", "Phone", "Next step", "Due", "Touches", "Sales Rep"],
    ["Acme", "Dana", "555-0100", "Call about pricing", serial("2026-11-25"), 1, "Raj Patel"],
    ["Birch", "Lee", "555-0101", "Send proposal", serial("2026-11-30"), 0, "Raj Patel"],
    ["Delta", "Raj", "555-0103", "Call to agree the demo", serial("2026-12-08"), 4, "raj patel"],
    ["Elm", "Kim", "555-0104", "Send the contract", serial("2026-12-09"), 2, "Priya Shah"],
  ]);
  wb.setFormat("Prospects", "E2:E5", { numberFormat: "m/d/yyyy" });
  installed = installMemoryOffice(wb);
  const port = remindersPort(outlook);
  const pane = new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () => loadReminders(port),
  });
  await pane.start();
  const files: string[] = [];
  const followUp = new FollowUpStore({
    pane,
    port: createFollowUpPort(),
    clock,
    copyText: async () => true,
    displayLanguage: () => "en-US",
    storage: { get: (k) => saved.get(k) ?? null, set: (k, v) => void saved.set(k, v) },
    saveIcs: (ics) => void files.push(ics),
    openLink: () => undefined,
    timeZone: () => "Europe/Paris",
    outlook: loopOutlookOf(pane.reminders),
  });
  return { pane, followUp, wb, files };
}

/** "Create reminders" as the rep runs it: preview, optionally "remind me today" for overdue rows, then run. */
async function createReminders(pane: PaneStore, remindToday: string[] = []) {
  await pane.reminders.open();
  for (const key of remindToday) await pane.reminders.toggleRemindToday(key);
  await pane.reminders.run();
  expect(pane.get().reminders).toMatchObject({ kind: "done", result: { failures: [] } });
}

async function done(followUp: FollowUpStore, row: number, nextStep: string, date: string) {
  followUp.openDone(row);
  followUp.editDone({ nextStep, date });
  await followUp.saveDone();
}

const eventOf = (subject: RegExp) => [...fake.store.events.values()].find((e) => subject.test(e.subject));

test("signed in: Done… moves the prospect's existing Outlook event with one PATCH, in the same step", async () => {
  const { pane, followUp, wb } = await stores("signedIn");
  await createReminders(pane);
  expect(fake.store.events.size).toBe(2); // Delta and Elm; overdue rows get none
  fake.resetStats();
  await done(followUp, 4, "Demo with the team", "2026-12-10");
  expect(snapshotSheet(wb, "Prospects").values[3].slice(3, 5)).toEqual(["Demo with the team", serial("2026-12-10")]);
  expect(fake.stats).toMatchObject({ patches: 1, posts: 0, deletes: 0 });
  expect(eventOf(/Demo with the team/)?.start.dateTime).toMatch(/^2026-12-10T/);
  expect(fake.store.events.size).toBe(2);
  expect(followUp.get().message?.text).toBe("Logged: Delta, next step saved. 1 Outlook reminder moved too.");
  // The reminders list agrees: nothing left to update, nothing marked.
  await pane.reminders.open();
  const stage = pane.get().reminders;
  if (stage.kind !== "preview") throw new Error(stage.kind);
  expect(stage.preview.counts).toMatchObject({ create: 0, update: 0, remove: 0, unchanged: 2 });
  expect(stage.preview.lines.filter((l) => l.changed)).toEqual([]);
});

test("signed in: Undo after Done… puts the sheet back and moves the Outlook event back, one PATCH", async () => {
  const { pane, followUp, wb } = await stores("signedIn");
  await createReminders(pane);
  await done(followUp, 4, "Demo with the team", "2026-12-10");
  fake.resetStats();
  await followUp.undo();
  expect(snapshotSheet(wb, "Prospects").values[3].slice(3, 5)).toEqual([
    "Call to agree the demo",
    serial("2026-12-08"),
  ]);
  expect(fake.stats).toMatchObject({ patches: 1, posts: 0, deletes: 0 });
  expect(eventOf(/Call to agree the demo/)?.start.dateTime).toMatch(/^2026-12-08T/);
  expect(followUp.get().message?.text).toMatch(/^Undone: 3 cells restored\. 1 Outlook reminder moved too\.$/);
});

test("signed in: a bulk move sends exactly one PATCH per moved follow-up that has an event", async () => {
  const { pane, followUp } = await stores("signedIn");
  // Overdue rows get an event only on "remind me today": Acme has one, Birch none.
  await createReminders(pane, ["acme|dana|"]);
  expect(fake.store.events.size).toBe(3);
  fake.resetStats();
  followUp.setScope("everyone");
  followUp.previewMove("tomorrow");
  await followUp.applyMove();
  expect(fake.stats).toMatchObject({ patches: 1, posts: 0, deletes: 0 });
  expect(eventOf(/Acme/)?.start.dateTime).toMatch(/^2026-12-03T/);
  expect(followUp.get().message?.text).toBe("Moved 2 follow-ups. 1 Outlook reminder moved too.");
});

test("signed in, nothing moved (same day, same step): Done… logs the touch and writes nothing to Outlook", async () => {
  const { pane, followUp, wb } = await stores("signedIn");
  await createReminders(pane);
  fake.resetStats();
  await done(followUp, 4, "Call to agree the demo", "2026-12-08");
  expect(snapshotSheet(wb, "Prospects").values[3][5]).toBe(5); // the touch was logged
  expect(fake.stats.requests).toBe(0);
  expect(followUp.get().message?.text).toBe("Logged: Delta, next step saved.");
});

test("not signed in: no request reaches Outlook; the reminders list marks the moved follow-up changed", async () => {
  const { pane, followUp } = await stores("signedOut");
  await done(followUp, 4, "Demo with the team", "2026-12-10");
  expect(fake.stats.requests).toBe(0);
  expect(followUp.get().message?.text).toMatch(
    /Outlook needs you to sign in, so 1 reminder did not move: open Create reminders, sign in, and update the follow-ups it lists as changed\.$/,
  );
  await pane.reminders.open();
  const stage = pane.get().reminders;
  if (stage.kind !== "preview") throw new Error(stage.kind);
  expect(stage.preview.lines.filter((l) => l.changed).map((l) => [l.prospect, l.changed])).toEqual([
    ["Delta", "Moved in the sheet, and Outlook was not signed in: update it here."],
  ]);
});

test("sign-in not set up: nothing is tried; the list says to download the .ics again", async () => {
  const { pane, followUp } = await stores("notSetUp");
  await done(followUp, 5, "Send the signed contract", "2026-12-11");
  expect(followUp.get().message?.text).toMatch(/Create reminders lists it as changed: download the \.ics again/);
  await pane.reminders.open();
  const stage = pane.get().reminders;
  if (stage.kind !== "preview") throw new Error(stage.kind);
  expect(stage.preview.mode).toBe("offline");
  expect(stage.preview.lines.find((l) => l.prospect === "Elm")?.changed).toMatch(/download the \.ics again/);
  expect([...pane.reminders.changedFollowUps.keys()]).toEqual(["elm|kim|"]);
  expect(fake.stats.requests).toBe(0);
});

test("Outlook refuses the move: the sheet keeps the new step, the message says what to do, the list marks it", async () => {
  const { pane, followUp, wb } = await stores("signedIn");
  await createReminders(pane);
  fake.inject({ scope: "request", method: "PATCH", fault: { kind: "503" }, count: 20 });
  await done(followUp, 4, "Demo with the team", "2026-12-10");
  expect(snapshotSheet(wb, "Prospects").values[3][3]).toBe("Demo with the team");
  expect(followUp.get().message?.text).toMatch(
    /Outlook did not take the change \(connection or Outlook busy\)\. 1 reminder did not move: open Create reminders and update the follow-ups it lists as changed\.$/,
  );
  fake.clearFaults();
  await pane.reminders.open();
  const stage = pane.get().reminders;
  if (stage.kind !== "preview") throw new Error(stage.kind);
  const delta = stage.preview.lines.find((l) => l.prospect === "Delta");
  expect(delta).toMatchObject({ action: "update", changed: "Moved in the sheet by Done… or a move." });
  // Running the reminders updates it and settles the mark.
  await pane.reminders.run();
  expect([...pane.reminders.changedFollowUps.keys()]).toEqual([]);
  expect(eventOf(/Demo with the team/)?.start.dateTime).toMatch(/^2026-12-10T/);
});

describe("today's plan through Outlook", () => {
  /** Lets the store hear whether the reminders room has Graph (it asks once, at creation). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test("signed in: one event for the day; a second run updates the same event and ticks a call done since", async () => {
    const { followUp, pane } = await stores("signedIn");
    await settle();
    expect(followUp.get().graph).toBe(true);
    await followUp.addPlan("outlook");
    expect(fake.stats).toMatchObject({ posts: 1, patches: 0 });
    expect(followUp.get().message?.text).toBe("Today's plan is in your Outlook calendar at 08:30: 2 calls.");
    const [planId] = [...fake.store.events.keys()];
    fake.resetStats();
    await followUp.addPlan("outlook");
    expect(fake.stats).toMatchObject({ posts: 0, patches: 0, deletes: 0 }); // unchanged: nothing written
    expect(followUp.get().message?.text).toBe("Today's plan in Outlook is already up to date: 2 calls.");
    await done(followUp, 2, "Send the pricing sheet", "2026-12-07"); // Acme's call is done
    fake.resetStats();
    await followUp.addPlan("outlook");
    expect(fake.stats).toMatchObject({ posts: 0, patches: 1, deletes: 0 });
    expect([...fake.store.events.keys()]).toEqual([planId]);
    const event = fake.store.events.get(planId);
    expect(event?.subject).toBe("Today's calls: 2 (1 done)");
    expect(event?.body.content).toContain("[x] done · Acme");
    expect(event?.start.dateTime).toMatch(/^2026-12-02T07:30/); // 08:30 in Paris
    // The plan is no reminder: Create reminders neither counts it nor offers it for removal.
    await pane.reminders.open();
    const stage = pane.get().reminders;
    if (stage.kind !== "preview") throw new Error(stage.kind);
    expect(stage.preview.removals).toEqual([]);
  });

  test("not signed in: nothing reaches Outlook, the rep is told to sign in or use the .ics file", async () => {
    const { followUp } = await stores("signedOut");
    await settle();
    await followUp.addPlan("outlook");
    expect(fake.stats.requests).toBe(0);
    expect(followUp.get().message).toMatchObject({
      intent: "error",
      text: "Outlook needs you to sign in: open Create reminders and sign in, then add the plan again. Or use the .ics file.",
    });
  });

  test("sign-in not set up: the plan offers the .ics file and the web link, not Outlook", async () => {
    const { followUp, files } = await stores("notSetUp");
    await settle();
    expect(followUp.get().graph).toBe(false);
    // Asked for Outlook anyway (a pane opened before the answer came): the one-event .ics, nothing else.
    await followUp.addPlan("outlook");
    expect(files).toHaveLength(1);
    expect(files[0].match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(fake.stats.requests).toBe(0);
  });
});

describe("which owner is the rep, prefilled from their Microsoft 365 account", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test("not before Outlook signed in; once it has, opening the loop prefills the owner (never saved unasked)", async () => {
    const saved = new Map<string, string>();
    const { followUp, pane } = await stores("signedIn", saved);
    await settle();
    expect(followUp.get().me).toBeUndefined(); // no Graph call yet: MSAL knows no one
    await pane.reminders.open(); // the first Graph call signs in silently
    followUp.open();
    await settle();
    expect(followUp.get().me).toBe("Raj Patel");
    expect(pane.get().lens).toMatchObject({ me: "Raj Patel" });
    expect(saved.size).toBe(0);
  });

  test("a saved choice wins over the account", async () => {
    const saved = new Map([["nextstep.followUp.owner", "Kim"]]);
    const { followUp, pane } = await stores("signedIn", saved);
    await pane.reminders.open();
    followUp.open();
    await settle();
    expect(followUp.get().me).toBe("Kim");
  });
});

test("team sheet: a teammate's event is said to belong to another owner's row, and is never offered or removed", async () => {
  const { pane } = await stores("signedIn");
  await createReminders(pane); // before the rep said which owner they are: Delta's and Elm's events
  pane.setLens({ me: "Raj Patel", scope: "mine" });
  await pane.reminders.open();
  const stage = pane.get().reminders;
  if (stage.kind !== "preview") throw new Error(stage.kind);
  expect(stage.preview.removals).toEqual([]);
  expect(stage.preview.lines.map((l) => l.prospect)).not.toContain("Elm");
  expect(stage.preview.leftAlone).toMatch(
    /^1 event belongs to another owner's row \(.*Elm.*\): NextStep leaves it alone and never removes it\.$/,
  );
  expect(JSON.stringify(stage.preview)).not.toMatch(/no longer in the sheet|not in this sheet/);
  fake.resetStats();
  await pane.reminders.run();
  expect(fake.stats.deletes).toBe(0);
  expect(eventOf(/Elm/)).toBeDefined();
});
