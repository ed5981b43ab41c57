import * as React from "react";
import { createRoot } from "react-dom/client";
import { analyzeSheet } from "../../core";
import { createWorkbookPort } from "../../excel";
import { userStorage } from "../../excel/userStorage";
import { App } from "../components/App";
import { loadDarkTheme, opensDark } from "../components/theme";
import { systemClock, type Clock } from "../state/clock";
import { PaneStore } from "../state/paneStore";
import type { OfficeThemeLike } from "../state/themeChoice";
import { readOfficeTheme } from "./officeTheme";

/** Renders the pane into `container`, wired to whatever Excel is installed (Office's, or the preview's in-memory one). */
export function mountPane(
  container: HTMLElement,
  clock: Clock = systemClock,
  officeTheme: OfficeThemeLike | undefined = readOfficeTheme(),
): PaneStore {
  const store = new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () =>
      import(/* webpackChunkName: "reminders" */ "../state/loadReminders").then((m) => m.loadReminders()),
    userStorage: userStorage(),
  });
  const render = () => createRoot(container).render(<App store={store} clock={clock} officeTheme={officeTheme} />);
  // A dark pane waits for its theme's chunk rather than flashing light first (the skeleton shows meanwhile).
  if (opensDark(officeTheme)) void loadDarkTheme().then(render, render);
  else render();
  void store.start();
  return store;
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
