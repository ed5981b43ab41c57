import { createPaneStore, firstAnswer } from "../taskpane/boot/createPaneStore";
import { paintEarlySummary } from "../taskpane/boot/earlySummary";
import { showStartFailure, START_FAILURE } from "../taskpane/boot/startFailure";
import { systemClock } from "../taskpane/state/clock";
import type { PaneStore } from "../taskpane/state/paneStore";
import { installMemoryOffice } from "./memory/install";
import { demoWorkbook } from "./demo/demoWorkbook";
import { DEMO_VARIANTS, type DemoVariant } from "./demo/demoSheet";

export interface PreviewBootOptions {
  /** Why the pane is not in Excel (logged once, for whoever opens the console). */
  reason: string;
  /** Settles once the real office.js (if any) has said whether there is a host. */
  officeSettled?: Promise<void>;
}

/** `?demo=unusual|empty|headerOnly` picks another demo workbook (for the designed states and their tests). */
function variantFromUrl(): DemoVariant {
  const asked = new URLSearchParams(location.search).get("demo");
  return DEMO_VARIANTS.find((v) => v === asked) ?? "standard";
}

/** After the browser has painted what is on screen now (at once in a hidden tab, which paints no frames). */
const afterPaint = (): Promise<void> =>
  document.visibilityState === "hidden"
    ? Promise.resolve()
    : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The browser preview, first half (no React): installs the in-memory Excel (as the Excel and Office globals) on a
 * demo workbook dated from today's clock, starts the pane's store on it and paints its counts into the skeleton. Once
 * the browser has shown them, the second half (React, Fluent, the grid, the pane, and the session that opens the rep's
 * own file: startPreview.tsx) is requested (fetched any earlier, it competed with this half's own download) and takes
 * over with the same store. Loaded lazily: Excel never pays for it.
 */
export function bootPreview(container: HTMLElement, options: PreviewBootOptions): void {
  const variant = variantFromUrl();
  const workbook = demoWorkbook(systemClock.today(), variant);
  // `?platform=Mac` plays Office on Mac: no file downloads in the pane, OpenBrowserWindowApi 1.1 available.
  if (new URLSearchParams(location.search).get("platform") === "Mac") {
    workbook.platform = "Mac";
    workbook.requirementSets = { ...workbook.requirementSets, OpenBrowserWindowApi: "1.1" };
  }
  const installation = installMemoryOffice(workbook);
  // office.js can put its own Office global back while it finishes starting, after the preview installed the
  // in-memory one (seen in headless Chromium when the preview starts before office.js is done): once office.js has
  // said "no host", the in-memory globals are made current again: the demo's, or those of the file the rep opened
  // once the React half's session holds them.
  let reassert = () => installation.reassert();
  void options.officeSettled?.then(() => reassert());
  document.title = "NextStep — preview";
  console.info(`NextStep: browser preview (${options.reason}); the demo workbook is in memory, not Excel.`);

  const store = createPaneStore(systemClock);
  void store.start();
  const stopPainting = paintEarlySummary(container, store, systemClock);
  // The first workbook's pane takes over the store that already read it; a file the rep opens gets its own.
  let firstStore: PaneStore | undefined = store;
  const load = () => import(/* webpackChunkName: "preview" */ "./startPreview");
  void firstAnswer(store)
    .then(afterPaint)
    .then(() => load().catch(load))
    .then(({ startPreview }) => {
      stopPainting();
      startPreview(container, {
        workbook,
        installation,
        variant,
        onSession: (session) => (reassert = () => session.reassert()),
        takeFirstStore: () => {
          const first = firstStore;
          firstStore = undefined;
          return first;
        },
      });
    })
    // A chunk that failed twice: the skeleton keeps the counts, if they were read, and says what to do.
    .catch(() => showStartFailure(container, START_FAILURE.preview));
}
