/**
 * Document settings a co-author saves reach the pane: settingsChanged fires only in Excel on the web while
 * co-authoring (Office.Settings docs), and the new values are visible only after refreshAsync.
 */
import { watchWorkbookSettings, loadWorkbookSettings } from "../../src/excel/workbookSettings";
import { MemoryWorkbook } from "../../src/preview/memory";
import { install } from "./useMemoryExcel";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("a co-author's saved settings are refreshed and handed over on Excel on the web", async () => {
  const workbook = install(new MemoryWorkbook({ settings: { "NextStep.workbook": { highlightOn: false } } }));
  const seen: unknown[] = [];
  const stop = await watchWorkbookSettings((settings) => seen.push(settings));
  workbook.coauthorSavesSettings({ "NextStep.workbook": { highlightOn: true, columns: { date: 5 } } });
  await tick();
  await tick();
  expect(seen).toEqual([{ highlightOn: true, columns: { date: 5 } }]);
  expect(loadWorkbookSettings()).toEqual({ highlightOn: true, columns: { date: 5 } });
  stop();
  workbook.coauthorSavesSettings({ "NextStep.workbook": { highlightOn: false } });
  await tick();
  expect(seen).toHaveLength(1);
});

test("on the desktop no event comes: settings reach others through the saved file", async () => {
  const workbook = install(new MemoryWorkbook({ platform: "PC" }));
  const seen: unknown[] = [];
  await watchWorkbookSettings((settings) => seen.push(settings));
  workbook.coauthorSavesSettings({ "NextStep.workbook": { highlightOn: true } });
  await tick();
  expect(seen).toEqual([]);
});
