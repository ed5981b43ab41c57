/** @jest-environment jsdom */
import * as React from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { analyzeSheet } from "../../../src/core";
import { createWorkbookPort } from "../../../src/excel";
import { installMemoryOffice, type MemoryInstallation } from "../../../src/preview/memory";
import { demoWorkbook } from "../../../src/preview/demo/demoWorkbook";
import { App } from "../../../src/taskpane/components/App";
import { fixedClock } from "../../../src/taskpane/state/clock";
import { PaneStore } from "../../../src/taskpane/state/paneStore";

const TODAY = "2026-12-01";
const clock = fixedClock(`${TODAY}T08:30`);
let installed: MemoryInstallation | undefined;

afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

// React's development build checks keys; the production build the e2e tests drive does not.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test("opening two different dialogs gives React no duplicate keys", async () => {
  installed = installMemoryOffice(demoWorkbook(TODAY, "standard"));
  const store = new PaneStore({
    workbook: createWorkbookPort(),
    clock,
    analyze: analyzeSheet,
    loadReminders: () => new Promise(() => undefined),
  });
  await store.start();
  const errors: string[] = [];
  const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(" "));
  });
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  try {
    await act(async () => root.render(<App store={store} clock={clock} />));
    await act(async () => store.openPanel("settings"));
    await act(async () => store.closePanel());
    await act(async () => store.openPanel("mapping"));
    await act(async () => store.closePanel());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
  } finally {
    act(() => root.unmount());
    spy.mockRestore();
    await store.dispose();
  }
  expect(errors.filter((e) => /same key/.test(e))).toEqual([]);
}, 60_000);
