/**
 * Adapter: the one entry for a file the rep picked or dropped. Sniffs the bytes, refuses what cannot be a sheet with
 * a sentence saying what to do, and reads the rest with exceljs or papaparse. Everything happens in this tab: the
 * file's bytes are never sent anywhere.
 */
import type { Workbook } from "exceljs";
import { fileProblems } from "./fileMessages";
import { MAX_CSV_BYTES, MAX_XLSX_BYTES } from "./limits";
import type { OpenOutcome, ProgressReport, ReadLimits } from "./loadedWorkbook";
import { readCsv } from "./readCsv";
import { readXlsx } from "./readXlsx";
import { sniffFile } from "./sniffFile";

/** Enough to find a compound file's "EncryptionInfo" name, which sits in its first directory sector. */
const HEAD_BYTES = 64 * 1024;

export interface OpenedFile {
  outcome: OpenOutcome;
  /** The exceljs model of an opened .xlsx (for "Download with highlights"). */
  original?: Workbook;
}

export async function openSpreadsheetFile(
  name: string,
  file: Blob,
  report: ProgressReport,
  limits?: ReadLimits,
): Promise<OpenedFile> {
  try {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const kind = sniffFile(name, head, file.size);
    switch (kind) {
      case "empty":
        return { outcome: { ok: false, problem: fileProblems.empty(name) } };
      case "encrypted":
        return { outcome: { ok: false, problem: fileProblems.encrypted(name) } };
      case "oldExcel":
        return { outcome: { ok: false, problem: fileProblems.oldExcel(name) } };
      case "notSpreadsheet":
        return { outcome: { ok: false, problem: fileProblems.notSpreadsheet(name) } };
      case "xlsx":
        if (file.size > MAX_XLSX_BYTES) {
          return { outcome: { ok: false, problem: fileProblems.tooLarge(name, file.size, MAX_XLSX_BYTES) } };
        }
        report(0, "Reading the file…");
        return await readXlsx(name, new Uint8Array(await file.arrayBuffer()), report, limits);
      case "csv":
        if (file.size > MAX_CSV_BYTES) {
          return { outcome: { ok: false, problem: fileProblems.tooLarge(name, file.size, MAX_CSV_BYTES) } };
        }
        return { outcome: await readCsv(name, file, report, limits) };
    }
  } catch (error) {
    // A reader's bug or the tab running out of memory: a sentence, never a broken page.
    const detail = error instanceof Error ? error.message : String(error);
    return { outcome: { ok: false, problem: fileProblems.unreadable(name, detail.slice(0, 120)) } };
  }
}
