// Opening the rep's own file as one lazily loaded chunk (see session/sessionDeps.ts): read it, then make it a workbook.
export { openSpreadsheetFile } from "./openFile";
export { toMemoryWorkbook } from "./toMemoryWorkbook";
