import { mountPane } from "./boot/mountPane";
import { waitForHost } from "./boot/waitForHost";

declare global {
  interface Window {
    /** Set by taskpane.html when the office.js script tag fails to load. */
    NextStepOfficeFailed?: boolean;
  }
}

/** The single entry: inside Excel, the pane on the real workbook; anywhere else, the browser preview. */
async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const decision = await waitForHost({
    office: () => (typeof Office === "undefined" ? undefined : Office),
    failed: () => window.NextStepOfficeFailed === true,
  });
  performance.mark("nextstep:host-decided"); // the bench reports how much of the cold start waiting for Office takes
  if (decision.kind === "excel") {
    mountPane(container);
    return;
  }
  const { startPreview } = await import(/* webpackChunkName: "preview" */ "../preview/startPreview");
  startPreview(container, { reason: decision.reason, mountPane: (el) => void mountPane(el) });
}

void main();
