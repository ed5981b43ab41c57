/** The follow-up store wired to the pane's store and the browser / Office around it (loaded with the loop's chunk). */
import { downloadIcs } from "../../outlook/downloadIcs";
import { openInOutlook } from "../../outlook/openInOutlook";
import type { FollowUpPort } from "../../excel/followUpPort";
import { userStorage } from "../../excel/userStorage";
import { copyText } from "./clipboard";
import type { Clock } from "./clock";
import { FollowUpStore } from "./followUpStore";
import { loopOutlookOf } from "./followUpOutlook";
import type { PaneStore } from "./paneStore";

/** Office's display language ("fr-FR"), or the browser's outside Office. */
function displayLanguage(): string | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return office?.context?.displayLanguage ?? globalThis.navigator?.language;
  } catch {
    return undefined;
  }
}

export function createFollowUpStore(pane: PaneStore, clock: Clock, port: FollowUpPort): FollowUpStore {
  return new FollowUpStore({
    pane,
    port,
    clock,
    copyText,
    displayLanguage,
    storage: userStorage(),
    // Where no file can be saved (Office on Mac without a browser window), the calendar goes on the clipboard.
    saveIcs: (ics) =>
      void downloadIcs(ics, 1).then((result) => (result.kind === "copyInstead" ? copyText(result.ics) : true)),
    openLink: (url) => void openInOutlook(url),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    outlook: loopOutlookOf(pane.reminders),
  });
}
