import * as React from "react";
import { createRoot } from "react-dom/client";
import { firstAnswer, mountPane } from "./boot/mountPane";
import type { ConnectingState } from "./boot/ConnectingScreen";
import { hostedBy, readHostSignals } from "./boot/hostSignals";
import { waitForHost, type OfficeLike } from "./boot/waitForHost";

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
    startPreviewAtOnce(container, office, failed);
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

/** Once per tab: the reload that hands a late-found Office host to the hosted start (see startPreviewAtOnce). */
const HANDOVER_KEY = "nextstep-host-handover";

/**
 * Not hosted by Office (no host info, not framed): the preview starts at once, without waiting for office.js.
 * office.js fixes its host once, synchronously as it loads (office.debug.js, OSF._OfficeAppFactory initialize →
 * _retrieveHostInfo), from the same sources hostSignals.ts reads before this runs: window.external.GetHostInfo, the
 * `_host_Info` query parameter, window.name's hostInfo, sessionStorage "hostInfoValue". With none of them its host
 * type stays "" and onReady can only report no host. Its answer is still heard: should it ever say Excel, the page
 * reloads once, and the hosted start (which office.js's sessionStorage "hostInfoValue" then selects) takes over.
 */
function startPreviewAtOnce(container: HTMLElement, office: () => OfficeLike | undefined, failed: () => boolean): void {
  // office.js is a parser-blocking script in the head, so it has loaded (or failed) by now. The preview replaces the
  // Office global with its in-memory one: the decision must only ever see the real office.js.
  const realOffice = office();
  const officeSettled = waitForHost({
    office: () => realOffice,
    failed: () => failed() || realOffice === undefined,
  }).then((decision) => {
    performance.mark("nextstep:host-decided");
    if (decision.kind !== "excel") return;
    if (sessionStorage.getItem(HANDOVER_KEY)) return; // never a reload loop
    sessionStorage.setItem(HANDOVER_KEY, "1");
    location.reload();
  });
  const mount = (el: HTMLElement) => firstAnswer(mountPane(el));
  const load = () => import(/* webpackChunkName: "preview" */ "../preview/startPreview");
  // One retry for a chunk that failed to load (a flaky network); after that the static skeleton stays.
  void load()
    .catch(load)
    .then(({ startPreview }) =>
      startPreview(container, { reason: "not hosted by Office", mountPane: mount, officeSettled }),
    )
    .catch(() => undefined);
}

void main();
