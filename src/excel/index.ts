/**
 * createWorkbookPort(): the WorkbookPort the pane uses, over the global Excel/Office (real Office.js, or the
 * in-memory Excel once installMemoryOffice has put it there). Every Excel failure a rep can hit comes out as an
 * ExcelAdapterError whose userMessage says what to do.
 */
import { applyHighlights } from "./applyHighlights";
import { clearHighlights } from "./clearHighlights";
import { toAdapterError } from "./errors";
import { formatHintMemory } from "./formatHintMemory";
import { selectRow } from "./navigate";
import type { WorkbookPort } from "./port";
import { loadPreferences, savePreferences } from "./preferences";
import { readSheet, rereadSheet } from "./readSheet";
import { checkRequirements } from "./requirements";
import { applyTextDateFixes, planTextDateFixes, undoTextDateFixes } from "./textDates";
import { watchSheet } from "./watchSheet";
import { loadWorkbookSettings, saveWorkbookSettings, watchWorkbookSettings } from "./workbookSettings";

export * from "./port";
export { HIGHLIGHT_FILLS } from "./highlightRules";
export { dateOrderForLanguage, defaultPreferences } from "./preferences";
export { columnLetter, cellAddress } from "./address";
// Cell writes the rep asks for, found by prospect key and undone exactly (for the follow-up loop's writes too).
export {
  rowKey,
  undoKeyedWrites,
  writeCellsByKey,
  type CellContent,
  type KeyColumns,
  type KeyedList,
  type KeyedWrite,
  type KeyedWriteRecord,
  type LeftCell,
  type LeftReason,
} from "./keyedWrites";

/** Runs an adapter step, turning whatever Excel threw into a sentence for the rep. */
async function guarded<T>(doing: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toAdapterError(error, doing);
  }
}

export function createWorkbookPort(): WorkbookPort {
  return {
    read: () => {
      const settings = loadWorkbookSettings();
      return readSheet(settings.date1904, settings, formatHintMemory());
    },
    reread: (source, formatColumns) => {
      const settings = loadWorkbookSettings();
      return rereadSheet(source, settings.date1904, formatColumns, settings, formatHintMemory());
    },
    highlight: (source, report, prefs) =>
      guarded("highlight your prospects", () => applyHighlights(source, report, prefs)),
    clearHighlights: (source) => guarded("clear NextStep's highlighting", () => clearHighlights(source)),
    select: (source, report, row, role) => guarded("go to that row", () => selectRow(source, report, row, role)),
    watch: (source, handlers) => watchSheet(source, handlers),
    planTextDateFixes,
    applyTextDateFixes: (source, fixes) =>
      guarded("convert the text dates", () => applyTextDateFixes(source.sheetId, fixes)),
    undoTextDateFixes: (undo) => guarded("undo the conversion", () => undoTextDateFixes(undo)),
    loadWorkbookSettings,
    saveWorkbookSettings,
    watchWorkbookSettings,
    loadPreferences,
    savePreferences,
    checkRequirements,
  };
}
