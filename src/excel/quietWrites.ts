/**
 * Runs the add-in's own cell writes so they do not come back as edits: events off where the host allows it
 * (runtime.enableEvents, ExcelApi 1.8), and marked for the watcher on hosts without it (ExcelApi 1.7, Office 2019).
 */
import { markOwnWrite } from "./ownWrites";
import { isExcelApiSupported, OPTIONAL_SETS } from "./requirements";

function setEvents(context: Excel.RequestContext, enabled: boolean): void {
  if (isExcelApiSupported(OPTIONAL_SETS.enableEvents)) context.runtime.enableEvents = enabled;
}

/** `write` queues and syncs the writes; events are back on afterwards whatever happened. */
export async function writeQuietly(context: Excel.RequestContext, write: () => Promise<void>): Promise<void> {
  setEvents(context, false);
  markOwnWrite();
  try {
    await write();
  } finally {
    markOwnWrite();
    setEvents(context, true);
    await context.sync();
  }
}
