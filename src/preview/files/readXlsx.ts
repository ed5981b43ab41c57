/**
 * Adapter: an .xlsx/.xlsm file's bytes → a LoadedWorkbook, with exceljs (loaded on first use). Checks the zip's
 * directory first so damaged, foreign and enormous files get their own message before anything is unpacked.
 */
import type { ConditionalFormattingOptions, Workbook, Worksheet } from "exceljs";
import type { CellData } from "../memory/model/types";
import { cutSheets, oversizedSheets } from "./cutLargeSheets";
import { fileProblems } from "./fileMessages";
import { CUT_XLSX_SHEET_XML_BYTES, MAX_ROWS_PER_SHEET, MAX_XLSX_SHEET_XML_BYTES } from "./limits";
import { loadExcelJs } from "./loadLibraries";
import type { FileNote, LoadedSheet, LoadedTable, OpenOutcome, ProgressReport, ReadLimits } from "./loadedWorkbook";
import { cellFromExcelJs } from "./xlsxCells";
import { rulesFromExcelJs } from "./xlsxRules";
import { zipDirectory } from "./zipDirectory";

/** Rows converted between two chances for the page to paint the progress bar. */
const ROWS_PER_SLICE = 5_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Opened workbooks keep the exceljs model, so "Download with highlights" writes the rep's own file back. */
export interface XlsxOpened {
  outcome: OpenOutcome;
  original?: Workbook;
}

function whatElse(names: string[]): string {
  if (names.some((n) => n.startsWith("word/"))) return "a Word document, not a spreadsheet";
  if (names.some((n) => n.startsWith("ppt/"))) return "a PowerPoint presentation, not a spreadsheet";
  return "a zip archive, not a spreadsheet";
}

/** A table reaching past the rows that were opened ends at the last one (a table needs a header and one row). */
function tableWithinRows(table: LoadedTable, maxRows: number): LoadedTable[] {
  const [, from, top, toColumn, bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(table.address) ?? [];
  if (Number(bottom) <= maxRows) return [table];
  if (Number(top) >= maxRows) return [];
  return [{ name: table.name, address: `${from}${top}:${toColumn}${maxRows}` }];
}

interface Counts {
  cached: number;
  noValue: number;
}

async function readSheet(
  sheet: Worksheet,
  maxRows: number,
  date1904: boolean,
  counts: Counts,
  progress: (rowsDone: number) => void,
): Promise<{ loaded: LoadedSheet; leftOut: number }> {
  const rows: LoadedSheet["rows"] = [];
  const last = Math.min(sheet.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (row) {
      const cells: Array<CellData | undefined> = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const { data, formula } = cellFromExcelJs(cell, date1904);
        if (formula === "cached") counts.cached++;
        else if (formula === "noValue") counts.noValue++;
        if (data) cells[column - 1] = data;
      });
      if (cells.length) rows[r - 1] = cells;
    }
    if (r % ROWS_PER_SLICE === 0) {
      progress(r);
      await nextTask();
    }
  }
  let leftOut = 0;
  for (let r = last + 1; r <= sheet.rowCount; r++) if (sheet.findRow(r)?.hasValues) leftOut++;
  const tables: LoadedTable[] = (
    sheet.getTables() as unknown as Array<{ table?: { name?: string; tableRef?: string; ref?: string } }>
  )
    .map((t) => t.table)
    .filter((t): t is { name: string; tableRef?: string; ref?: string } => typeof t?.name === "string")
    .map((t) => ({ name: t.name, address: String(t.tableRef ?? t.ref ?? "") }))
    .filter((t) => /^[A-Z]+\d+:[A-Z]+\d+$/.test(t.address))
    .flatMap((t) => tableWithinRows(t, maxRows));
  const state = sheet.state;
  return {
    loaded: {
      name: sheet.name,
      visibility: state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible",
      rows,
      tables,
      // exceljs reads them into this property, which its typings leave out
      rules: rulesFromExcelJs(
        (sheet as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] }).conditionalFormattings,
      ),
    },
    leftOut,
  };
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

export async function readXlsx(
  name: string,
  bytes: Uint8Array,
  report: ProgressReport,
  limits: ReadLimits = { maxRowsPerSheet: MAX_ROWS_PER_SHEET },
): Promise<XlsxOpened> {
  const maxRows = limits.maxRowsPerSheet;
  const entries = zipDirectory(bytes);
  if (!entries) return { outcome: { ok: false, problem: fileProblems.corrupt(name) } };
  const names = entries.map((e) => e.name);
  if (!names.includes("xl/workbook.xml")) {
    return { outcome: { ok: false, problem: fileProblems.notSpreadsheet(name, whatElse(names)) } };
  }
  const biggest = entries
    .filter((e) => e.name.startsWith("xl/worksheets/"))
    .reduce((max, e) => Math.max(max, e.size), 0);
  if (biggest > MAX_XLSX_SHEET_XML_BYTES) {
    return { outcome: { ok: false, problem: fileProblems.tooManyCells(name, biggest, MAX_XLSX_SHEET_XML_BYTES) } };
  }
  report(0.05, "Unpacking the workbook…");
  const ExcelJS = await loadExcelJs();
  const original = new ExcelJS.Workbook();
  // Sheets too big for exceljs to unpack whole are cut after their first rows; the rest is only counted.
  let cutRowsLeftOut = new Map<string, number>();
  try {
    const oversized = oversizedSheets(entries, limits.cutSheetXmlBytes ?? CUT_XLSX_SHEET_XML_BYTES);
    let readable = bytes;
    if (oversized.length) {
      report(0.05, `Finding the first ${plural(maxRows, "row")} of each sheet…`);
      const cut = await cutSheets(bytes, oversized, maxRows, (f) => report(0.05 + 0.2 * f, "Finding the first rows…"));
      readable = cut.bytes;
      cutRowsLeftOut = cut.rowsLeftOut;
      report(0.25, "Unpacking the workbook…");
    }
    // exceljs types its input as Node's Buffer; in the browser it takes the ArrayBuffer / Uint8Array (JSZip).
    await original.xlsx.load(readable as unknown as Parameters<typeof original.xlsx.load>[0]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const problem = /zip|central|signature|corrupt|end of data/i.test(detail)
      ? fileProblems.corrupt(name)
      : fileProblems.unreadable(name, detail.slice(0, 120));
    return { outcome: { ok: false, problem } };
  }
  const date1904 = original.properties?.date1904 === true;
  const worksheets = original.worksheets;
  const totalRows = Math.max(
    1,
    worksheets.reduce((sum, s) => sum + Math.min(s.rowCount, maxRows), 0),
  );
  let doneRows = 0;
  const counts: Counts = { cached: 0, noValue: 0 };
  const sheets: LoadedSheet[] = [];
  const notes: FileNote[] = [];
  for (const sheet of worksheets) {
    const before = doneRows;
    const { loaded, leftOut } = await readSheet(sheet, maxRows, date1904, counts, (rows) => {
      report(0.3 + (0.7 * (before + rows)) / totalRows, `Reading "${sheet.name}"…`);
    });
    doneRows += Math.min(sheet.rowCount, maxRows);
    sheets.push(loaded);
    const cutLeftOut = cutRowsLeftOut.get(sheet.name);
    if (cutLeftOut !== undefined && cutLeftOut > 0) {
      notes.push({
        kind: "rowsLeftOut",
        text:
          `"${sheet.name}": only the first ${plural(maxRows, "row")} were opened; ${plural(cutLeftOut, "more row")} ` +
          `were left out. "Download with highlights" saves only the rows that were opened.`,
      });
    } else if (leftOut > 0) {
      notes.push({
        kind: "rowsLeftOut",
        text: `"${sheet.name}": only the first ${plural(maxRows, "row")} were opened; ${plural(leftOut, "more row")} with data were left out.`,
      });
    }
  }
  if (date1904) {
    notes.push({
      kind: "date1904",
      text: "This workbook uses the 1904 date system (older Excel for Mac): its dates are kept as Excel stores them.",
    });
  }
  if (counts.cached > 0) {
    notes.push({
      kind: "formulasCached",
      text: `${plural(counts.cached, "formula")} ${counts.cached === 1 ? "shows" : "show"} the values Excel last saved with the file; the preview does not recalculate them.`,
    });
  }
  if (counts.noValue > 0) {
    notes.push({
      kind: "formulasWithoutValues",
      text: `${plural(counts.noValue, "formula")} ${counts.noValue === 1 ? "has" : "have"} no saved value (the file was written by a program that does not calculate), so they show blank. Open and save the file in Excel to fill them in.`,
    });
  }
  report(1, "Done");
  return { outcome: { ok: true, workbook: { fileName: name, format: "xlsx", date1904, sheets, notes } }, original };
}
