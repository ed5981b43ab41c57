/**
 * Locating the list when Excel cannot say where the rep is (office-js 5319: getActiveCell throws while the workbook
 * is not focused; 2444: getActiveWorksheet throws while a chart sheet is active), re-reading after a sort
 * (Worksheet.onRowSorted, ExcelApi 1.10), and never navigating from a stale snapshot.
 */
import { analyzeSheet } from "../../src/core";
import { selectRow } from "../../src/excel/navigate";
import { readSheet } from "../../src/excel/readSheet";
import { watchSheet } from "../../src/excel/watchSheet";
import { createWorkbookPort } from "../../src/excel";
import { MemoryWorkbook } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("with the workbook unfocused, the list is still found: the only table", async () => {
  const workbook = install(generateWorkbook({ rows: 20, table: true }));
  workbook.focused = false;
  const snapshot = await readSheet();
  expect(snapshot.source).toMatchObject({ kind: "table", tableName: "Prospects" });
  expect(snapshot.input.values.length).toBe(21);
});

test("with the workbook unfocused and no table, the used range", async () => {
  const workbook = install(generateWorkbook({ rows: 20 }));
  workbook.focused = false;
  expect((await readSheet()).source).toMatchObject({ kind: "usedRange", rowCount: 21 });
});

test("with a chart sheet active, the workbook's only table (on whichever sheet), else the first sheet's used range", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  workbook.addSheet("Cover", [["Q4"]]);
  const data = generateWorkbook({ rows: 10, table: true });
  workbook.addSheet("Pipeline", data.snapshot("Prospects").values);
  workbook.addTable("Pipeline", `A1:L11`, "Deals");
  install(workbook);
  workbook.chartSheetActive = true;
  workbook.focused = false;
  const snapshot = await readSheet();
  expect(snapshot.source).toMatchObject({ kind: "table", tableName: "Deals", sheetName: "Pipeline" });
  expect(snapshot.input.values[1][0]).toBe(data.snapshot("Prospects").values[1][0]);

  const plain = install(new MemoryWorkbook({ today: TODAY }));
  plain.addSheet("P", [
    ["Prospect", "Next step", "Date"],
    ["Acme", "Call", 46351],
  ]);
  plain.chartSheetActive = true;
  expect((await readSheet()).source).toMatchObject({ kind: "usedRange", sheetName: "P" });
});

test("a sort re-reads through onRowSorted where the host has it (ExcelApi 1.10); older hosts do not register it", async () => {
  const workbook = install(generateWorkbook({ rows: 20 }));
  const snapshot = await readSheet();
  let changes = 0;
  let stale = 0;
  const stop = await watchSheet(snapshot.source, { onChange: () => changes++, onStale: () => stale++, debounceMs: 20 });
  expect(workbook.events.count("worksheetRowSorted")).toBe(1);
  workbook.userSort("Prospects", "A2:L21", [{ key: 0, ascending: false }]);
  expect(stale).toBe(0); // events arrive on a later task
  await workbook.events.flush();
  expect(stale).toBeGreaterThan(0);
  await settle(60);
  expect(changes).toBe(1); // onChanged and onRowSorted of one sort: one re-read
  await stop();
  expect(workbook.events.count()).toBe(0);

  const old = install(generateWorkbook({ rows: 5 }));
  old.requirementSets = { ExcelApi: "1.7" };
  const stopOld = await watchSheet((await readSheet()).source, { onChange: () => undefined });
  expect(old.events.count("worksheetRowSorted")).toBe(0);
  await stopOld();
});

test("navigation refuses a row whose prospect moved; the port's caller re-reads and finds it by key", async () => {
  const workbook = install(generateWorkbook({ rows: 20 }));
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const target = report.rows[2];
  workbook.userSort("Prospects", "A2:L21", [{ key: 0, ascending: false }]);
  await expect(selectRow(snapshot.source, report, target.row)).rejects.toMatchObject({ code: "stale" });
  expect(workbook.selection).toBeNull();
  const fresh = await createWorkbookPort().reread(snapshot.source);
  const freshReport = analyzeSheet(fresh.input, { today: TODAY });
  const moved = freshReport.rows.find((r) => r.key === target.key);
  if (!moved) throw new Error("prospect lost");
  expect(moved.row).not.toBe(target.row);
  await selectRow(fresh.source, freshReport, moved.row);
  expect(workbook.selection?.rect.row).toBe(moved.row - 1);
});

test("a locate probe over 5 MB (long notes) is halved and retried, on the first read and on a re-read", async () => {
  const workbook = new MemoryWorkbook({ today: TODAY });
  const note = "Long call notes. ".repeat(250); // ~4,250 characters
  const rows: unknown[][] = [["Prospect", "Next step", "Date", "Notes"]];
  for (let i = 1; i <= 1400; i++) rows.push([`Prospect ${i}`, "Call", 46351 + (i % 30), note]);
  workbook.addSheet("Prospects", rows);
  install(workbook);
  const snapshot = await readSheet();
  expect(snapshot.input.values.length).toBe(1401);
  expect(snapshot.input.values[1400][0]).toBe("Prospect 1400");
  expect(snapshot.readSyncs).toBeGreaterThan(1); // the refused probe, then smaller reads
  const again = await createWorkbookPort().reread(snapshot.source);
  expect(again.input.values.length).toBe(1401);
});
