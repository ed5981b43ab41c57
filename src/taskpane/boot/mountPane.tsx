import * as React from "react";
import { createRoot } from "react-dom/client";
import { analyzeSheet } from "../../core";
import { createWorkbookPort } from "../../excel";
import { userStorage } from "../../excel/userStorage";
import { App } from "../components/App";
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
  createRoot(container).render(<App store={store} clock={clock} officeTheme={officeTheme} />);
  void store.start();
  return store;
}
