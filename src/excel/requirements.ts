/** Which Office.js requirement sets NextStep needs, checked once before the pane starts. */
import type { RequirementCheck } from "./port";

/** ExcelApi 1.7 brings Worksheet.onChanged; custom conditional formats are 1.6; the rest is older. */
export const REQUIRED_EXCEL_API = "1.7";

/** Optional: each unlocks a refinement, never a feature the rep relies on. */
export const OPTIONAL_SETS = {
  /** context.runtime.enableEvents: our own writes (text-date conversion) don't re-trigger a read. */
  enableEvents: "1.8",
  /** Worksheet.onRowSorted: a sort re-reads the list even where onChanged says little about it. */
  rowSorted: "1.10",
} as const;

/** Office.context.requirements.isSetSupported, false outside Office or when the host cannot say. */
export function isSetSupported(name: string, version?: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(name, version);
  } catch {
    return false;
  }
}

export function isExcelApiSupported(version: string): boolean {
  return isSetSupported("ExcelApi", version);
}

export function checkRequirements(): RequirementCheck {
  if (typeof Office === "undefined" || !Office.context) {
    return { ok: false, message: "NextStep runs inside Excel. Open it from the Home tab in Excel." };
  }
  if (!isExcelApiSupported(REQUIRED_EXCEL_API)) {
    return {
      ok: false,
      message:
        "NextStep needs Excel 2019 or Microsoft 365 (ExcelApi 1.7): Excel on the web, Windows, Mac or iPad. " +
        "Update Office, or open this workbook in Excel on the web.",
    };
  }
  return { ok: true };
}
