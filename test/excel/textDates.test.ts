/** Converting dates typed as text, only on request: exactly the listed cells change, and undo puts them back. */
import { analyzeSheet, serialToIso } from "../../src/core";
import { ExcelAdapterError } from "../../src/excel/errors";
import { readSheet } from "../../src/excel/readSheet";
import { applyTextDateFixes, planTextDateFixes, undoTextDateFixes } from "../../src/excel/textDates";
import { snapshotRules, snapshotSheet, type MemoryWorkbook } from "../../src/preview/memory";
import { generateWorkbook, TODAY } from "./generateSheet";
import { install } from "./useMemoryExcel";

async function setup(
  rows = 40,
): Promise<{ workbook: MemoryWorkbook; plan: ReturnType<typeof planTextDateFixes>; sheetId: string }> {
  const workbook = generateWorkbook({ rows });
  workbook.setCells("Prospects", "F3", [["30/11/2026"]]); // a DMY text date among the MDY ones
  workbook.setFormat("Prospects", "F3", { numberFormat: "@" });
  install(workbook);
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY, dateOrder: "DMY" });
  return { workbook, plan: planTextDateFixes(snapshot, report), sheetId: snapshot.source.sheetId };
}

/** Addresses whose value, formula or number format differ between two snapshots of A1:L(n). */
function changed(a: ReturnType<typeof snapshotSheet>, b: ReturnType<typeof snapshotSheet>): string[] {
  const out: string[] = [];
  a.values.forEach((row, r) =>
    row.forEach((_, c) => {
      const same =
        a.values[r][c] === b.values[r][c] &&
        a.formulas[r][c] === b.formulas[r][c] &&
        a.numberFormat[r][c] === b.numberFormat[r][c] &&
        a.fill[r][c] === b.fill[r][c];
      if (!same) out.push(`${String.fromCharCode(65 + c)}${r + 1}`);
    }),
  );
  return out;
}

test("the plan lists each text date with its old text and the date the core read", async () => {
  const { plan } = await setup();
  expect(plan.length).toBeGreaterThan(2);
  expect(plan[0]).toMatchObject({
    address: "F3",
    oldText: "30/11/2026",
    newIso: "2026-11-30",
    newNumberFormat: "m/d/yyyy",
  });
  for (const fix of plan) {
    expect(fix.address).toMatch(/^F\d+$/);
    expect(serialToIso(fix.newSerial, false)).toBe(fix.newIso);
  }
});

test("declining changes nothing: planning makes no Excel call", async () => {
  const { workbook } = await setup();
  const before = snapshotSheet(workbook, "Prospects");
  workbook.counters.reset();
  const snapshot = await readSheet();
  planTextDateFixes(snapshot, analyzeSheet(snapshot.input, { today: TODAY }));
  expect(workbook.counters.apiCalls).toBeGreaterThan(0); // the read
  const afterRead = workbook.counters.apiCalls;
  planTextDateFixes(snapshot, analyzeSheet(snapshot.input, { today: TODAY }));
  expect(workbook.counters.apiCalls).toBe(afterRead);
  expect(snapshotSheet(workbook, "Prospects")).toEqual(before);
});

test("converting changes only the listed cells, to real dates in the column's format; undo restores them exactly", async () => {
  const { workbook, plan, sheetId } = await setup();
  const before = snapshotSheet(workbook, "Prospects");
  const rules = snapshotRules(workbook, "Prospects");
  workbook.counters.reset();
  const undo = await applyTextDateFixes(sheetId, plan);
  const syncs = workbook.counters.syncs;
  const after = snapshotSheet(workbook, "Prospects");
  expect(changed(before, after)).toEqual(plan.map((f) => f.address));
  for (const fix of plan) {
    const [r, c] = [fix.row - 1, fix.column];
    expect(after.values[r][c]).toBe(fix.newSerial);
    expect(after.numberFormat[r][c]).toBe("m/d/yyyy");
  }
  expect(syncs).toBeLessThanOrEqual(3);
  expect(undo.record.cells.find((c) => c.before.value === "30/11/2026")).toMatchObject({
    before: { value: "30/11/2026", numberFormat: "@" },
  });

  const result = await undoTextDateFixes(undo);
  expect(result).toEqual({ restored: plan.length, skipped: 0, unsure: 0 });
  expect(snapshotSheet(workbook, "Prospects")).toEqual(before);
  expect(snapshotRules(workbook, "Prospects")).toEqual(rules);
});

test("the conversion raises no change event of its own", async () => {
  const { workbook, plan, sheetId } = await setup();
  const seen: unknown[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheetId).onChanged.add(async (e) => void seen.push(e));
    await context.sync();
  });
  await applyTextDateFixes(sheetId, plan);
  await workbook.events.flush();
  expect(seen).toEqual([]);
});

test("if a listed cell changed since the plan, nothing is written and the rep is told to review", async () => {
  const { workbook, plan, sheetId } = await setup();
  workbook.userEdit("Prospects", plan[1].address, [["Dec 3, 2026"]]);
  const before = snapshotSheet(workbook, "Prospects");
  const error = await applyTextDateFixes(sheetId, plan).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect(error).toMatchObject({ code: "staleFixes" });
  expect(snapshotSheet(workbook, "Prospects")).toEqual(before);
});

test("a formula that produces a text date is never overwritten", async () => {
  const { workbook, plan, sheetId } = await setup();
  const target = plan[plan.length - 1];
  workbook.setCells("Prospects", target.address, [[`="${target.oldText}"`]]);
  const undo = await applyTextDateFixes(sheetId, plan);
  expect(undo.skippedFormulas).toEqual([target.address]);
  expect(snapshotSheet(workbook, "Prospects", target.address).formulas[0][0]).toBe(`="${target.oldText}"`);
});

test("undo leaves alone a converted cell the rep has edited since", async () => {
  const { workbook, plan, sheetId } = await setup();
  const undo = await applyTextDateFixes(sheetId, plan);
  workbook.userEdit("Prospects", plan[0].address, [[46400]]);
  const result = await undoTextDateFixes(undo);
  expect(result).toEqual({ restored: plan.length - 1, skipped: 1, unsure: 0 });
  expect(snapshotSheet(workbook, "Prospects", plan[0].address).values[0][0]).toBe(46400);
});
