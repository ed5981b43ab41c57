/**
 * Adapter: a CSV/TSV file → a LoadedWorkbook of one sheet named after the file, as Excel opens it. The bytes are
 * decoded slice by slice in the detected encoding and parsed with papaparse (delimiter guessed, tab for .tsv), so a
 * file of hundreds of megabytes keeps its first MAX_ROWS_PER_SHEET rows, shows progress, and says what it left out.
 */
import type { CellData } from "../memory/model/types";
import { csvCell } from "./csvCells";
import { CsvLineCutter } from "./csvLines";
import { detectEncoding } from "./detectEncoding";
import { fileProblems } from "./fileMessages";
import { MAX_ROWS_PER_SHEET } from "./limits";
import { loadPapa } from "./loadLibraries";
import type { FileNote, OpenOutcome, ProgressReport, ReadLimits } from "./loadedWorkbook";

const SLICE_BYTES = 4 * 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Excel's delimiter line: a CSV whose first line is `sep=;` (or `"sep=;"`) is split on that character whatever the
 * regional list separator, and the line itself is not shown (a convention of Excel's, not RFC 4180: PapaParse issue
 * 951, Wikipedia "Comma-separated values"). European exports write it so that Excel opens them right everywhere.
 */
const SEP_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/** Excel names a CSV's sheet after the file: no extension, at most 31 characters, none of []:*?/\. */
export function sheetNameFor(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[[\]:*?/\\]/g, "_")
    .trim();
  return (base || "Sheet1").slice(0, 31);
}

async function bytesOf(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

export async function readCsv(
  name: string,
  file: Blob,
  report: ProgressReport,
  limits: ReadLimits = { maxRowsPerSheet: MAX_ROWS_PER_SHEET },
): Promise<OpenOutcome> {
  const maxRows = limits.maxRowsPerSheet;
  const sample = await bytesOf(file, 0, SAMPLE_BYTES);
  const encoding = detectEncoding(sample, file.size <= SAMPLE_BYTES);
  const decoder = new TextDecoder(encoding.label);
  const Papa = await loadPapa();
  let delimiter = /\.tsv$/i.test(name) ? "\t" : "";
  const cutter = new CsvLineCutter();
  const rows: Array<Array<CellData | undefined> | undefined> = [];
  let kept = 0;
  let cells = 0;
  let started = false;
  let sepLine = false;
  const take = (piece: string) => {
    let text = piece;
    if (!started && text !== "") {
      started = true;
      const declared = SEP_LINE.exec(text);
      if (declared) {
        sepLine = true;
        delimiter = declared[1];
        text = text.slice(declared[0].length);
      }
    }
    if (kept >= maxRows || text === "") return;
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    if (!delimiter) delimiter = parsed.meta.delimiter || ",";
    for (const fields of parsed.data) {
      if (kept >= maxRows) break;
      const row: Array<CellData | undefined> = [];
      fields.forEach((field, c) => {
        const cell = csvCell(field);
        if (cell) {
          row[c] = cell;
          cells++;
        }
      });
      if (row.length) rows[kept] = row;
      kept++;
    }
  };
  for (let at = encoding.bomLength; at < file.size; at += SLICE_BYTES) {
    const end = Math.min(file.size, at + SLICE_BYTES);
    const text = decoder.decode(await bytesOf(file, at, end), { stream: end < file.size });
    take(cutter.push(text));
    report(end / file.size, kept >= maxRows ? "Counting the rows left out…" : "Reading rows…");
    await nextTask();
  }
  take(cutter.push(decoder.decode()));
  take(cutter.finish());
  if (cells === 0) return { ok: false, problem: fileProblems.empty(name) };
  const notes: FileNote[] = [];
  const leftOut = cutter.records - kept - (sepLine ? 1 : 0);
  if (leftOut > 0) {
    notes.push({
      kind: "rowsLeftOut",
      text: `Only the first ${maxRows.toLocaleString("en-US")} rows were opened; ${leftOut.toLocaleString("en-US")} more rows were left out.`,
    });
  }
  report(1, "Done");
  const sheet = { name: sheetNameFor(name), visibility: "Visible" as const, rows, tables: [], rules: [] };
  return {
    ok: true,
    workbook: { fileName: name, format: "csv", date1904: false, sheets: [sheet], notes, encoding: encoding.name },
  };
}
