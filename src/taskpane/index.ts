import { hostedBy, readHostSignals } from "./boot/hostSignals";
import { showStartFailure, START_FAILURE } from "./boot/startFailure";
import { waitForHost, type OfficeLike } from "./boot/waitForHost";

declare global {
  interface Window {
    /** Set by taskpane.html when the office.js script tag fails to load. */
    NextStepOfficeFailed?: boolean;
    /** Set by taskpane.html when no host was in sight, so it did not run office.js at all. */
    NextStepOfficeSkipped?: boolean;
  }
}

/**
 * The single entry, kept free of React: inside Excel, the pane on the real workbook (its chunks preloaded by
 * taskpane.html beside office.js); in a plain browser, the preview, which reads the demo and paints its counts into
 * the skeleton before React and Fluent have even been evaluated.
 */
function main(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const office = () => (typeof Office === "undefined" ? undefined : Office);
  const failed = () => window.NextStepOfficeFailed === true;
  if (hostedBy(readHostSignals()) === undefined) {
    startPreviewAtOnce(container, office, failed);
    buildWordTables();
    return;
  }
  const load = () => import(/* webpackChunkName: "hosted" */ "./boot/hostedStart");
  // One retry for a chunk that failed to load (a flaky network); after that the skeleton says what to do.
  void load()
    .catch(load)
    .then(({ hostedStart }) => hostedStart(container, office, failed))
    .catch(() => showStartFailure(container, START_FAILURE.hosted));
  buildWordTables();
}

/**
 * The core's word tables are built as their modules load (core/wordTables.ts): about 15–20 ms on a cold start. They
 * come with this entry ("eager": no chunk of their own) and load just after the start's chunks were asked for, so
 * they are built while the browser compiles those chunks on background threads and the main thread would only wait.
 * Asked for before, they would delay those requests (and the compiling) by as much.
 */
function buildWordTables(): void {
  void import(/* webpackMode: "eager" */ "../core/wordTables");
}

/** Once per tab: the reload that hands a late-found Office host to the hosted start (see startPreviewAtOnce). */
const HANDOVER_KEY = "nextstep-host-handover";

/**
 * Not hosted by Office (no host info, not framed): the preview starts at once, without waiting for office.js.
 * office.js fixes its host once, synchronously as it loads (office.debug.js, OSF._OfficeAppFactory initialize →
 * _retrieveHostInfo), from the same sources hostSignals.ts reads before this runs: agaveHost or
 * window.external.GetHostInfo, the `_host_Info` query parameter, window.name's hostInfo, sessionStorage
 * "hostInfoValue". With none of them its host type stays "" and onReady can only report no host, so taskpane.html
 * does not even run it then (NextStepOfficeSkipped). Should it have run after all and ever say Excel, the page
 * reloads once, and the hosted start (which office.js's sessionStorage "hostInfoValue" then selects) takes over.
 */
function startPreviewAtOnce(container: HTMLElement, office: () => OfficeLike | undefined, failed: () => boolean): void {
  // office.js is a parser-blocking script in the head, so it has loaded, failed or been skipped by now. The preview
  // replaces the Office global with its in-memory one: the decision must only ever see the real office.js.
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
  const load = () => import(/* webpackChunkName: "preview-boot" */ "../preview/previewBoot");
  // One retry for a chunk that failed to load (a flaky network); after that the skeleton says what to do.
  void load()
    .catch(load)
    .then(({ bootPreview }) => {
      const reason = window.NextStepOfficeSkipped
        ? "no Office host in sight, office.js not run"
        : "not hosted by Office";
      bootPreview(container, { reason, officeSettled });
    })
    .catch(() => showStartFailure(container, START_FAILURE.preview));
}

main();
