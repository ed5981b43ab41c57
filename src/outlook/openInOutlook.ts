/** How the link was opened, so the pane can say "check your browser" when a popup was blocked. */
export type OpenResult = "office" | "window" | "blocked";

interface OfficeUi {
  openBrowserWindow?: (url: string) => void;
}

function officeUi(): OfficeUi | undefined {
  try {
    return typeof Office !== "undefined" ? (Office.context?.ui as OfficeUi | undefined) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens an Outlook-on-the-web compose link in the system browser: Office.context.ui.openBrowserWindow where the
 * host has it (desktop Excel would otherwise open it inside the pane), else window.open.
 */
export function openInOutlook(
  url: string,
  ui: OfficeUi | undefined = officeUi(),
  win: Pick<Window, "open"> | undefined = globalThis.window,
): OpenResult {
  if (!/^https:\/\/outlook\.(office|live)\.com\//.test(url)) throw new Error(`Not an Outlook link: ${url}`);
  if (ui?.openBrowserWindow) {
    try {
      ui.openBrowserWindow(url);
      return "office";
    } catch {
      // Some hosts declare the API but refuse it (e.g. requirement set missing): fall back to the browser.
    }
  }
  if (!win) return "blocked";
  // With "noopener" browsers return null even on success, so a blocked popup can't be told apart: report "window".
  win.open(url, "_blank", "noopener");
  return "window";
}
