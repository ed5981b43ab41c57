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
    const decision = await waitForHost({ office, failed });
    performance.mark("nextstep:host-decided"); // the bench reports how much of the cold start waiting for Office takes
    if (decision.kind === "excel") {
      mountPane(container);
      return;
    }
    const { startPreview } = await import(/* webpackChunkName: "preview" */ "../preview/startPreview");
    startPreview(container, { reason: decision.reason, mountPane: (el) => void mountPane(el) });
    return;
  }
  // Its own small chunk: the plain-browser start (and the bench's cold start) never loads it.
  const { ConnectingScreen } = await import(/* webpackChunkName: "connecting" */ "./boot/ConnectingScreen");
  const root = createRoot(container);
  let state: ConnectingState = { step: "loadingOffice", slow: false };
  const show = (patch: Partial<ConnectingState>) => {
    state = { ...state, ...patch };
    root.render(<ConnectingScreen state={state} dark={prefersDark()} onRetry={() => location.reload()} />);
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
    root.unmount();
    mountPane(container);
  } else if (decision.kind === "unavailable") {
    show({ problem: decision.reason });
  }
}

void main();
