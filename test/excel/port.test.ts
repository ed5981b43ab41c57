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
  expect(await port.highlight(snapshot.source, noDate, PREFS)).toEqual({ rules: 0, replaced: 6, unchanged: false });
  expect(snapshotRules(workbook, "Prospects")).toEqual([]);
});

test("the 1904 date system is the rep's setting on every host: Workbook.use1904DateSystem is never loaded", async () => {
  // Excel on the web (ExcelApiOnline) with a 1904 workbook: the preview-only property must not be read (it fails or
  // comes back undefined and would override the rep's choice), so the read works and follows the setting.
  const hosts: Record<string, string>[] = [{ ExcelApi: "1.12", ExcelApiOnline: "1.1" }, { ExcelApi: "BETA" }];
  for (const requirementSets of hosts) {
    for (const setting of [true, false]) {
      const workbook = new MemoryWorkbook({
        use1904DateSystem: setting,
        requirementSets,
        settings: { "NextStep.workbook": { date1904: setting } },
      });
      workbook.addSheet("P", [
        ["Prospect", "Next step", "Date"],
        ["Acme", "Call", 44000],
      ]);
      install(workbook);
      const port = createWorkbookPort();
      const snapshot = await port.read();
      expect(snapshot).toMatchObject({ date1904: setting, date1904Detected: false });
      expect(await port.reread(snapshot.source)).toMatchObject({ date1904: setting, date1904Detected: false });
    }
  }
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
