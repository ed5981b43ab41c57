/** Files the reader tests open: workbooks written by exceljs itself, CSV bytes in each encoding, broken files. */
import ExcelJS from "exceljs";

/** A UTC midnight, as exceljs writes a date cell. */
export const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A pipeline sheet the way reps keep one: a title, a header, typed dates, a table, a fill, a rule of their own. */
export function pipelineWorkbook(workbook: ExcelJS.Workbook, date1904 = false): void {
  workbook.properties.date1904 = date1904;
  workbook.addWorksheet("Notes"); // empty first sheet: the preview opens on the first sheet with data
  const sheet = workbook.addWorksheet("Pipeline");
  sheet.getCell("A1").value = "Q4 pipeline";
  sheet.getCell("A1").font = { bold: true, color: { argb: "FF1F4E79" } };
  sheet.addTable({
    name: "Deals",
    ref: "A3",
    headerRow: true,
    columns: [
      { name: "Company" },
      { name: "Next step" },
      { name: "Next step date" },
      { name: "Amount" },
      { name: "Won" },
    ],
    rows: [
      ["Acme", "Call Ann", utcDay("2026-11-25"), 1250.5, false],
      ["Globex", "Send quote", utcDay("2026-12-01"), 900, true],
      ["Initech", "", "12/3/2026", 0, false],
    ],
  });
  sheet.getColumn(3).numFmt = "d mmm yyyy";
  sheet.getCell("D4").numFmt = "#,##0.00";
  sheet.getCell("A5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  sheet.getCell("F4").value = { formula: "D4*2", result: 2501 };
  sheet.getCell("F5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  sheet.addConditionalFormatting({
    ref: "D4:D6",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["$D4>1000"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } },
      },
    ],
  });
  const hidden = workbook.addWorksheet("Lookup", { state: "hidden" });
  hidden.getCell("A1").value = "x";
}

/** A zip holding the named (empty) entries, stored uncompressed: enough for a directory to read. */
export function zipOf(names: string[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  for (const name of names) {
    const bytes = [...Buffer.from(name, "utf8")];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u32(0));
    local.push(...u16(bytes.length), ...u16(0), ...bytes);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0));
    central.push(...u32(0), ...u32(0), ...u16(bytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(0), ...u32(offset), ...bytes);
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(names.length),
    ...u16(names.length),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array([...local, ...central, ...end]);
}

/** The head of an OLE compound file whose directory names the given streams (UTF-16 LE, as in a real one). */
export function compoundFile(streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)];
  const names = streams.flatMap((s) => [...Buffer.from(s, "utf16le"), ...Array(64 - s.length * 2).fill(0)]);
  return new Uint8Array([...header, ...names]);
}

export function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

export const blobOf = (...parts: Uint8Array[]) => new Blob(parts as BlobPart[]);
