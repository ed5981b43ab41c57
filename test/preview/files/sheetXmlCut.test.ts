/** The textual cut of a worksheet's XML at a row boundary, on the odd shapes real files have. */
import { cutSheetXml } from "../../../src/preview/files/sheetXmlCut";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const text = (data: Uint8Array | null) => (data ? Buffer.from(data).toString("utf8") : null);
const row = (r: number | null, cells = `<c><v>${r}</v></c>`) => `<row${r === null ? "" : ` r="${r}"`}>${cells}</row>`;
const sheet = (rows: string, tail = "") =>
  `<?xml version="1.0"?><worksheet><dimension ref="A1:A9"/><sheetData>${rows}</sheetData>${tail}</worksheet>`;

describe("cutting a worksheet's XML after its first rows", () => {
  test("keeps rows numbered up to the limit (gaps in numbering count by r), counts the rest with cells", () => {
    const xml = sheet(row(1) + row(2) + row(5) + row(6) + '<row r="7" ht="30" customHeight="1"/>' + row(8));
    const cut = cutSheetXml(bytes(xml), 3, () => undefined);
    expect(text(cut.xml)).toBe(sheet(row(1) + row(2)));
    expect(cut.rowsLeftOut).toBe(3); // 5, 6 and 8; the empty formatted row 7 holds nothing
  });

  test("rows without an r attribute are numbered by position; <rowBreaks> after sheetData is not a row", () => {
    const xml = sheet(row(null) + row(null) + row(null), '<rowBreaks count="1"><brk id="2"/></rowBreaks>');
    const cut = cutSheetXml(bytes(xml), 2, () => undefined);
    expect(text(cut.xml)).toBe(sheet(row(null) + row(null), '<rowBreaks count="1"><brk id="2"/></rowBreaks>'));
    expect(cut.rowsLeftOut).toBe(1);
  });

  test("nothing to cut when every row is within the limit", () => {
    const cut = cutSheetXml(bytes(sheet(row(1) + row(2))), 2, () => undefined);
    expect(cut).toEqual({ xml: null, rowsLeftOut: 0 });
  });

  test("merges starting after the cut are dropped, one spanning it is kept, the tail's UTF-8 text is intact", () => {
    const tail =
      '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="A2:A4"/><mergeCell ref="C3:D4"/></mergeCells>' +
      "<headerFooter><oddHeader>Prévisions — Zürich €</oddHeader></headerFooter>";
    const cut = cutSheetXml(bytes(sheet(row(1) + row(2) + row(3) + row(4), tail)), 2, () => undefined);
    expect(text(cut.xml)).toBe(
      sheet(
        row(1) + row(2),
        '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:A4"/></mergeCells>' +
          "<headerFooter><oddHeader>Prévisions — Zürich €</oddHeader></headerFooter>",
      ),
    );
  });

  test("progress only grows, and ends at 1", () => {
    const seen: number[] = [];
    cutSheetXml(bytes(sheet(row(1) + row(2))), 1, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });

  test("XML it does not understand (no sheetData) is left for exceljs to judge", () => {
    expect(cutSheetXml(bytes("<worksheet/>"), 1, () => undefined)).toEqual({ xml: null, rowsLeftOut: 0 });
  });
});
