import * as React from "react";
import { createRoot } from "react-dom/client";
import { firstAnswer } from "../taskpane/boot/createPaneStore";
import { mountPane } from "../taskpane/boot/mountPane";
import { readOfficeTheme } from "../taskpane/boot/officeTheme";
import { systemClock } from "../taskpane/state/clock";
import type { PaneStore } from "../taskpane/state/paneStore";
import type { DemoVariant } from "./demo/demoSheet";
import type { PreviewSession } from "./session/previewSession";
import { PreviewLayout } from "./PreviewLayout";

export interface PreviewOptions {
  session: PreviewSession;
  variant: DemoVariant;
  /** The store previewBoot already started on the demo, once; undefined after that (each opened file gets its own). */
  takeFirstStore(): PaneStore | undefined;
}

/**
 * The browser preview, second half: the grid and the same pane the add-in runs, rendered in place of the skeleton;
 * the rep can open their own sheet instead. Loaded after previewBoot painted the first counts.
 */
export function startPreview(container: HTMLElement, options: PreviewOptions): void {
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const mount = (element: HTMLElement) =>
    firstAnswer(mountPane(element, systemClock, readOfficeTheme(), options.takeFirstStore()));
  createRoot(container).render(
    <PreviewLayout session={options.session} variant={options.variant} dark={dark} onPane={mount} />,
  );
}
