import { encodeHandoff, MAX_HANDOFF_URL, type HandoffCodec } from "./handoff/icsHandoff";

export const ICS_FILE_NAME = "NextStep follow-ups.ics";

/** The download page webpack builds next to taskpane.html. */
export const HANDOFF_PAGE = "ics-download.html";

/**
 * What "Download .ics" did, as data for the pane's sentence:
 * - started: the browser saves the file (Excel on the web, Windows, the preview);
 * - handedOff: the rep's browser opened our download page, which saves it there (Office on Mac and iPad);
 * - copyInstead: no way to save a file from here; `ics` is the calendar to copy (why: `reason`).
 */
export type IcsDownload =
  | { kind: "started"; fileName: string; followUps: number }
  | { kind: "handedOff"; fileName: string; followUps: number }
  | {
      kind: "copyInstead";
      fileName: string;
      followUps: number;
      ics: string;
      reason: "noBrowserWindow" | "tooLarge" | "blocked";
    };

/** What the host can do with a file; read from Office.context in the add-in, handed in by tests. */
export interface DownloadHost {
  /** Office.context.platform: "Mac", "iOS", "PC", "OfficeOnline", … (undefined outside Office). */
  platform?: string;
  /** Office.context.ui.openBrowserWindow, when OpenBrowserWindowApi 1.1 is supported. */
  openBrowserWindow?: (url: string) => void;
  /** The pane's own address (the download page sits beside it). */
  pageUrl: string;
  document?: Document;
}

/**
 * Blob/anchor downloads do nothing in Office on Mac and iPad (WKWebView): office-js issues 2700 ("by design"),
 * 3385, 4681; 3662 names the WebKit bug and gives the way out, openBrowserWindow to a URL the add-in owns.
 */
export const cannotSaveFiles = (platform: string | undefined): boolean => platform === "Mac" || platform === "iOS";

export function officeDownloadHost(): DownloadHost {
  const host: DownloadHost = { pageUrl: typeof location === "undefined" ? "" : location.href };
  try {
    if (typeof Office === "undefined" || !Office.context) return host;
    host.platform = String(Office.context.platform ?? Office.context.diagnostics?.platform ?? "") || undefined;
    // OpenBrowserWindowApi 1.1: Excel on Windows, Mac and iPad; not Office on the web (requirement-set docs).
    const ui = Office.context.ui as Partial<Office.UI> | undefined;
    if (Office.context.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1") && ui?.openBrowserWindow) {
      host.openBrowserWindow = (url) => ui.openBrowserWindow?.(url);
    }
  } catch {
    // No Office context: a plain browser, where the anchor download works.
  }
  return host;
}

/** Saves .ics text through a Blob link; works in browsers and Office on Windows/the web, not in WKWebView. */
export function saveWithAnchor(ics: string, fileName: string, doc: Document = document): void {
  const blob = new Blob([ics], { type: "text/calendar;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName.replace(/[\\/:*?"<>|]+/g, "-");
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The address of the download page carrying this calendar in its fragment. */
export async function handoffUrl(
  pageUrl: string,
  payload: { ics: string; fileName: string; followUps: number },
  codec?: HandoffCodec,
): Promise<string> {
  const page = new URL(HANDOFF_PAGE, pageUrl);
  page.search = "";
  return `${page.toString().replace(/#.*$/, "")}#${await encodeHandoff(payload, codec)}`;
}

/**
 * Saves the calendar the way this host allows: an anchor download where files can be saved, else our download page
 * in the rep's browser, else the calendar to copy.
 */
export async function downloadIcs(
  ics: string,
  followUps: number,
  host: DownloadHost = officeDownloadHost(),
  codec?: HandoffCodec,
): Promise<IcsDownload> {
  const fileName = ICS_FILE_NAME;
  if (!cannotSaveFiles(host.platform)) {
    saveWithAnchor(ics, fileName, host.document);
    return { kind: "started", fileName, followUps };
  }
  if (!host.openBrowserWindow) return { kind: "copyInstead", fileName, followUps, ics, reason: "noBrowserWindow" };
  const url = await handoffUrl(host.pageUrl, { ics, fileName, followUps }, codec);
  if (url.length > MAX_HANDOFF_URL) return { kind: "copyInstead", fileName, followUps, ics, reason: "tooLarge" };
  try {
    host.openBrowserWindow(url);
  } catch {
    return { kind: "copyInstead", fileName, followUps, ics, reason: "blocked" };
  }
  return { kind: "handedOff", fileName, followUps };
}
