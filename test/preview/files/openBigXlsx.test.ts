/**
 * An .xlsx too big for exceljs's browser reader opens its first rows, with progress, and says how many were left
 * out (issue 14 item 2), instead of being refused.
 */
import type ExcelJS from "exceljs";
import { openSpreadsheetFile } from "../../../src/preview/files/openFile";
import type { LoadedWorkbook, ReadLimits } from "../../../src/preview/files/loadedWorkbook";
import { zipDirectory } from "../../../src/preview/files/zipDirectory";
import { withRowsAppended } from "./bigSheetFixtures";
import { blobOf, xlsxBytes, zipOf } from "./fixtures";

interface Opened {
  workbook: LoadedWorkbook;
  stages: string[];
  fractions: number[];
}

async function open(name: string, bytes: Uint8Array, limits?: ReadLimits): Promise<Opened> {
  const stages: string[] = [];
  const fractions: number[] = [];
  const { outcome } = await openSpreadsheetFile(
    name,
    blobOf(bytes),
    (fraction, stage) => {
      fractions.push(fraction);
      stages.push(stage);
    },
    limits,
  );
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return { workbook: outcome.workbook, stages, fractions };
}

const deals = (sheet: ExcelJS.Worksheet, from: number, to: number) => {
  for (let r = from; r <= to; r++) sheet.getRow(r).values = [`Deal ${r}`, r];
};

const firstColumn = (workbook: LoadedWorkbook, sheet: string) =>
  workbook.sheets.find((s) => s.name === sheet)?.rows.map((cells) => cells?.[0]?.value);

/** Every sheet is cut: the injectable threshold stands in for a sheet of hundreds of MB. */
const cutEverything: ReadLimits = { maxRowsPerSheet: 50, cutSheetXmlBytes: 0 };

describe("an .xlsx too big to unpack whole opens its first rows", () => {
  test("the first rows arrive, the rows after the cut are counted, and the rep is told, with progress", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("Notes").getCell("A1").value = "short sheet";
      deals(wb.addWorksheet("Pipeline"), 1, 120);
    });
    const { workbook, stages, fractions } = await open("pipeline.xlsx", bytes, cutEverything);
    const rows = firstColumn(workbook, "Pipeline");
    expect(rows).toHaveLength(50);
    expect(rows?.[0]).toBe("Deal 1");
    expect(rows?.[49]).toBe("Deal 50");
    expect(workbook.sheets.find((s) => s.name === "Pipeline")?.rows[49]?.[1]?.value).toBe(50);
    expect(firstColumn(workbook, "Notes")).toEqual(["short sheet"]);
    const notes = workbook.notes.filter((n) => n.kind === "rowsLeftOut").map((n) => n.text);
    expect(notes).toEqual([
      '"Pipeline": only the first 50 rows were opened; 70 more rows were left out. "Download with highlights" saves only the rows that were opened.',
    ]);
    expect(stages).toContain("Finding the first rows…");
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  test("merged cells and a table spanning the cut: the table ends at the last opened row", async () => {
    const bytes = await xlsxBytes((wb) => {
      const sheet = wb.addWorksheet("Pipeline");
      deals(sheet, 1, 39);
      sheet.addTable({
        name: "Deals",
        ref: "A40",
        headerRow: true,
        columns: [{ name: "Company" }, { name: "Amount" }],
        rows: Array.from({ length: 40 }, (_, i) => [`Deal ${41 + i}`, 41 + i]),
      });
      sheet.getCell("D45").value = "spans the cut";
      sheet.mergeCells("D45:E55");
      sheet.getCell("D60").value = "after the cut";
      sheet.mergeCells("D60:E61");
    });
    const { workbook } = await open("merged.xlsx", bytes, cutEverything);
    const sheet = workbook.sheets[0];
    expect(sheet.rows).toHaveLength(50);
    expect(sheet.rows[44]?.[3]?.value).toBe("spans the cut");
    expect(sheet.rows[49]?.[0]?.value).toBe("Deal 50");
    expect(sheet.tables).toEqual([{ name: "Deals", address: "A40:B50" }]);
    expect(workbook.notes.find((n) => n.kind === "rowsLeftOut")?.text).toMatch(/; 30 more rows were left out\./);
  });

  test("a sheet over 300 MB unpacked (refused before) opens its first rows and counts the millions left out", async () => {
    const small = await xlsxBytes((wb) => deals(wb.addWorksheet("Pipeline"), 1, 1_000));
    const filler = '<row><c t="inlineStr"><is><t>Filler deal</t></is></c></row>';
    const extraRows = 5_600_000;
    const bytes = await withRowsAppended(small, "xl/worksheets/sheet1.xml", filler, extraRows);
    const sheetPart = zipDirectory(bytes)?.find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(sheetPart?.size).toBeGreaterThan(300 * 1024 * 1024);
    const { workbook, stages } = await open("million.xlsx", bytes, { maxRowsPerSheet: 1_000 });
    const rows = firstColumn(workbook, "Pipeline");
    expect(rows).toHaveLength(1_000);
    expect(rows?.[999]).toBe("Deal 1000");
    expect(workbook.notes.find((n) => n.kind === "rowsLeftOut")?.text).toContain(
      "only the first 1,000 rows were opened; 5,600,000 more rows were left out.",
    );
    expect(stages).toContain("Finding the first rows…");
  }, 180_000);
});

describe("what still cannot open is refused before anything is unpacked", () => {
  test("a sheet bigger than a tab can unpack (from the zip's directory) gets a sentence saying what to do", async () => {
    const bytes = zipOf(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    // The sheet's unpacked size in its central directory entry (APPNOTE.TXT 4.3.12, offset 24): 1.5 GB.
    const view = new DataView(bytes.buffer);
    const entries = [...bytes.keys()].filter((i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(entries[1] + 24, 1536 * 1024 * 1024, true);
    const { outcome } = await openSpreadsheetFile("huge.xlsx", blobOf(bytes), () => undefined);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.kind).toBe("tooLarge");
    expect(outcome.problem.message).toBe(
      '"huge.xlsx" has a sheet of 1536 MB once unpacked, more than the 1024 MB a browser tab can unpack. Save your ' +
        "pipeline sheet as CSV: the preview reads the first 100,000 rows of a CSV of any size.",
    );
  });
});
