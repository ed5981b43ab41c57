/**
 * `npx tsx bench/excelBench.ts`: what reading, highlighting and clearing cost on the strict in-memory Excel at 1,000
 * and 100,000 rows (syncs, API calls, payload bytes), beside a naive baseline that paints one fill per overdue row.
 */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../src/core";
import { applyHighlights } from "../src/excel/applyHighlights";
import { clearHighlights } from "../src/excel/clearHighlights";
import { HIGHLIGHT_FILLS } from "../src/excel/highlightRules";
import { rereadFormatColumns, type HighlightPrefs } from "../src/excel/port";
import { formatHintMemory } from "../src/excel/formatHintMemory";
import { readSheet, rereadSheet } from "../src/excel/readSheet";
import { installMemoryOffice, type CounterSnapshot, type MemoryWorkbook, type RangeRead } from "../src/preview/memory";
import { generateWorkbook, TODAY } from "../test/excel/generateSheet";

const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: false };

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

function line(what: string, c: CounterSnapshot, extra = ""): void {
  const name = what.padEnd(40);
  const syncs = `${c.syncs} sync${c.syncs === 1 ? "" : "s"}`.padEnd(9);
  const calls = `${c.apiCalls} API calls`.padEnd(16);
  console.log(
    `${name} ${syncs} ${calls} request ${size(c.requestBytes).padEnd(9)} response ${size(c.responseBytes).padEnd(9)}` +
      ` largest ${size(Math.max(c.largestRequestBytes, c.largestResponseBytes))}${extra}`,
  );
}

async function measure<T>(
  workbook: MemoryWorkbook,
  step: () => Promise<T>,
): Promise<{ result: T; cost: CounterSnapshot; reads: RangeRead[]; ms: number }> {
  workbook.counters.reset();
  const start = performance.now();
  const result = await step();
  const ms = performance.now() - start;
  return { result, cost: workbook.counters.snapshot(), reads: workbook.counters.rangeReads, ms };
}

/** Baseline read: the whole used range in one load, as most samples do. */
async function naiveRead(): Promise<string> {
  try {
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      used.load("values,numberFormat");
      await context.sync();
    });
    return "";
  } catch (error) {
    return `  FAILED: ${(error as { code?: string }).code ?? String(error)}`;
  }
}

/** Baseline for the read ratio: the list's values only, in one load. */
async function valuesOnlyRead(address: string): Promise<string> {
  try {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange(address);
      range.load("values");
      await context.sync();
    });
    return "";
  } catch (error) {
    return `  FAILED: ${(error as { code?: string }).code ?? String(error)}`;
  }
}

/** Baseline: what an add-in without conditional formats does — one fill per overdue row, in one batch. */
async function naiveFill(sheetId: string, rows: number[]): Promise<string> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetId);
      for (const row of rows) sheet.getRange(`A${row}:L${row}`).format.fill.color = HIGHLIGHT_FILLS.overdue;
      await context.sync();
    });
    return "";
  } catch (error) {
    return `  FAILED: ${(error as { code?: string }).code ?? String(error)}`;
  }
}

/** Baseline clear: one fill clear per painted row (it also wipes the rep's own fills on those rows). */
async function naiveClear(sheetId: string, rows: number[]): Promise<string> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetId);
      for (const row of rows) sheet.getRange(`A${row}:L${row}`).format.fill.clear();
      await context.sync();
    });
    return "";
  } catch (error) {
    return `  FAILED: ${(error as { code?: string }).code ?? String(error)}`;
  }
}

async function run(rows: number): Promise<void> {
  const label = rows >= 1000 ? `${rows / 1000}k` : String(rows);
  const workbook = generateWorkbook({ rows });
  const installed = installMemoryOffice(workbook);
  try {
    // A rep's file has an identity (Office.context.document.url): the format hint is kept under its hash. The cold
    // read finds no hint (first open ever, or columns moved); the reopened one finds the one the cold read left.
    workbook.documentUrl = "https://contoso.sharepoint.com/sites/sales/Pipeline.xlsx";
    const hintStore = new Map<string, string>();
    const storage = {
      get: (key: string) => hintStore.get(key) ?? null,
      set: (k: string, v: string) => void hintStore.set(k, v),
    };
    const read = await measure(workbook, () => readSheet(false, undefined, formatHintMemory(storage)));
    line(`read ${label} rows × 12 cols (cold)`, read.cost, `  (${read.ms.toFixed(0)} ms)`);
    const reopened = await measure(workbook, () => readSheet(false, undefined, formatHintMemory(storage)));
    line(`read ${label} rows (reopened, format hint)`, reopened.cost, `  (${reopened.ms.toFixed(0)} ms)`);
    const snapshot = read.result;
    const naiveLoad = await measure(workbook, () => naiveRead());
    line(`read ${label} rows (naive one load)`, naiveLoad.cost, naiveLoad.result);
    // Without the date column known, a re-read picks the columns from the values, as the first read does.
    const reread = await measure(workbook, () => rereadSheet(snapshot.source));
    line(`re-read ${label} rows (columns unknown)`, reread.cost);
    const report = analyzeSheet(snapshot.input, { today: TODAY });
    // Issue 12's "Reading the list": a live re-read (the pane passes the date column) reads formats only there;
    // baseline: the list's values only, in one load. Both are the fake's response bytes: the JSON of every property
    // loaded, so reading a column's formats costs what it would on the wire.
    // What the pane passes after an edit: the date column and the kin the first read loaded.
    const paneColumns = rereadFormatColumns(snapshot, report.header.columns);
    const lean = await measure(workbook, () => rereadSheet(snapshot.source, false, paneColumns));
    line(`re-read ${label} rows (date column known)`, lean.cost);
    const valuesOnly = await measure(workbook, () => valuesOnlyRead(snapshot.source.address));
    line(`read ${label} rows (values only, baseline)`, valuesOnly.cost, valuesOnly.result);
    console.log(
      `ratio ${label}: re-read response ${(lean.cost.responseBytes / valuesOnly.cost.responseBytes).toFixed(2)}× ` +
        `a values-only read (target ≤ 1.15×), ${lean.cost.syncs} vs ${valuesOnly.cost.syncs} syncs` +
        (valuesOnly.result ? " (the values-only read fails above 5 MB)" : ""),
    );
    // The first read picks the date column (and its kin) from the values, then reads only their formats: in the
    // chunks of a long list, in one sync of their own when the probe held the whole list.
    const formatCells = read.reads
      .filter((r) => r.property === "numberFormat")
      .reduce((cells, r) => cells + r.cells, 0);
    const listCells = snapshot.source.rowCount * snapshot.source.columnCount;
    // Past 5 MB the values-only read fails in one sync: the read's chunks are the least it can do there.
    const syncTarget = valuesOnly.result ? " (values only fails above 5 MB)" : " (target: the same)";
    console.log(
      `ratio ${label}: first read (cold) response ${(read.cost.responseBytes / valuesOnly.cost.responseBytes).toFixed(2)}× ` +
        `a values-only read (target ≤ 1.15×), ${read.cost.syncs} vs ${valuesOnly.cost.syncs} syncs${syncTarget}; ` +
        `number formats of ${formatCells.toLocaleString("en-US")} of ${listCells.toLocaleString("en-US")} cells`,
    );
    // Reopened: the columns that needed formats last time ride in the probe's sync (src/excel/formatHint.ts).
    console.log(
      `ratio ${label}: first read (reopened, format hint) response ` +
        `${(reopened.cost.responseBytes / valuesOnly.cost.responseBytes).toFixed(2)}× a values-only read (target ≤ ` +
        `1.15×), ${reopened.cost.syncs} vs ${valuesOnly.cost.syncs} syncs${syncTarget}`,
    );
    const overdueRows = report.rows.filter((r) => r.state === "overdue" && r.dateKind === "serial").map((r) => r.row);

    const highlight = await measure(workbook, () => applyHighlights(snapshot.source, report, PREFS));
    line(`highlight ${label} rows (NextStep)`, highlight.cost, `  → ${highlight.result.rules} rules`);
    // An edit no rule depends on (a note), then what the pane does after it: re-read, analyse, re-highlight.
    workbook.userEdit("Prospects", "I5", [["Asked for a call after the holidays"]]);
    const afterEdit = await measure(workbook, async () => {
      const edited = await rereadSheet(snapshot.source, false, paneColumns); // as the pane re-reads after an edit
      return applyHighlights(edited.source, analyzeSheet(edited.input, { today: TODAY }), PREFS);
    });
    line(
      `edit leaving the rules unchanged ${label}`,
      afterEdit.cost,
      `  → writes (undo records): ${afterEdit.cost.undoRecords} (target 0)`,
    );
    const changed = await measure(workbook, () =>
      applyHighlights(snapshot.source, report, { ...PREFS, highlightDueSoon: true }),
    );
    line(`re-highlight ${label} rows, rules changed`, changed.cost, `  → replaced ${changed.result.replaced}`);
    const clear = await measure(workbook, () => clearHighlights(snapshot.source));
    line(`clear ${label} rows (NextStep)`, clear.cost, `  → removed ${clear.result}`);

    const naive = await measure(workbook, () => naiveFill(snapshot.source.sheetId, overdueRows));
    line(`highlight ${label} rows (naive per row)`, naive.cost, `  → ${overdueRows.length} fills${naive.result}`);
    const naiveOff = await measure(workbook, () => naiveClear(snapshot.source.sheetId, overdueRows));
    line(`clear ${label} rows (naive per row)`, naiveOff.cost, naiveOff.result);
    console.log(
      `ratio ${label}: naive highlight uses ${(naive.cost.apiCalls / highlight.cost.apiCalls).toFixed(1)}× the API calls` +
        ` and ${(naive.cost.requestBytes / Math.max(1, highlight.cost.requestBytes)).toFixed(1)}× the request bytes of NextStep`,
    );
  } finally {
    installed.uninstall();
  }
}

async function main(): Promise<void> {
  console.log("Strict in-memory Excel; 4 MB chunk budget (Excel on the web rejects payloads over 5 MB).");
  for (const rows of [1_000, 100_000]) await run(rows);
  console.log(
    "Naive fills are also wrong tomorrow (no TODAY()), do not follow sorts, and overwrite the rep's own fills.",
  );
}

void main();
