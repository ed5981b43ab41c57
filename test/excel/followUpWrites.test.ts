/**
 * The follow-up loop's writes on the strict in-memory Excel: rows found by key after the rep sorted, exactly the
 * planned cells written in one writing sync, refused when the rep changed a cell, undone exactly after another sort.
 */
import { analyzeSheet, isoToSerial } from "../../src/core";
import { dayFromIso } from "../../src/core/dayNumber";
import {
  doneChanges,
  findFollowUpColumns,
  moveChanges,
  planReschedule,
  promiseChanges,
  type SheetShape,
} from "../../src/core/followup";
import { ExcelAdapterError } from "../../src/excel/errors";
import { addTouchesColumn, NOT_EMPTY_MESSAGE, undoTouchesColumn } from "../../src/excel/addTouchesColumn";
import { followUpList, undoRowChanges, writeRowChanges } from "../../src/excel/followUpWrites";
import { readSheet } from "../../src/excel/readSheet";
import { MemoryWorkbook, snapshotSheet } from "../../src/preview/memory";
import { install } from "./useMemoryExcel";

const TODAY = "2026-12-02";
const TODAY_DAY = dayFromIso(TODAY) as number;
const serial = (iso: string): number => isoToSerial(iso, false) as number;

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Contact", "Phone", "Next step", "Due", "Time", "Touches", "Last contact", "Notes"],
    ["Acme", "Dana", "555-0100", "Call about pricing", serial("2026-11-25"), 0.4375, 2, serial("2026-11-20"), "warm"],
    ["Birch", "Lee", "555-0101", "Send proposal", serial("2026-11-30"), "", 0, "", ""],
    ["Cobalt", "Ana", "555-0102", "Demo", serial("2026-12-09"), 0.5, 5, serial("2026-12-01"), ""],
    ["Delta", "Raj", "555-0103", "Check in", "11/28/2026", "", "", "", ""],
  ]);
  wb.setFormat("Prospects", "E2:E4", { numberFormat: "m/d/yyyy" });
  wb.setFormat("Prospects", "F2:F4", { numberFormat: "h:mm" });
  wb.setFormat("Prospects", "H2:H4", { numberFormat: "d-mmm" });
  return install(wb);
}

async function readShape() {
  const snapshot = await readSheet();
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const shape: SheetShape = {
    values: snapshot.input.values,
    numberFormat: snapshot.input.numberFormat,
    startRow: snapshot.input.startRow ?? 1,
    header: report.header,
    followUp: findFollowUpColumns(snapshot.input.values, report.header, snapshot.input.startRow),
    date1904: false,
  };
  const location = followUpList(snapshot.source, report.header);
  const row = (name: string) => report.rows.find((r) => r.prospect === name)!;
  return { report, shape, location, row };
}

/** Addresses whose value, formula or number format differ. */
function changed(a: ReturnType<typeof snapshotSheet>, b: ReturnType<typeof snapshotSheet>): string[] {
  const out: string[] = [];
  a.values.forEach((line, r) =>
    line.forEach((_, c) => {
      if (
        a.values[r][c] !== b.values[r][c] ||
        a.formulas[r][c] !== b.formulas[r][c] ||
        a.numberFormat[r][c] !== b.numberFormat[r][c]
      )
        out.push(`${String.fromCharCode(65 + c)}${r + 1}`);
    }),
  );
  return out;
}

const sortByCompany = (wb: MemoryWorkbook, ascending: boolean) =>
  wb.userSort("Prospects", "A1:I5", [{ key: 0, ascending }], { hasHeaders: true });

test("Done… after a sort writes Acme's row where it now is: next step, date, time, one more touch, last contact today", async () => {
  const wb = workbook();
  const { shape, location, row } = await readShape();
  const changes = doneChanges(shape, row("Acme"), {
    nextStep: "Send the pricing sheet",
    day: dayFromIso("2026-12-07") as number,
    minutes: 600,
    todayDay: TODAY_DAY,
  });
  sortByCompany(wb, false); // Acme moves from row 2 to row 5
  const before = snapshotSheet(wb, "Prospects");
  wb.counters.reset();
  const { undo } = await writeRowChanges(location, [changes]);
  // One read, one write (a single undo record in Excel), and the sync that turns events back on.
  expect(wb.counters.syncs).toBe(3);
  const after = snapshotSheet(wb, "Prospects");
  expect(changed(before, after)).toEqual(["D5", "E5", "F5", "G5", "H5"]);
  expect(after.values[4].slice(3, 8)).toEqual([
    "Send the pricing sheet",
    serial("2026-12-07"),
    600 / 1440,
    3,
    serial(TODAY),
  ]);
  expect(after.numberFormat[4].slice(4, 8)).toEqual(["m/d/yyyy", "h:mm", "General", "d-mmm"]);
  expect(undo.cells.map((c) => c.column)).toEqual([3, 4, 5, 6, 7]);
  // What the rep sees: Excel shows a time format's fraction as a clock time.
  const shown = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Prospects").getRange("E5:F5");
    range.load("text");
    await context.sync();
    return range.text[0];
  });
  expect(shown).toEqual(["12/7/2026", "10:00"]);
});

test("a cell the rep changed since the read is never overwritten: the whole write is refused with a sentence", async () => {
  const wb = workbook();
  const { shape, location, row } = await readShape();
  const changes = doneChanges(shape, row("Birch"), {
    nextStep: "Call",
    day: TODAY_DAY + 1,
    minutes: -1,
    todayDay: TODAY_DAY,
  });
  wb.userEdit("Prospects", "G3", [[1]]); // the rep logged a touch by hand
  const before = snapshotSheet(wb, "Prospects");
  const error = await writeRowChanges(location, [changes]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect((error as ExcelAdapterError).code).toBe("staleFixes");
  expect((error as ExcelAdapterError).userMessage).toMatch(/changed in Excel since NextStep read it/);
  expect(snapshotSheet(wb, "Prospects")).toEqual(before);
});

test("a row deleted or renamed since the read is refused, not written elsewhere", async () => {
  const wb = workbook();
  const { shape, location, row } = await readShape();
  const changes = doneChanges(shape, row("Birch"), {
    nextStep: "Call",
    day: TODAY_DAY + 1,
    minutes: -1,
    todayDay: TODAY_DAY,
  });
  wb.userEdit("Prospects", "A3", [["Birch Ltd"]]);
  await expect(writeRowChanges(location, [changes])).rejects.toMatchObject({ code: "staleFixes" });
});

test("a formula in a cell to write is left alone and reported; the rest of the row is written", async () => {
  const wb = workbook();
  wb.setCells("Prospects", "G3", [["=1-1"]]);
  const { shape, location, row } = await readShape();
  const changes = doneChanges(shape, row("Birch"), {
    nextStep: "Call",
    day: TODAY_DAY + 1,
    minutes: -1,
    todayDay: TODAY_DAY,
  });
  expect(changes.cells.map((c) => c.role)).toContain("touches"); // its value, 0, reads as a count
  const result = await writeRowChanges(location, [changes]);
  expect(result.formulas).toEqual([{ key: "birch|lee|", column: 6, reason: "formula" }]);
  const after = snapshotSheet(wb, "Prospects");
  expect(after.formulas[2][6]).toBe("=1-1");
  expect(after.values[2][3]).toBe("Call");
});

test("undo after another sort restores values and number formats exactly, and skips a cell the rep edited since", async () => {
  const wb = workbook();
  const original = snapshotSheet(wb, "Prospects");
  const { shape, location, row } = await readShape();
  const changes = doneChanges(shape, row("Acme"), {
    nextStep: "Demo",
    day: TODAY_DAY + 5,
    minutes: 840,
    todayDay: TODAY_DAY,
  });
  const { undo } = await writeRowChanges(location, [changes]);
  sortByCompany(wb, false);
  sortByCompany(wb, true);
  wb.counters.reset();
  const result = await undoRowChanges(undo);
  expect(result).toEqual({ restored: 5, skipped: 0 });
  expect(wb.counters.syncs).toBe(3);
  expect(snapshotSheet(wb, "Prospects")).toEqual(original);

  // Again, but the rep retypes the next step before undoing: that cell keeps the rep's text.
  const again = await readShape();
  const second = await writeRowChanges(again.location, [
    doneChanges(again.shape, again.row("Acme"), {
      nextStep: "Demo",
      day: TODAY_DAY + 5,
      minutes: 840,
      todayDay: TODAY_DAY,
    }),
  ]);
  sortByCompany(wb, false);
  wb.userEdit("Prospects", "D5", [["Demo with CFO"]]);
  const partial = await undoRowChanges(second.undo);
  expect(partial).toMatchObject({ restored: 4, skipped: 1 });
  expect(snapshotSheet(wb, "Prospects").values[4][3]).toBe("Demo with CFO");
});

test("bulk move of the overdue rows to today: one write, each keeps its time, a text date becomes a real one; one undo", async () => {
  const wb = workbook();
  const original = snapshotSheet(wb, "Prospects");
  const { report, shape, location } = await readShape();
  const moves = planReschedule(report.rows, "today", TODAY_DAY);
  expect(moves.map((m) => m.row.prospect)).toEqual(["Acme", "Birch", "Delta"]);
  wb.counters.reset();
  const { undo } = await writeRowChanges(location, moveChanges(shape, moves));
  expect(wb.counters.syncs).toBe(3);
  const after = snapshotSheet(wb, "Prospects");
  expect(changed(original, after)).toEqual(["E2", "E3", "E5"]);
  expect([after.values[1][4], after.values[2][4], after.values[4][4]]).toEqual([
    serial(TODAY),
    serial(TODAY),
    serial(TODAY),
  ]);
  expect(after.values[1][5]).toBe(0.4375); // Acme's time stays in its time column
  expect(after.numberFormat[4][4]).toBe("m/d/yyyy"); // the text date got the column's date format
  sortByCompany(wb, false);
  await undoRowChanges(undo);
  sortByCompany(wb, true);
  expect(snapshotSheet(wb, "Prospects")).toEqual(original);
});

test("a date cell holding a date-time keeps its time when moved", async () => {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Next step", "Due"],
    ["Acme", "Call", serial("2026-11-25") + 0.625],
  ]);
  wb.setFormat("Prospects", "C2", { numberFormat: "m/d/yyyy h:mm" });
  install(wb);
  const { report, shape, location } = await readShape();
  await writeRowChanges(location, moveChanges(shape, planReschedule(report.rows, "nextWorkingDay", TODAY_DAY)));
  expect(snapshotSheet(wb, "Prospects").values[1][2]).toBeCloseTo(serial("2026-12-03") + 0.625, 9);
});

test("Use the promise: the empty date (and empty time) get the day and time the next step names", async () => {
  const wb = workbook();
  wb.setCells("Prospects", "E3", [[""]]);
  const { shape, location, row } = await readShape();
  const before = snapshotSheet(wb, "Prospects");
  await writeRowChanges(location, [promiseChanges(shape, row("Birch"), TODAY_DAY + 5, 600)]);
  const after = snapshotSheet(wb, "Prospects");
  expect(changed(before, after)).toEqual(["E3", "F3"]);
  expect(after.values[2][4]).toBe(serial("2026-12-07"));
});

test("writing what a cell already holds writes nothing", async () => {
  const wb = workbook();
  const { shape, location } = await readShape();
  wb.counters.reset();
  const result = await writeRowChanges(location, moveChanges(shape, []));
  expect(result.undo.cells).toEqual([]);
  expect(wb.counters.syncs).toBe(0);
});

test("adding a Touches column names only the empty column right of the list; undo clears it again", async () => {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Next step", "Due"],
    ["Acme", "Call", serial("2026-11-25")],
  ]);
  install(wb);
  const snapshot = await readSheet();
  const before = snapshotSheet(wb, "Prospects");
  wb.counters.reset();
  const added = await addTouchesColumn(snapshot.source, 1);
  expect(wb.counters.syncs).toBe(2);
  const after = snapshotSheet(wb, "Prospects");
  expect(after.values[0][3]).toBe("Touches");
  expect(
    changed(
      {
        ...before,
        values: before.values.map((r) => [...r, ""]),
        formulas: before.formulas.map((r) => [...r, ""]),
        numberFormat: before.numberFormat.map((r) => [...r, "General"]),
      },
      after,
    ),
  ).toEqual(["D1"]);
  const reread = analyzeSheet((await readSheet()).input, { today: TODAY });
  expect(findFollowUpColumns((await readSheet()).input.values, reread.header)).toEqual({ touches: 3 });
  expect(await undoTouchesColumn(added)).toBe(true);
  expect(snapshotSheet(wb, "Prospects").values[0]).toEqual(["Company", "Next step", "Due"]);
});

test("no Touches column over the rep's data, nor inside a table", async () => {
  const wb = new MemoryWorkbook({ today: TODAY });
  wb.addSheet("Prospects", [
    ["Company", "Next step", "Due"],
    ["Acme", "Call", serial("2026-11-25")],
  ]);
  wb.setCells("Prospects", "D2", [["note"]]);
  install(wb);
  const snapshot = await readSheet();
  await expect(addTouchesColumn({ ...snapshot.source, columnCount: 3 }, 1)).rejects.toMatchObject({
    userMessage: NOT_EMPTY_MESSAGE,
  });
  await expect(addTouchesColumn({ ...snapshot.source, kind: "table", tableName: "T" }, 1)).rejects.toMatchObject({
    code: "unsupported",
  });
});

test("Done… keeps the rep's own format on a cell whose format the read did not load (a text-formatted next step)", async () => {
  const wb = workbook();
  // The rep keeps next steps as text ("@") and the touches as a custom count format; the read loads only the date,
  // time, touches and last-contact columns' formats, so the next step's format is unknown to the pane.
  wb.setFormat("Prospects", "D2:D5", { numberFormat: "@" });
  const { shape, location, row } = await readShape();
  expect(shape.numberFormat?.[1]?.[3]).toBeUndefined();
  const changes = doneChanges(shape, row("Birch"), {
    nextStep: "Call about the proposal",
    day: dayFromIso("2026-12-08") as number,
    minutes: -1,
    todayDay: TODAY_DAY,
  });
  const { undo } = await writeRowChanges(location, [changes]);
  const after = snapshotSheet(wb, "Prospects");
  expect(after.values[2][3]).toBe("Call about the proposal");
  expect(after.numberFormat[2][3]).toBe("@");
  await undoRowChanges(undo);
  const undone = snapshotSheet(wb, "Prospects");
  expect(undone.values[2][3]).toBe("Send proposal");
  expect(undone.numberFormat[2][3]).toBe("@");
});
