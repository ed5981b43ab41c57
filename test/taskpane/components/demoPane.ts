/** A pane store started on the in-memory demo workbook, for component tests (jsdom). */
import { analyzeSheet } from "../../../src/core";
import { createWorkbookPort } from "../../../src/excel";
import { installMemoryOffice, type MemoryInstallation } from "../../../src/preview/memory";
import { demoWorkbook } from "../../../src/preview/demo/demoWorkbook";
import { fixedClock } from "../../../src/taskpane/state/clock";
import { PaneStore } from "../../../src/taskpane/state/paneStore";

export const TODAY = "2026-12-01";
export const clock = fixedClock(`${TODAY}T08:30`);

let installed: MemoryInstallation | undefined;

/** The standard demo, read and analysed; the reminders room never loads. Call `uninstallDemo` after each test. */
export async function startedDemoPane(): Promise<PaneStore> {
  installed = installMemoryOffice(demoWorkbook(TODAY, "standard"));
  const store = new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () => new Promise(() => undefined),
  });
  await store.start();
  return store;
}

export function uninstallDemo(): void {
  installed?.uninstall();
  installed = undefined;
}

// React's development build checks keys and act(); the production build the e2e tests drive does not.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
