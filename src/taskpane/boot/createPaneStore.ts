import { analyzeSheet } from "../../core";
import { createWorkbookPort } from "../../excel";
import { userStorage } from "../../excel/userStorage";
import { systemClock, type Clock } from "../state/clock";
import { PaneStore } from "../state/paneStore";

/**
 * The pane's store, wired to whatever Excel is installed (Office's, or the preview's in-memory one). No React here:
 * the browser preview starts reading with it, and paints the first counts, while React and Fluent still load.
 */
export function createPaneStore(clock: Clock = systemClock): PaneStore {
  return new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () =>
      import(/* webpackChunkName: "reminders" */ "../state/loadReminders").then((m) => m.loadReminders()),
    userStorage: userStorage(),
  });
}

/** Resolves once the pane has its first answer: the summary, or the screen that says why there is none. */
export function firstAnswer(store: PaneStore): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (store.get().phase.kind === "starting") return;
      unsubscribe();
      resolve();
    });
    if (store.get().phase.kind !== "starting") {
      unsubscribe();
      resolve();
    }
  });
}
