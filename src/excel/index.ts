/**
 * createWorkbookPort(): the WorkbookPort the pane uses, over the global Excel/Office (real Office.js, or the
 * in-memory Excel once installMemoryOffice has put it there). Every Excel failure a rep can hit comes out as an
 * ExcelAdapterError whose userMessage says what to do.
 */
import { toAdapterError } from "./errors";
import { formatHintMemory } from "./formatHintMemory";
import type { WorkbookPort } from "./port";
import { glanceAtOtherSheets } from "./otherSheets";
import { loadPreferences, savePreferences } from "./preferences";
import { readSheet, rereadSheet } from "./readSheet";
import { checkRequirements } from "./requirements";
import { planTextDateFixes } from "./textDatePlan";
import { watchSheet } from "./watchSheet";
import { loadWorkbookSettings, saveWorkbookSettings, watchWorkbookSettings } from "./workbookSettings";

export * from "./port";
export { HIGHLIGHT_FILLS } from "./highlightFills";
export { dateOrderForLanguage, defaultPreferences } from "./preferences";
export { columnLetter, cellAddress } from "./address";
// Cell writes the rep asks for, found by prospect key and undone exactly (for the follow-up loop's writes too). Types
// only: the write code loads with whatever uses it (import it from "./keyedWrites"), never with the pane's first screen.
export { rowKey } from "./keyedList";
export type {
  CellContent,
  KeyColumns,
  KeyedList,
  KeyedWrite,
  KeyedWriteRecord,
  LeftCell,
  LeftReason,
} from "./keyedWrites";

/** Runs an adapter step, turning whatever Excel threw into a sentence for the rep. */
async function guarded<T>(doing: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toAdapterError(error, doing);
  }
}

/**
 * What the pane does not need to show the summary loads on first use, in its own chunk: highlighting (off until the
 * rep switches it on), the cell writes of a text-date conversion and its undo, and going to a row (on a click).
 */
const highlighting = () => import(/* webpackChunkName: "highlights" */ "./highlighting");
const textDateWrites = () => import(/* webpackChunkName: "cell-writes" */ "./textDates");
const navigation = () => import(/* webpackChunkName: "navigate" */ "./navigate");

export function createWorkbookPort(): WorkbookPort {
  return {
    read: (onSheet) => {
      const settings = loadWorkbookSettings();
      return readSheet(settings.date1904, settings, formatHintMemory(), onSheet);
    },
    glanceAtOtherSheets,
    reread: (source, formatColumns) => {
      const settings = loadWorkbookSettings();
      return rereadSheet(source, settings.date1904, formatColumns, settings, formatHintMemory());
    },
    highlight: (source, report, prefs) =>
      guarded("highlight your prospects", async () => (await highlighting()).applyHighlights(source, report, prefs)),
    clearHighlights: (source) =>
      guarded("clear NextStep's highlighting", async () => (await highlighting()).clearHighlights(source)),
    select: (source, report, row, role) =>
      guarded("go to that row", async () => (await navigation()).selectRow(source, report, row, role)),
    watch: (source, handlers) => watchSheet(source, handlers),
    planTextDateFixes,
    applyTextDateFixes: (source, fixes) =>
      guarded("convert the text dates", async () => (await textDateWrites()).applyTextDateFixes(source.sheetId, fixes)),
    undoTextDateFixes: (undo) =>
      guarded("undo the conversion", async () => (await textDateWrites()).undoTextDateFixes(undo)),
    loadWorkbookSettings,
    saveWorkbookSettings,
    watchWorkbookSettings,
    loadPreferences,
    savePreferences,
    checkRequirements,
  };
}
