/**
 * The reminders controller (the dialog's logic) is loaded with the flow's chunk when the rep first asks for reminders:
 * the pane's start in Excel does not carry it. Before that, the store still answers what the pane and the follow-up
 * loop need (the request over the rep's rows, the loop's marks), and a chunk that will not load says what to do.
 */
import { demoWorkbook } from "../../src/preview/demo/demoWorkbook";
import { fixedClock } from "../../src/taskpane/state/clock";
import { memoryStores } from "./memoryStores";

const TODAY = "2026-12-01";
const clock = fixedClock(`${TODAY}T08:30`);
const { storeOn } = memoryStores(clock);

const CONTROLLER = "../../src/taskpane/state/remindersController";

afterEach(() => {
  jest.dontMock(CONTROLLER);
  jest.resetModules();
});

/** Counts how often the controller's module is loaded, and can refuse the first loads (a chunk that failed). */
function watchControllerModule(failFirst = 0): { loads: () => number } {
  let loads = 0;
  jest.doMock(CONTROLLER, () => {
    loads++;
    if (loads <= failFirst) throw new Error("Loading chunk reminders failed.");
    return jest.requireActual(CONTROLLER) as object;
  });
  return { loads: () => loads };
}

test("the pane starts and answers the loop without loading the controller; the first ask loads it once", async () => {
  const watch = watchControllerModule();
  const store = storeOn(demoWorkbook(TODAY, "standard"));
  await store.start();
  const request = store.reminders.ownRequest();
  expect(request?.rows.length).toBeGreaterThan(0);
  expect(request?.sheetName).toBe(store.get().snapshot?.source.sheetName);
  expect(request?.changed).toBe(store.reminders.changedFollowUps);
  // Dialog-only calls before the dialog exists change nothing.
  const before = store.get();
  store.reminders.toggleRemoval("any");
  await store.reminders.run();
  await store.reminders.toggleRemindToday("any");
  expect(store.get()).toBe(before);
  expect(watch.loads()).toBe(0);

  await store.reminders.open();
  expect(store.get().reminders.kind).toBe("preview");
  await store.reminders.openRowInOutlook(request?.rows[0]?.key ?? "");
  store.reminders.close();
  await store.reminders.open();
  expect(watch.loads()).toBe(1);
});

test("a controller chunk that will not load says what to do, and the next ask loads it", async () => {
  const watch = watchControllerModule(1);
  const store = storeOn(demoWorkbook(TODAY, "standard"));
  await store.start();
  await store.reminders.open();
  expect(store.get().notice).toEqual({
    intent: "error",
    text: "NextStep could not load its reminders. Check your connection, then click Create reminders again.",
  });
  expect(store.get().reminders.kind).toBe("closed");

  await store.reminders.open();
  expect(watch.loads()).toBe(2);
  expect(store.get().reminders.kind).toBe("preview");
});

test("the flow is loaded once, shared by the dialog and the follow-up loop", async () => {
  const store = storeOn(demoWorkbook(TODAY, "standard"));
  await store.start();
  const forLoop = await store.reminders.loadFlow();
  await store.reminders.open();
  expect(await store.reminders.loadFlow()).toBe(forLoop);
});
