import { openSpreadsheetFile } from "../../../src/preview/files/openFile";
import type { FileProblem } from "../../../src/preview/files/loadedWorkbook";
import { MAX_XLSX_BYTES } from "../../../src/preview/files/limits";
import { blobOf, compoundFile, pipelineWorkbook, xlsxBytes, zipOf } from "./fixtures";

async function problemOf(name: string, file: Blob): Promise<FileProblem> {
  const { outcome } = await openSpreadsheetFile(name, file, () => undefined);
  if (outcome.ok) throw new Error(`${name} opened`);
  return outcome.problem;
}

describe("files the preview cannot open get a sentence saying what to do", () => {
  test("an empty file", async () => {
    expect(await problemOf("pipeline.xlsx", new Blob([]))).toMatchObject({ kind: "empty" });
    expect(await problemOf("pipeline.csv", blobOf(new Uint8Array([0xef, 0xbb, 0xbf])))).toMatchObject({
      kind: "empty",
    });
  });

  test("not a spreadsheet: a PDF renamed .xlsx, a Word document, a picture", async () => {
    const pdf = await problemOf("pipeline.xlsx", blobOf(new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"))));
    expect(pdf.kind).toBe("notSpreadsheet");
    expect(pdf.message).toMatch(/not a spreadsheet.*\.xlsx.*CSV/);
    const docx = await problemOf("pipeline.xlsx", blobOf(zipOf(["[Content_Types].xml", "word/document.xml"])));
    expect(docx.message).toMatch(/a Word document/);
    const png = await problemOf("pipeline.csv", blobOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])));
    expect(png.kind).toBe("notSpreadsheet");
  });

  test("password-protected: an encrypted OLE container, told apart from an old .xls", async () => {
    const encrypted = await problemOf(
      "pipeline.xlsx",
      blobOf(compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"])),
    );
    expect(encrypted.kind).toBe("encrypted");
    expect(encrypted.message).toMatch(/password/);
    const xls = await problemOf("pipeline.xls", blobOf(compoundFile(["Root Entry", "Workbook"])));
    expect(xls.kind).toBe("oldExcel");
    expect(xls.message).toMatch(/Save As.*\.xlsx/);
  });

  test("a corrupt zip: a workbook cut short, or damaged inside", async () => {
    const whole = await xlsxBytes((wb) => pipelineWorkbook(wb));
    expect(await problemOf("cut.xlsx", blobOf(whole.subarray(0, whole.length - 200)))).toMatchObject({
      kind: "corrupt",
    });
    const damaged = whole.slice();
    damaged.fill(0x41, 200, 1200); // inside the first entry's compressed data
    const problem = await problemOf("damaged.xlsx", blobOf(damaged));
    expect(["corrupt", "unreadable"]).toContain(problem.kind);
    expect(problem.message).toMatch(/fresh copy/);
  });

  test("too large: a 200 MB workbook is refused before anything is unpacked", async () => {
    const big = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(200 * 1024 * 1024)]);
    const problem = await problemOf("huge.xlsx", big);
    expect(problem.kind).toBe("tooLarge");
    expect(problem.message).toContain(`${MAX_XLSX_BYTES / 1024 / 1024} MB`);
    expect(problem.message).toMatch(/200 MB/);
  });
});
