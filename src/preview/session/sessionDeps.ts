/** The preview session's wiring to the file readers, the in-memory Office globals and the browser's downloads. */
import { format } from "date-fns";
import { installMemoryOffice, type MemoryInstallation } from "../memory/install";
import type { MemoryWorkbook } from "../memory/model/workbook";
import type { SessionDeps } from "./previewSession";

/**
 * Saves bytes as a file through a blob: URL, which never leaves the page. The link stays out of the document: this
 * is the preview page's own download in a real browser, not the pane's, which the fake blocks on ?platform=Mac.
 */
function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserSessionDeps(first: MemoryInstallation): SessionDeps {
  let installed = first;
  return {
    async open(name, file, report) {
      // The readers load when the rep opens a file, not with the demo (the preview's first screen).
      const { openSpreadsheetFile, toMemoryWorkbook } = await import(
        /* webpackChunkName: "open-file" */ "../files/openWorkbook"
      );
      const { outcome, original } = await openSpreadsheetFile(name, file, report);
      if (!outcome.ok) return outcome.problem.message;
      const loaded = outcome.workbook;
      const workbook = toMemoryWorkbook(loaded, format(new Date(), "yyyy-MM-dd"));
      return {
        workbook,
        original,
        source: { kind: "file", name, format: loaded.format, encoding: loaded.encoding },
        notes: loaded.notes,
      };
    },
    reassert() {
      installed.reassert();
    },
    install(workbook: MemoryWorkbook) {
      installed.uninstall();
      installed = installMemoryOffice(workbook);
    },
    async download(workbook, original, fileName, partial) {
      const { workbookWithHighlights, downloadName } = await import(
        /* webpackChunkName: "download" */ "../files/workbookWithHighlights"
      );
      saveBytes(await workbookWithHighlights(workbook, original), downloadName(fileName, partial));
    },
  };
}
