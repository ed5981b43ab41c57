/**
 * Per-workbook settings in Office.context.document.settings: written into the file when the rep next saves it, and
 * visible to co-authors (after refreshAsync, on settingsChanged), so only the column mapping, which list it applies
 * to, and whether highlighting is on. One namespaced key.
 */
import type { Role } from "../core/types";
import { ALL_ROLES } from "../core/types";
import { ExcelAdapterError } from "./errors";
import type { WorkbookSettings } from "./port";

export const SETTINGS_KEY = "NextStep.workbook";

function settings(): Office.Settings | undefined {
  return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
}

/** Keeps only well-formed fields (a co-author's older add-in version may have written something else). */
function sanitize(raw: unknown): WorkbookSettings {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: WorkbookSettings = {};
  if (typeof r.columns === "object" && r.columns !== null) {
    const columns: Partial<Record<Role, number>> = {};
    for (const role of ALL_ROLES) {
      const c = (r.columns as Record<string, unknown>)[role];
      if (typeof c === "number" && Number.isInteger(c) && c >= 0) columns[role] = c;
    }
    out.columns = columns;
  }
  if (typeof r.sourceKey === "string") out.sourceKey = r.sourceKey;
  if (typeof r.highlightOn === "boolean") out.highlightOn = r.highlightOn;
  if (typeof r.date1904 === "boolean") out.date1904 = r.date1904;
  return out;
}

export function loadWorkbookSettings(): WorkbookSettings {
  const s = settings();
  if (!s) return {};
  try {
    return sanitize(s.get(SETTINGS_KEY));
  } catch {
    return {};
  }
}

export function saveWorkbookSettings(value: WorkbookSettings): Promise<void> {
  const s = settings();
  if (!s) return Promise.resolve();
  s.set(SETTINGS_KEY, sanitize(value));
  return new Promise((resolve, reject) => {
    s.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new ExcelAdapterError(
            "failed",
            "NextStep could not save its settings in this workbook. Save the file and try again.",
            {
              cause: result.error,
            },
          ),
        );
    });
  });
}

/**
 * Calls onChange with the settings a co-author saved: settingsChanged fires only in Excel on the web while
 * co-authoring (Office.Settings docs), and the add-in sees the new values only after refreshAsync. Elsewhere, settings
 * reach the file when the rep saves it and others see them when they open it. Resolves to an unsubscribe.
 */
export async function watchWorkbookSettings(onChange: (settings: WorkbookSettings) => void): Promise<() => void> {
  const s = settings();
  if (!s || typeof s.addHandlerAsync !== "function") return () => undefined;
  const handler = () =>
    s.refreshAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) onChange(loadWorkbookSettings());
    });
  await new Promise<void>((resolve) => s.addHandlerAsync(Office.EventType.SettingsChanged, handler, () => resolve()));
  return () => s.removeHandlerAsync(Office.EventType.SettingsChanged, { handler });
}
