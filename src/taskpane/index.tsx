import * as React from "react";
import { createRoot } from "react-dom/client";
import { mountPane } from "./boot/mountPane";
import type { ConnectingState } from "./boot/ConnectingScreen";
import { hostedBy, readHostSignals } from "./boot/hostSignals";
import { waitForHost } from "./boot/waitForHost";

declare global {
  interface Window {
    /** Set by taskpane.html when the office.js script tag fails to load. */
    NextStepOfficeFailed?: boolean;
  }
}

const prefersDark = (): boolean =>
  typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;

/**
 * The single entry: inside Excel, the pane on the real workbook; in a plain browser, the preview. Hosted by Office
 * (told before onReady), the page shows "Connecting to Excel…" however long office.js takes, never the demo.
 */
async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const office = () => (typeof Office === "undefined" ? undefined : Office);
  const failed = () => window.NextStepOfficeFailed === true;
  const hosted = hostedBy(readHostSignals()) !== undefined;
  if (!hosted) {
    // Not hosted by Office: almost surely the browser preview, so its chunk loads while office.js makes up its mind.
    const preview = import(/* webpackChunkName: "preview" */ "../preview/startPreview");
    preview.catch(() => undefined); // a failed prefetch is retried below only if the preview is really needed
    const decision = await waitForHost({ office, failed });
    performance.mark("nextstep:host-decided"); // the bench reports how much of the cold start waiting for Office takes
    if (decision.kind === "excel") {
      mountPane(container);
      return;
    }
    const { startPreview } = await preview.catch(
      () => import(/* webpackChunkName: "preview" */ "../preview/startPreview"),
    );
    startPreview(container, { reason: decision.reason, mountPane: (el) => void mountPane(el) });
    return;
  }
  const root = createRoot(container);
  let state: ConnectingState = { step: "loadingOffice", slow: false };
  // Its own small chunk (the static skeleton shows meanwhile): the plain-browser start never loads it.
  const screen = import(/* webpackChunkName: "connecting" */ "./boot/ConnectingScreen");
  let unmounted = false;
  const show = (patch: Partial<ConnectingState>) => {
    state = { ...state, ...patch };
    void screen.then(({ ConnectingScreen }) => {
      if (unmounted) return;
      root.render(<ConnectingScreen state={state} dark={prefersDark()} onRetry={() => location.reload()} />);
    });
  };
  show({});
  const decision = await waitForHost({
    office,
    failed,
    hosted: true,
    onStep: (step) => show({ step }),
    onSlow: () => show({ slow: true }),
  });
  performance.mark("nextstep:host-decided");
  if (decision.kind === "excel") {
    unmounted = true;
    root.unmount();
    mountPane(container);
  } else if (decision.kind === "unavailable") {
    show({ problem: decision.reason });
  }
}

void main();
