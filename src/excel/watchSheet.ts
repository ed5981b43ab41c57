/**
 * Live re-analysis while the pane is open: Worksheet.onChanged on the watched sheet (it also covers edits inside its
 * tables, so no separate Table.onChanged: that would double every event) feeds a trailing debounce, so a burst of
 * edits (a paste, a fill-down, a sort) costs one read. Events raised by our own writes are ignored. When the rep
 * switches sheets, onActivated tells the pane to re-target. Where the host has it (ExcelApi 1.10), onRowSorted re-reads
 * after a sort too; onStale tells the pane at once (before the debounce) that its snapshot is out of date. Handlers do
 * not persist: the pane re-subscribes on open.
 */
import { toAdapterError } from "./errors";
import { isOwnWriteEcho } from "./ownWrites";
import type { ProspectSource, WatchHandlers } from "./port";
import { isExcelApiSupported, OPTIONAL_SETS } from "./requirements";

export const DEFAULT_DEBOUNCE_MS = 400;

/**
 * Our own write: Excel says so where it can (triggerSource, ExcelApi 1.14); older hosts leave it out, and then an
 * event right after one of our writes is taken for its echo.
 */
function isOwnWrite(event: Excel.WorksheetChangedEventArgs): boolean {
  const trigger = (event as { triggerSource?: string }).triggerSource;
  if (trigger !== undefined) return trigger === "ThisLocalAddin";
  return isOwnWriteEcho();
}

export async function watchSheet(source: ProspectSource, handlers: WatchHandlers): Promise<() => Promise<void>> {
  const wait = handlers.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const burst = () => {
    if (stopped) return;
    handlers.onStale?.();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) handlers.onChange();
    }, wait);
  };

  // The extras first: a host that refuses one stops the batch there (what came before it is done), so the edits watch
  // is never left registered twice. Excel 2019 desktop refused WorksheetCollection.onActivated with AccessDenied
  // (office-js 1103): the edits are watched then without following sheet switches.
  const register = (extras: boolean) =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(source.sheetId);
      const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
      const onActivated = handlers.onActivated;
      if (extras && onActivated) {
        results.push(
          context.workbook.worksheets.onActivated.add(async (event) => {
            if (!stopped) onActivated(event.worksheetId);
          }),
        );
      }
      if (extras && isExcelApiSupported(OPTIONAL_SETS.rowSorted)) {
        // A sort moves rows: the pane re-reads (and navigation waits for it) even if onChanged said nothing.
        results.push(sheet.onRowSorted.add(async () => burst()));
      }
      results.push(
        sheet.onChanged.add(async (event) => {
          if (!isOwnWrite(event)) burst();
        }),
      );
      await context.sync();
      return results;
    });

  try {
    let registrations: OfficeExtension.EventHandlerResult<unknown>[];
    try {
      registrations = await register(true);
    } catch {
      registrations = await register(false);
    }

    return async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (registrations.length === 0) return;
      await Excel.run(registrations[0].context, async (context) => {
        for (const registration of registrations) registration.remove();
        await context.sync();
      });
    };
  } catch (error) {
    throw toAdapterError(error, "watch the sheet for changes");
  }
}
