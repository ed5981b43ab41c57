/** Installs the strict in-memory Excel as the global Excel/Office for one test, and takes it down after each test. */
import { installMemoryOffice, type MemoryInstallation, type MemoryWorkbook } from "../../src/preview/memory";

let installed: MemoryInstallation | undefined;

// Registered on import: every test file that installs a workbook gets its globals removed after each test.
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

/** Makes `workbook` the Excel the adapters see (replacing any earlier one) with fresh counters. */
export function install<T extends MemoryWorkbook>(workbook: T): T {
  installed?.uninstall();
  installed = installMemoryOffice(workbook);
  workbook.counters.reset();
  return workbook;
}
