/**
 * Excel on the web with a non-US regional setting reads date formats back as "General" (office-js 2824, 1553; modelled
 * in src/preview/memory/model/regional.ts): the reader then reads the date and time columns' text, and a real date
 * stays a date while a plain number in the date column stays a number.
 */
import { analyzeSheet } from "../../src/core";
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { isoToSerial, MemoryWorkbook } from "../../src/preview/memory";
import { install } from "./useMemoryExcel";

const TODAY = "2026-11-25";

function pipeline(regionalFormat: string): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: TODAY, regionalFormat });
  workbook.addSheet("Prospects", [
    ["Company", "Next step", "Due", "Time", "Amount"],
    ["Acme", "Call Dana", isoToSerial("2026-11-20"), 0.5, 1200],
    ["Beta", "Send the deck", 46360, "", 1300],
    ["Gamma", "Demo", isoToSerial("2026-12-01"), "", 1400],
  ]);
  workbook.setFormat("Prospects", "C2", { numberFormat: "m/d/yyyy" });
  workbook.setFormat("Prospects", "C4", { numberFormat: "d-mmm-yy" });
  workbook.setFormat("Prospects", "D2", { numberFormat: "h:mm" });
  // C3 stays General: a number typed into the date column, in the ±10-year window as a serial (4 Dec 2026).
  return workbook;
}

test("on a German-setting web host a real date is a date and a plain number in the date column is not", async () => {
  const workbook = install(pipeline("de-DE"));
  const snapshot = await readSheet();
  // The host hides the date formats; the reader asked for the date and time columns' text, once.
  expect(snapshot.input.numberFormat?.[1][2]).toBe("General");
  expect(snapshot.input.text?.[1][2]).toBe("20.11.2026");
  expect(snapshot.input.text?.[2][2]).toBe("46360");
  expect(snapshot.input.text?.[1][3]).toBe("12:00");
  expect(snapshot.input.text?.[1][4]).toBeUndefined(); // never another column's text
  // Values, the date and time columns' formats, then their text.
  expect(snapshot.readSyncs).toBe(3);
  expect(workbook.counters.syncs).toBe(3);

  const report = analyzeSheet(snapshot.input, { today: TODAY });
  const state = (prospect: string) => report.rows.find((row) => row.prospect === prospect);
  expect(state("Acme")).toMatchObject({ state: "overdue", due: "2026-11-20T12:00" });
  expect(state("Gamma")).toMatchObject({ state: "dueSoon", due: "2026-12-01" });
  expect(state("Beta")).toMatchObject({ state: "incomplete", problems: ["invalidDate"] });
});

test("a re-read with the date column known reads its text too on that host", async () => {
  install(pipeline("de-DE"));
  const first = await readSheet();
  const again = await rereadSheet(first.source, false, [2]);
  const report = analyzeSheet(again.input, { today: TODAY });
  expect(report.rows.map((row) => row.state)).toEqual(["overdue", "incomplete", "dueSoon"]);
});

test("when every number in the date column has a clear format, no text is read and no sync is added", async () => {
  const workbook = pipeline("en-US");
  workbook.setFormat("Prospects", "C3", { numberFormat: "0" });
  install(workbook);
  const snapshot = await readSheet();
  expect(snapshot.input.numberFormat?.[1][2]).toBe("m/d/yyyy");
  expect(snapshot.input.text).toBeUndefined();
  expect(workbook.counters.syncs).toBe(2); // values, then the date and time columns' formats: no text
  expect(workbook.counters.rangeReads.filter((read) => read.property === "text")).toEqual([]);
  const report = analyzeSheet(snapshot.input, { today: TODAY });
  expect(report.rows.map((row) => row.state)).toEqual(["overdue", "incomplete", "dueSoon"]);
});
