/**
 * Excel on the web fails a sync that is in flight when the rep deletes a sheet, even one the request never touches:
 * InvalidRequestContext, "…the specified worksheet cannot be found. Please try again." (office-js issue 6964, open).
 * The read is retried once instead of failing the pane; writes say what happened and that trying again is safe.
 */
import { readSheet, rereadSheet } from "../../src/excel/readSheet";
import { toAdapterError } from "../../src/excel/errors";
import { generateWorkbook } from "./generateSheet";
import { install } from "./useMemoryExcel";

function workbookWithScratchSheet(platform?: string) {
  const workbook = generateWorkbook({ rows: 20 });
  if (platform) workbook.platform = platform;
  workbook.addSheet("Scratch", [["notes"]]);
  return install(workbook);
}

test("the fake: on Excel on the web a sheet deleted during a sync fails that sync; on Windows it does not", async () => {
  const web = workbookWithScratchSheet();
  web.userDeleteSheet("Scratch", { duringNextSync: true });
  const failed = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Prospects").getRange("A1");
    range.load("values");
    await context.sync();
    return range.values;
  }).catch((error: { code?: string }) => error.code);
  expect(failed).toBe("InvalidRequestContext");
  expect(web.sheets.map((s) => s.name)).toEqual(["Prospects"]);

  const desktop = workbookWithScratchSheet("PC");
  desktop.userDeleteSheet("Scratch", { duringNextSync: true });
  await expect(readSheet()).resolves.toMatchObject({ source: { sheetName: "Prospects" } });
  expect(desktop.sheets.map((s) => s.name)).toEqual(["Prospects"]);
});

test("a first read during which the rep deletes another sheet still reads the list", async () => {
  const workbook = workbookWithScratchSheet();
  workbook.userDeleteSheet("Scratch", { duringNextSync: true });
  const snapshot = await readSheet();
  expect(snapshot.source.sheetName).toBe("Prospects");
  expect(snapshot.input.values).toHaveLength(21);
});

test("a re-read after an edit survives the same deletion", async () => {
  const workbook = workbookWithScratchSheet();
  const first = await readSheet();
  workbook.userDeleteSheet("Scratch", { duringNextSync: true });
  const again = await rereadSheet(first.source);
  expect(again.input.values).toEqual(first.input.values);
});

test("when it keeps happening, the rep reads what happened and that trying again is safe", () => {
  const error = toAdapterError(
    Object.assign(new Error("raw"), {
      code: "InvalidRequestContext",
      message: "The request cannot be processed because the specified worksheet cannot be found. Please try again.",
    }),
    "highlight your prospects",
  );
  expect(error.code).toBe("busy");
  expect(error.userMessage).toBe(
    "A sheet was deleted while NextStep was working, so Excel stopped the request. Nothing was lost: try again.",
  );
});
