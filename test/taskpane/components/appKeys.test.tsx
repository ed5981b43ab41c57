/** @jest-environment jsdom */
import * as React from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../../src/taskpane/components/App";
import { clock, startedDemoPane, uninstallDemo } from "./demoPane";

afterEach(uninstallDemo);

test("opening two different dialogs gives React no duplicate keys", async () => {
  const store = await startedDemoPane();
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
