import { detectEncoding } from "../../../src/preview/files/detectEncoding";
import { openSpreadsheetFile } from "../../../src/preview/files/openFile";
import type { LoadedWorkbook } from "../../../src/preview/files/loadedWorkbook";
import { MAX_ROWS_PER_SHEET } from "../../../src/preview/files/limits";
import { toMemoryWorkbook } from "../../../src/preview/files/toMemoryWorkbook";
import { blobOf, utf16be } from "./fixtures";

const CSV =
  'Company,Next step,Next step date,Amount\r\nCafé Müller,"Call Zoë, then Bob",11/25/2026,"1,250.50"\r\nAcme,"Two\nlines",2026-12-01,12%\r\n';
const EXPECTED = [
  ["Company", "Next step", "Next step date", "Amount"],
  ["Café Müller", "Call Zoë, then Bob", "11/25/2026", 1250.5],
  ["Acme", "Two\nlines", "2026-12-01", 0.12],
];

async function open(name: string, ...parts: Uint8Array[]): Promise<LoadedWorkbook> {
  const { outcome } = await openSpreadsheetFile(name, blobOf(...parts), () => undefined);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.workbook;
}

async function values(name: string, ...parts: Uint8Array[]) {
  const loaded = await open(name, ...parts);
  const workbook = toMemoryWorkbook(loaded, "2026-11-25");
  return { loaded, values: workbook.snapshot(workbook.activeSheet().name).values };
}

const bytes = (text: string, encoding: BufferEncoding | "latin1") => new Uint8Array(Buffer.from(text, encoding));

describe("opening a CSV the way Excel does", () => {
  test.each([
    ["UTF-8", [bytes(CSV, "utf8")], "UTF-8"],
    ["UTF-8 with BOM", [new Uint8Array([0xef, 0xbb, 0xbf]), bytes(CSV, "utf8")], "UTF-8 (BOM)"],
    ["UTF-16 LE with BOM", [new Uint8Array([0xff, 0xfe]), bytes(CSV, "utf16le")], "UTF-16 LE"],
    ["UTF-16 LE without BOM", [bytes(CSV, "utf16le")], "UTF-16 LE"],
    ["UTF-16 BE with BOM", [new Uint8Array([0xfe, 0xff]), utf16be(CSV)], "UTF-16 BE"],
    ["Windows-1252", [bytes(CSV, "latin1")], "Windows-1252"],
  ])("%s: accents intact, quoted commas and line breaks kept, dates left as text", async (_label, parts, name) => {
    const { loaded, values: cells } = await values("pipeline.csv", ...parts);
    expect(loaded.encoding).toBe(name);
    expect(loaded.sheets[0].name).toBe("pipeline");
    expect(cells).toEqual(EXPECTED);
  });

  test("Windows-1252 bytes that are not UTF-8 are not read as UTF-8", () => {
    expect(detectEncoding(bytes("Caf\u00e9;\u20ac12", "latin1")).label).toBe("windows-1252");
    expect(detectEncoding(bytes("Café;€12", "utf8")).label).toBe("utf-8");
    // A sample cut in the middle of a UTF-8 character is still UTF-8.
    expect(detectEncoding(bytes("Café", "utf8").subarray(0, 4), false).label).toBe("utf-8");
  });

  test("the delimiter is detected: semicolons (European Excel) and tabs (.tsv)", async () => {
    const semi = await values("eu.csv", bytes("Company;Amount;Date\nAcme;12;25.11.2026\n", "utf8"));
    expect(semi.values).toEqual([
      ["Company", "Amount", "Date"],
      ["Acme", 12, "25.11.2026"],
    ]);
    const tabs = await values("list.tsv", bytes("Company\tNote\nAcme\tsee, later\n", "utf8"));
    expect(tabs.values).toEqual([
      ["Company", "Note"],
      ["Acme", "see, later"],
    ]);
  });

  test("Excel's `sep=` first line sets the delimiter and is not a row", async () => {
    const semicolons = "sep=;\r\nCompany;Next step;Amount\r\nAcme, Inc.;Call Ann, then Bob;12\r\n";
    expect((await values("export.csv", bytes(semicolons, "utf8"))).values).toEqual([
      ["Company", "Next step", "Amount"],
      ["Acme, Inc.", "Call Ann, then Bob", 12],
    ]);
    // Quoted, with a BOM, and a pipe: the declared character wins over what the rows would suggest.
    const piped = '"sep=|"\nCompany|Notes\nAcme|a;b;c\n';
    const { values: cells } = await values("export.csv", new Uint8Array([0xef, 0xbb, 0xbf]), bytes(piped, "utf8"));
    expect(cells).toEqual([
      ["Company", "Notes"],
      ["Acme", "a;b;c"],
    ]);
    // Only a first line declares: a later "sep=;" is a value.
    const later = "Company,Notes\nsep=;,x\n";
    expect((await values("export.csv", bytes(later, "utf8"))).values).toEqual([
      ["Company", "Notes"],
      ["sep=;", "x"],
    ]);
  });

  test("typed like Excel: numbers, booleans, errors; a formula stays text (never run from a file)", async () => {
    const { values: cells } = await values("t.csv", bytes("a,b,c,d,e\n007,TRUE,#N/A,=1+1,$40\n", "utf8"));
    expect(cells[1]).toEqual([7, true, "#N/A", "=1+1", 40]);
  });

  test("a million rows: the first rows open, the rest are counted and the rep is told, with progress", async () => {
    const total = 1_000_000;
    const line = "Acme,Call,11/25/2026\n";
    const block = bytes(line.repeat(10_000), "utf8");
    const parts = Array.from({ length: total / 10_000 }, () => block);
    const progress: number[] = [];
    const { outcome } = await openSpreadsheetFile("million.csv", blobOf(...parts), (f) => progress.push(f));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const sheet = outcome.workbook.sheets[0];
    expect(sheet.rows.length).toBe(MAX_ROWS_PER_SHEET);
    expect(outcome.workbook.notes).toEqual([
      {
        kind: "rowsLeftOut",
        text: `Only the first 100,000 rows were opened; ${(total - MAX_ROWS_PER_SHEET).toLocaleString("en-US")} more rows were left out.`,
      },
    ]);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress[progress.length - 1]).toBe(1);
  }, 120_000);
});
