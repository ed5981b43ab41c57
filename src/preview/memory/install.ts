/** Installs the fakes as globalThis.Excel / Office / OfficeExtension so adapter code runs unchanged. */
import { MemoryClientResult } from "./client/clientObject";
import { MemoryEventHandlerResult } from "./client/eventSlot";
import { ErrorCodes, MemoryOfficeError } from "./errors";
import { createMemoryExcel, type MemoryExcel } from "./excel";
import type { MemoryWorkbook } from "./model/workbook";
import { createMemoryOffice, type MemoryOffice } from "./office/office";

export const MemoryOfficeExtension = {
  Error: MemoryOfficeError,
  ErrorCodes,
  ClientResult: MemoryClientResult,
  EventHandlerResult: MemoryEventHandlerResult,
};

export interface MemoryInstallation {
  Excel: MemoryExcel;
  Office: MemoryOffice;
  workbook: MemoryWorkbook;
  /** Puts back whatever globals were there before. */
  uninstall(): void;
  /** Makes these fakes the Excel / Office globals again, should other code have replaced them since. */
  reassert(): void;
}

const NAMES = ["Excel", "Office", "OfficeExtension"] as const;

export function installMemoryOffice(workbook: MemoryWorkbook): MemoryInstallation {
  const globals = globalThis as unknown as Record<string, unknown>;
  const previous = NAMES.map(
    (name) => [name, Object.prototype.hasOwnProperty.call(globals, name), globals[name]] as const,
  );
  const Excel = createMemoryExcel(workbook);
  const Office = createMemoryOffice(workbook);
  const assign = () => {
    globals.Excel = Excel;
    globals.Office = Office;
    globals.OfficeExtension = MemoryOfficeExtension;
  };
  assign();
  const unblock = blockDownloadsLikeWebKit(workbook);
  return {
    Excel,
    Office,
    workbook,
    reassert: assign,
    uninstall() {
      unblock();
      for (const [name, had, value] of previous) {
        if (had) globals[name] = value;
        else delete globals[name];
      }
    },
  };
}

/**
 * Office on Mac and iPad run the pane in WKWebView, where a Blob/anchor download does nothing and raises no error
 * (office-js issues 2700 "by design", 3385, 4681; 3662 names the WebKit bug). On those platforms the fake swallows
 * every click on a download link the same way, counting it in workbook.blockedDownloads.
 */
function blockDownloadsLikeWebKit(workbook: MemoryWorkbook): () => void {
  if (typeof document === "undefined" || (workbook.platform !== "Mac" && workbook.platform !== "iOS")) return () => {};
  const swallow = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target?.closest?.("a[download]")) return;
    event.preventDefault();
    workbook.blockedDownloads++;
  };
  document.addEventListener("click", swallow, true);
  return () => document.removeEventListener("click", swallow, true);
}
