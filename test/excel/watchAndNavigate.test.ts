/** Live re-analysis (debounced change events, re-targeting) and going to a prospect's row. */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { applyHighlights } from "../../src/excel/applyHighlights";
import { selectRow } from "../../src/excel/navigate";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { applyTextDateFixes, planTextDateFixes } from "../../src/excel/textDates";
import { watchSheet } from "../../src/excel/watchSheet";
import { snapshotRules, snapshotSheet } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A generated list beside a "Notes" sheet, watched: what the watch reported so far, and how to stop it. */
async function watchedWorkbook(prepare: (workbook: ReturnType<typeof generateWorkbook>) => void = () => undefined) {
  const workbook = generateWorkbook({ rows: 20 });
  workbook.addSheet("Notes", [["scratch"]]);
  prepare(workbook);
  install(workbook);
  const first = await readSheet();
  const seen = { changes: 0, activated: [] as string[] };
  const stop = await watchSheet(first.source, {
    onChange: () => seen.changes++,
    onActivated: (id) => seen.activated.push(id),
    debounceMs: 40,
  });
  return { workbook, first, seen, stop };
}

test("a host that refuses onActivated (Excel 2019, office-js 1103) still watches the edits, once each", async () => {
  const { workbook, seen, stop } = await watchedWorkbook((w) => w.deniedEvents.add("worksheetActivated"));
  // The refused registration stopped its batch before anything else was registered; the retry holds the edits watch.
  expect(workbook.events.count()).toBe(1);
  workbook.userEdit("Prospects", "E2", [["Send contract"]]);
  await workbook.events.flush();
  await settle(80);
  expect(seen.changes).toBe(1);
  workbook.userActivate("Notes");
  await workbook.events.flush();
  expect(seen.activated).toEqual([]);
  await stop();
  expect(workbook.events.count()).toBe(0);
});

test("a burst of edits costs one re-read; switching sheets re-targets; unsubscribing removes the handlers", async () => {
  const { workbook, first, seen, stop } = await watchedWorkbook();
  const handlers = workbook.events.count();
  expect(handlers).toBe(3); // onChanged, onRowSorted (ExcelApi 1.10 here), onActivated

  workbook.userEdit("Prospects", "E2", [["Send contract"]]);
  workbook.userEdit("Prospects", "E3", [["Book demo"]]);
  workbook.userEdit("Prospects", "F4", [[46400]]);
  await workbook.events.flush();
  await settle(80);
  expect(seen.changes).toBe(1);

  // The live re-analysis: re-read and re-highlight change no cell.
  const cells = snapshotSheet(workbook, "Prospects");
  const again = await rereadSheet(first.source);
  await applyHighlights(again.source, analyzeSheet(again.input, { today: TODAY }), {
    closedStatuses: DEFAULT_CLOSED_STATUSES,
    dueSoonDays: 7,
    highlightDueSoon: false,
  });
  expect(snapshotSheet(workbook, "Prospects")).toEqual(cells);
  await workbook.events.flush();
  await settle(80);
  expect(seen.changes).toBe(1); // our own highlight raised nothing that triggers a read

  workbook.userActivate("Notes");
  await workbook.events.flush();
  expect(seen.activated).toEqual([workbook.sheet("Notes").id]);

  await stop();
  expect(workbook.events.count()).toBe(0);
  workbook.userEdit("Prospects", "E5", [["Late edit"]]);
  await workbook.events.flush();
  await settle(80);
  expect(seen.changes).toBe(1);
});

test("choosing a row activates its sheet and selects the cell with the problem", async () => {
  const workbook = generateWorkbook({ rows: 20 });
  workbook.addSheet("Notes", [["scratch"]]);
  install(workbook);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  workbook.userActivate("Notes");
  const missingStep = report.rows.find(
    (r) => r.problems.includes("missingNextStep") && !r.problems.includes("missingDate"),
  );
  const missingDate = report.rows.find((r) => r.problems.includes("missingDate"));
  const fine = report.rows.find((r) => r.problems.length === 0 && r.state === "overdue");
  if (!missingStep || !missingDate || !fine) throw new Error("generated sheet lacks a case");

  await selectRow(snapshot.source, report, missingStep.row);
  expect(workbook.activeSheetId).toBe(snapshot.source.sheetId);
  expect(workbook.selection).toEqual({
    sheetId: snapshot.source.sheetId,
    rect: { row: missingStep.row - 1, column: 4, rowCount: 1, columnCount: 1 },
  });
  await selectRow(snapshot.source, report, missingDate.row);
  expect(workbook.selection?.rect).toMatchObject({ row: missingDate.row - 1, column: 5 });
  await selectRow(snapshot.source, report, fine.row, "prospect");
  expect(workbook.selection?.rect).toMatchObject({ row: fine.row - 1, column: 0 });
  expect(snapshotRules(workbook, "Prospects")).toEqual([]);
  await expect(selectRow(snapshot.source, report, 999)).rejects.toMatchObject({ code: "notFound" });
});

test("on a host without enableEvents, the add-in's own conversion still triggers no re-read, the rep's edit does", async () => {
  const workbook = generateWorkbook({ rows: 26 });
  workbook.requirementSets = { ExcelApi: "1.7" };
  install(workbook);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  let changes = 0;
  const stop = await watchSheet(snapshot.source, { onChange: () => changes++, debounceMs: 20 });
  const fixes = planTextDateFixes(snapshot, report);
  expect(fixes.length).toBeGreaterThan(0);
  await applyTextDateFixes(snapshot.source.sheetId, fixes);
  await workbook.events.flush();
  await settle(50);
  expect(changes).toBe(0);
  workbook.userEdit("Prospects", "E2", [["Call back"]]);
  await workbook.events.flush();
  await settle(50);
  expect(changes).toBe(1);
  await stop();
});
