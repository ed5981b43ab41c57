/**
 * `npx tsx bench/openFileBench.ts`: opening a rep's 50,000-row × 12-column .xlsx in the preview (sniff, zip
 * directory, exceljs, conversion to the in-memory Excel) beside exceljs's own bare parse of the same bytes. Runs
 * alternate so both see the same machine; the figure is the ratio of medians (target ≤ 1.3×).
 */
import ExcelJS from "exceljs";
import { openSpreadsheetFile } from "../src/preview/files/openFile";
import { toMemoryWorkbook } from "../src/preview/files/toMemoryWorkbook";

const ROWS = 50_000;
const COLUMNS = 12;
/** Runs of each, in A-B-B-A order so neither side always runs second (after the other's garbage). */
const RUNS = 4;

async function generate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pipeline");
  sheet.addRow([
    "Company",
    "Contact",
    "Email",
    "Phone",
    "Status",
    "Next step",
    "Next step date",
    "Amount",
    "Owner",
    "Region",
    "Source",
    "Notes",
  ]);
  for (let r = 1; r <= ROWS; r++) {
    sheet.addRow([
      `Company ${r}`,
      `Contact ${r}`,
      `c${r}@example.com`,
      `+1 555 ${String(r).padStart(7, "0")}`,
      r % 5 === 0 ? "Won" : "Open",
      r % 7 === 0 ? "" : "Call back",
      new Date(Date.UTC(2026, 10, 1 + (r % 60))),
      r * 10.5,
      "Me",
      ["North", "South", "East", "West"][r % 4],
      "Web",
      r % 3 === 0 ? "Follow up after the demo" : "",
    ]);
  }
  sheet.getColumn(7).numFmt = "m/d/yyyy";
  sheet.getColumn(8).numFmt = "#,##0.00";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const bytes = await generate();
  const blob = new Blob([bytes as BlobPart]);
  const bare: number[] = [];
  const preview: number[] = [];
  const runBare = async () =>
    bare.push(await time(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)));
  const runPreview = async () =>
    preview.push(
      await time(async () => {
        const { outcome } = await openSpreadsheetFile("pipeline.xlsx", blob, () => undefined);
        if (!outcome.ok) throw new Error(outcome.problem.message);
        toMemoryWorkbook(outcome.workbook, "2026-11-25");
      }),
    );
  for (let run = 0; run < RUNS; run++) {
    if (run % 2 === 0) {
      await runBare();
      await runPreview();
    } else {
      await runPreview();
      await runBare();
    }
  }
  const ratio = median(preview) / median(bare);
  console.log(
    `file                                   ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${ROWS.toLocaleString("en-US")} rows × ${COLUMNS} columns`,
  );
  console.log(`exceljs bare parse (median of ${RUNS})       ${median(bare).toFixed(0)} ms`);
  console.log(`preview open: read + convert + load    ${median(preview).toFixed(0)} ms`);
  console.log(
    `ratio                                  ${ratio.toFixed(2)}× (target ≤ 1.3×)${ratio <= 1.3 ? "" : "  ← over target"}`,
  );
}

void main();
