/** The follow-up store wired to the pane's store and the browser / Office around it (loaded with the loop's chunk). */
import { downloadIcs } from "../../outlook/downloadIcs";
import { openInOutlook } from "../../outlook/openInOutlook";
import type { FollowUpPort } from "../../excel/followUpPort";
import { copyText } from "./clipboard";
import type { Clock } from "./clock";
import { FollowUpStore } from "./followUpStore";
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

/** Per-user storage: localStorage under Office's partitionKey where the host sets one (as preferences do). */
function userStorage(): { get(key: string): string | null; set(key: string, value: string): void } {
  const partition = (() => {
    try {
      return (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office?.context?.partitionKey ?? "";
    } catch {
      return "";
    }
  })();
  const full = (key: string) => (partition ? `${partition}/${key}` : key);
  return {
    get: (key) => {
      try {
        return globalThis.localStorage?.getItem(full(key)) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        globalThis.localStorage?.setItem(full(key), value);
      } catch {
        // Storage full or blocked: the choice lasts for this session only.
      }
    },
  };
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
    outlook: pane.reminders.followUps,
  });
}
