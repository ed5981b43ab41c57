/**
 * The add-in's own download page, opened in the rep's browser by Office.context.ui.openBrowserWindow where the pane
 * cannot save files (Office on Mac/iPad). It reads the calendar from its fragment and saves it with a Blob link,
 * which real browsers honour. The fragment is removed from the address bar and history once read.
 */
import { saveWithAnchor } from "../downloadIcs";
import { decodeHandoff, type DecodeOutcome } from "./icsHandoff";

const FAILURES: Record<Exclude<DecodeOutcome, { ok: true }>["reason"], string> = {
  missing:
    "This page saves the calendar NextStep hands it, and none arrived. Go back to Excel and click Download .ics again.",
  damaged:
    "The calendar did not arrive complete. Go back to Excel and click Download .ics again, or use Copy calendar there.",
  unsupported:
    "This browser cannot unpack the calendar. Open the link in a current Safari, Edge, Chrome or Firefox, or use Copy calendar in Excel.",
};

const plural = (n: number): string => `${n} follow-up${n === 1 ? "" : "s"}`;

export async function runDownloadPage(doc: Document = document, loc: Location = location): Promise<DecodeOutcome> {
  const status = doc.getElementById("status");
  const again = doc.getElementById("again");
  const steps = doc.getElementById("steps");
  const outcome = await decodeHandoff(loc.hash);
  // Forget the calendar in the address bar and history: it stays only in this page's memory.
  if (loc.hash) history.replaceState(null, "", loc.pathname + loc.search);
  if (!outcome.ok) {
    if (status) status.textContent = FAILURES[outcome.reason];
    return outcome;
  }
  const { ics, fileName, followUps } = outcome.payload;
  const save = () => saveWithAnchor(ics, fileName, doc);
  if (status) {
    status.textContent = `${fileName} is downloading. Open it to add ${plural(followUps)} to your calendar.`;
  }
  again?.addEventListener("click", save);
  again?.removeAttribute("hidden");
  steps?.removeAttribute("hidden");
  save();
  return outcome;
}

void runDownloadPage();
