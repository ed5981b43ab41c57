/** The sentences a rep reads when a file cannot be opened, each saying what to do instead. */
import type { FileProblem } from "./loadedWorkbook";

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const fileProblems = {
  empty: (name: string): FileProblem => ({
    kind: "empty",
    message: `"${name}" is empty. Pick the workbook or CSV file your pipeline is in.`,
  }),
  notSpreadsheet: (name: string, what = "not a spreadsheet"): FileProblem => ({
    kind: "notSpreadsheet",
    message: `"${name}" is ${what}. Open an Excel workbook (.xlsx, .xlsm) or a CSV/TSV file.`,
  }),
  encrypted: (name: string): FileProblem => ({
    kind: "encrypted",
    message:
      `"${name}" is protected with a password, so it cannot be read here. In Excel, save a copy without the ` +
      `password (File > Info > Protect Workbook > Encrypt with Password, clear it) and open the copy.`,
  }),
  oldExcel: (name: string): FileProblem => ({
    kind: "oldExcel",
    message: `"${name}" is an Excel 97-2003 workbook (.xls). In Excel, use File > Save As > Excel Workbook (.xlsx) and open that.`,
  }),
  corrupt: (name: string): FileProblem => ({
    kind: "corrupt",
    message:
      `"${name}" looks like an Excel workbook but is damaged (its zip container cannot be read). If Excel opens ` +
      `it, save a fresh copy from Excel; if it came by email or download, fetch it again.`,
  }),
  tooLarge: (name: string, size: number, limit: number): FileProblem => ({
    kind: "tooLarge",
    message:
      `"${name}" is ${mb(size)}, more than the ${mb(limit)} the browser preview can unpack. Save a copy with only ` +
      `your pipeline sheet, or save that sheet as CSV: the preview reads the first rows of a CSV of any size.`,
  }),
  tooManyCells: (name: string, size: number, limit: number): FileProblem => ({
    kind: "tooLarge",
    message:
      `"${name}" has a sheet of ${size === Infinity ? "over 4 GB" : mb(size)} once unpacked, more than the ` +
      `${mb(limit)} a browser tab can unpack. Save your pipeline sheet as CSV: the preview reads the first ` +
      `100,000 rows of a CSV of any size.`,
  }),
  unreadable: (name: string, detail: string): FileProblem => ({
    kind: "unreadable",
    message: `"${name}" could not be read (${detail}). Save a fresh copy from Excel and try again.`,
  }),
};
