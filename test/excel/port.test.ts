/** The WorkbookPort as the pane sees it, over the strict in-memory Excel. */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { createWorkbookPort, ExcelAdapterError, sourceKey } from "../../src/excel";
import { MemoryWorkbook, snapshotRules, snapshotSheet } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const PREFS = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: true };

test("read → highlight → select → clear through the port leaves the sheet as it was", async () => {
  const workbook = generateWorkbook({ rows: 25, table: true });
  install(workbook);
  const port = createWorkbookPort();
  expect(port.checkRequirements()).toEqual({ ok: true });
  const cells = snapshotSheet(workbook, "Prospects");
  const snapshot = await port.read();
  expect(sourceKey(snapshot.source)).toBe("table:Prospects");
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const result = await port.highlight(snapshot.source, report, PREFS);
  expect(result.rules).toBe(6); // due soon on: one more rule
  await port.select(snapshot.source, report, report.rows[3].row);
  expect(await port.clearHighlights(snapshot.source)).toBe(6);
  expect(snapshotSheet(workbook, "Prospects")).toEqual(cells);
  expect(snapshotRules(workbook, "Prospects")).toEqual([]);
});

test("with the date mapped outside the list nothing is highlighted, and earlier highlights go", async () => {
  const workbook = generateWorkbook({ rows: 10 });
  install(workbook);
  const port = createWorkbookPort();
  const snapshot = await port.read();
  await port.highlight(snapshot.source, analyzeSheet(snapshot.input, { today: TODAY }), PREFS);
  const noDate = analyzeSheet(snapshot.input, { today: TODAY, columns: { prospect: 0, nextStep: 4, date: 40 } });
  expect(await port.highlight(snapshot.source, noDate, PREFS)).toEqual({ rules: 0, replaced: 6 });
  expect(snapshotRules(workbook, "Prospects")).toEqual([]);
});

test("the 1904 date system comes from the workbook where the host has the API, else from the rep's setting", async () => {
  const web = new MemoryWorkbook({
    use1904DateSystem: true,
    requirementSets: { ExcelApi: "1.12", ExcelApiOnline: "1.1" },
  });
  web.addSheet("P", [
    ["Prospect", "Next step", "Date"],
    ["Acme", "Call", 44000],
  ]);
  install(web);
  expect(await createWorkbookPort().read()).toMatchObject({ date1904: true, date1904Detected: true });

  const desktop = new MemoryWorkbook({
    use1904DateSystem: true,
    settings: { "NextStep.workbook": { date1904: true } },
  });
  desktop.addSheet("P", [
    ["Prospect", "Next step", "Date"],
    ["Acme", "Call", 44000],
  ]);
  install(desktop);
  expect(await createWorkbookPort().read()).toMatchObject({ date1904: true, date1904Detected: false });

  const plain = new MemoryWorkbook({ use1904DateSystem: true });
  plain.addSheet("P", [
    ["Prospect", "Next step", "Date"],
    ["Acme", "Call", 44000],
  ]);
  install(plain);
  expect(await createWorkbookPort().read()).toMatchObject({ date1904: false, date1904Detected: false });
});

test("Excel failures reach the pane as a sentence", async () => {
  const workbook = generateWorkbook({ rows: 5 });
  install(workbook);
  const port = createWorkbookPort();
  const snapshot = await port.read();
  const gone = { ...snapshot.source, sheetId: "{sheet-4242}" };
  const error = await port.select(gone, analyzeSheet(snapshot.input, { today: TODAY }), 2).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect((error as ExcelAdapterError).userMessage).toMatch(/try again/i);
});
