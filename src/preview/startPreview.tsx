import * as React from "react";
import { createRoot } from "react-dom/client";
import { firstAnswer } from "../taskpane/boot/createPaneStore";
import { mountPane } from "../taskpane/boot/mountPane";
import { readOfficeTheme } from "../taskpane/boot/officeTheme";
import { systemClock } from "../taskpane/state/clock";
import type { PaneStore } from "../taskpane/state/paneStore";
import type { DemoVariant } from "./demo/demoSheet";
import type { MemoryInstallation } from "./memory/install";
import type { MemoryWorkbook } from "./memory/model/workbook";
import { PreviewSession } from "./session/previewSession";
import { browserSessionDeps } from "./session/sessionDeps";
import { PreviewLayout } from "./PreviewLayout";

export interface PreviewOptions {
  /** The demo workbook previewBoot installed as Excel (the session starts on it; the rep may open another). */
  workbook: MemoryWorkbook;
  installation: MemoryInstallation;
  variant: DemoVariant;
  /** Told the session, whose reassert puts back whichever workbook's globals are current. */
  onSession(session: { reassert(): void }): void;
  /** The store previewBoot already started on the demo, once; undefined after that (each opened file gets its own). */
  takeFirstStore(): PaneStore | undefined;
}

/**
 * The browser preview, second half: the grid and the same pane the add-in runs, rendered in place of the skeleton;
 * the rep can open their own sheet instead. Loaded after previewBoot painted the first counts.
 */
export function startPreview(container: HTMLElement, options: PreviewOptions): void {
  const deps = browserSessionDeps(options.installation);
  const session = new PreviewSession(options.workbook, deps);
  options.onSession(deps);
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const mount = (element: HTMLElement) =>
    firstAnswer(mountPane(element, systemClock, readOfficeTheme(), options.takeFirstStore()));
  createRoot(container).render(
    <PreviewLayout session={session} variant={options.variant} dark={dark} onPane={mount} />,
  );
}
