import * as React from "react";
import { createRoot } from "react-dom/client";
import { format } from "date-fns";
import { installMemoryOffice } from "./memory/install";
import { demoWorkbook } from "./demo/demoWorkbook";
import { DEMO_VARIANTS, type DemoVariant } from "./demo/demoSheet";
import { PreviewSession } from "./session/previewSession";
import { browserSessionDeps } from "./session/sessionDeps";
import { PreviewLayout } from "./PreviewLayout";

export interface PreviewOptions {
  /** Why the pane is not in Excel (logged once, for whoever opens the console). */
  reason: string;
  /** Mounts the real pane into an element; called after the in-memory Excel is installed. Resolves (if it returns)
   * once the pane has its first answer. */
  mountPane(element: HTMLElement): Promise<void> | void;
  /** Settles once the real office.js (if any) has said whether there is a host. */
  officeSettled?: Promise<void>;
}

/** `?demo=unusual|empty|headerOnly` picks another demo workbook (for the designed states and their tests). */
function variantFromUrl(): DemoVariant {
  const asked = new URLSearchParams(location.search).get("demo");
  return DEMO_VARIANTS.find((v) => v === asked) ?? "standard";
}

/**
 * The browser preview: installs the in-memory Excel (as the Excel and Office globals) on a demo workbook dated from
 * today's clock, then shows the grid and the same pane the add-in runs; the rep can open their own sheet instead.
 * Loaded lazily: Excel never pays for it (and the file readers load only when a file is opened).
 */
export function startPreview(container: HTMLElement, options: PreviewOptions): void {
  const variant = variantFromUrl();
  const today = format(new Date(), "yyyy-MM-dd");
  const workbook = demoWorkbook(today, variant);
  // `?platform=Mac` plays Office on Mac: no file downloads in the pane, OpenBrowserWindowApi 1.1 available.
  if (new URLSearchParams(location.search).get("platform") === "Mac") {
    workbook.platform = "Mac";
    workbook.requirementSets = { ...workbook.requirementSets, OpenBrowserWindowApi: "1.1" };
  }
  const deps = browserSessionDeps(installMemoryOffice(workbook));
  const session = new PreviewSession(workbook, deps);
  // office.js can put its own Office global back while it finishes starting, after the preview installed the
  // in-memory one (seen in headless Chromium when the preview starts before office.js is done): once office.js has
  // said "no host", the in-memory globals are made current again.
  void options.officeSettled?.then(() => deps.reassert());
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  document.title = "NextStep — preview";
  console.info(`NextStep: browser preview (${options.reason}); the demo workbook is in memory, not Excel.`);
  createRoot(container).render(
    <PreviewLayout session={session} variant={variant} dark={dark} onPane={(el) => options.mountPane(el)} />,
  );
}
