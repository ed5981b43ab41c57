import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../components/App";
import { loadDarkTheme, opensDark } from "../components/theme";
import { systemClock, type Clock } from "../state/clock";
import type { PaneStore } from "../state/paneStore";
import type { OfficeThemeLike } from "../state/themeChoice";
import { createPaneStore } from "./createPaneStore";
import { readOfficeTheme } from "./officeTheme";

/**
 * Renders the pane into `container`. Without a `started` store it makes one (wired to whatever Excel is installed)
 * and starts it; the browser preview hands over the store it already started before React loaded.
 */
export function mountPane(
  container: HTMLElement,
  clock: Clock = systemClock,
  officeTheme: OfficeThemeLike | undefined = readOfficeTheme(),
  started?: PaneStore,
): PaneStore {
  const store = started ?? createPaneStore(clock);
  const render = () => createRoot(container).render(<App store={store} clock={clock} officeTheme={officeTheme} />);
  // A dark pane waits for its theme's chunk rather than flashing light first (the skeleton shows meanwhile).
  if (opensDark(officeTheme)) void loadDarkTheme().then(render, render);
  else render();
  if (!started) void store.start();
  return store;
}
