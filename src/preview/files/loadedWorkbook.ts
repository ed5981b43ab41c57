/** What reading a rep's file gives: plain sheets of typed cells, tables and rules, ready for the in-memory Excel. */
import type { CellData, ConditionalFormatTypeName } from "../memory/model/types";
import type { Visibility } from "../memory/model/sheet";

export interface LoadedRule {
  type: ConditionalFormatTypeName;
  /** A1 areas (no sheet); Excel allows one rule over several. */
  addresses: string[];
  /** "=..." for custom (expression) rules. */
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface LoadedTable {
  name: string;
  /** A1 range, header row included. */
  address: string;
}

export interface LoadedSheet {
  name: string;
  visibility: Visibility;
  /** Sparse rows of cells as Excel stores them (row 0 = sheet row 1). */
  rows: Array<Array<CellData | undefined> | undefined>;
  tables: LoadedTable[];
  /** The rep's conditional formats, highest priority first. */
  rules: LoadedRule[];
}

/** Something the rep should know about what was opened (rows left out, formulas shown by cached values…). */
export interface FileNote {
  kind: "rowsLeftOut" | "formulasCached" | "formulasWithoutValues" | "date1904";
  text: string;
}

export interface LoadedWorkbook {
  fileName: string;
  format: "xlsx" | "csv";
  /** The workbook's own date system (Excel for Mac's older default is 1904). */
  date1904: boolean;
  sheets: LoadedSheet[];
  notes: FileNote[];
  /** How the text was decoded (CSV only), e.g. "UTF-16 LE". */
  encoding?: string;
}

/** A file the preview cannot open, with a sentence saying what to do. */
export interface FileProblem {
  kind: "empty" | "notSpreadsheet" | "encrypted" | "oldExcel" | "corrupt" | "tooLarge" | "unreadable";
  message: string;
}

export type OpenOutcome = { ok: true; workbook: LoadedWorkbook } | { ok: false; problem: FileProblem };

/** How much of a file is opened (limits.ts; tests pass smaller ones). */
export interface ReadLimits {
  maxRowsPerSheet: number;
  /** A worksheet's unpacked XML above which it is cut before exceljs reads it (CUT_XLSX_SHEET_XML_BYTES). */
  cutSheetXmlBytes?: number;
}

/** Progress of a long read: 0..1 and what is happening. */
export type ProgressReport = (fraction: number, stage: string) => void;
