import * as React from "react";
import { createRoot } from "react-dom/client";
import type { ConnectingState } from "./ConnectingScreen";
import { mountPane } from "./mountPane";
import { waitForHost, type OfficeLike } from "./waitForHost";

const prefersDark = (): boolean =>
  typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;

/**
 * Hosted by Office (told before onReady): the page shows "Connecting to Excel…" however long office.js takes, never
 * the demo, then the pane on the real workbook.
 */
export async function hostedStart(
  container: HTMLElement,
  office: () => OfficeLike | undefined,
  failed: () => boolean,
): Promise<void> {
  const root = createRoot(container);
  let state: ConnectingState = { step: "loadingOffice", slow: false };
  // Its own small chunk (the static skeleton shows meanwhile): the plain-browser start never loads it.
  const screen = import(/* webpackChunkName: "connecting" */ "./ConnectingScreen");
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
