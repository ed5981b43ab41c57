/** @jest-environment jsdom */
import * as React from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../../src/taskpane/components/App";
import { clock, startedDemoPane, uninstallDemo } from "./demoPane";

afterEach(uninstallDemo);

test("the summary's counts commit first; the attention list follows a frame later", async () => {
  const store = await startedDemoPane();
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  try {
    await act(async () => root.render(<App store={store} clock={clock} />));
    // First commit: the counts and the list's title, not yet its items.
    expect(container.querySelector('[data-filter="overdue"] [data-count="9"]')).not.toBeNull();
    expect(container.querySelector("#list-title")?.textContent).toMatch(/· \d+/);
    expect(container.querySelector('[data-testid="attention-list-pending"]')).not.toBeNull();
    expect(container.querySelector("[data-group]")).toBeNull();
    // The next frame: the list, today's calls first.
    await act(async () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(container.querySelector('[data-testid="attention-list-pending"]')).toBeNull();
    expect(container.querySelector("[data-group]")?.getAttribute("data-group")).toBe("today");
    expect(container.textContent).toContain("Litware Inc.");
  } finally {
    act(() => root.unmount());
    await store.dispose();
  }
}, 60_000);
