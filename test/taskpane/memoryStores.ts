import { analyzeSheet } from "../../src/core";
import { createWorkbookPort, type WorkbookPort } from "../../src/excel";
import { installMemoryOffice, type MemoryInstallation, type MemoryWorkbook } from "../../src/preview/memory";
import type { Clock } from "../../src/taskpane/state/clock";
import { loadReminders } from "../../src/taskpane/state/loadReminders";
import { PaneStore } from "../../src/taskpane/state/paneStore";

/**
 * Pane stores on in-memory workbooks, for one test file. A store installs its workbook as Excel (the one installed
 * before is put away first, so the globals never stack), and the real globals are back after every test.
 */
export function memoryStores(clock: Clock) {
  let installed: MemoryInstallation | undefined;
  const uninstall = () => {
    installed?.uninstall();
    installed = undefined;
  };
  const install = (workbook: MemoryWorkbook): MemoryInstallation => {
    uninstall();
    installed = installMemoryOffice(workbook);
    return installed;
  };
  afterEach(uninstall);
  /** A store on the workbook; `adapt` may swap parts of the real port (to make them fail). */
  const storeOn = (workbook: MemoryWorkbook, adapt: (port: WorkbookPort) => WorkbookPort = (port) => port) => {
    install(workbook);
    return new PaneStore({
      workbook: adapt(createWorkbookPort()),
      clock,
      analyze: analyzeSheet,
      loadReminders: () => loadReminders(),
    });
  };
  return { storeOn, install, uninstall };
}
