/** The fake Office: settings reach the file only through saveAsync; requirement sets and language are configurable. */
import { installMemoryOffice, MemoryWorkbook } from "../../../src/preview/memory";
import { useInstalled } from "./helpers";

function save(): Promise<Office.AsyncResult<void>> {
  return new Promise((resolve) => Office.context.document.settings.saveAsync((result) => resolve(result)));
}

describe("Office.context.document.settings", () => {
  const installed = useInstalled(() => new MemoryWorkbook({ settings: { mapping: { date: 2 } } }));

  it("reads what the file holds, and returns null for a missing name", () => {
    expect(Office.context.document.settings.get("mapping")).toEqual({ date: 2 });
    expect(Office.context.document.settings.get("nothing")).toBeNull();
  });

  it("keeps set() and remove() in memory until saveAsync succeeds", async () => {
    const { workbook } = installed();
    Office.context.document.settings.set("highlight", true);
    Office.context.document.settings.remove("mapping");
    expect(workbook.savedSettings).toEqual({ mapping: { date: 2 } });
    const result = await save();
    expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(workbook.savedSettings).toEqual({ highlight: true });
  });

  it("stores copies, so later changes to the object do not leak in", () => {
    const value = { date: 3 };
    Office.context.document.settings.set("mapping", value);
    value.date = 9;
    expect(Office.context.document.settings.get("mapping")).toEqual({ date: 3 });
  });

  it("reports a failed save and keeps the file as it was", async () => {
    const { workbook } = installed();
    workbook.failSettingsSave = "The file is read-only";
    Office.context.document.settings.set("highlight", true);
    const result = await save();
    expect(result.status).toBe(Office.AsyncResultStatus.Failed);
    expect(result.error.message).toBe("The file is read-only");
    expect(workbook.savedSettings).toEqual({ mapping: { date: 2 } });
  });
});

describe("Office.context", () => {
  it("answers isSetSupported from the configured requirement sets", () => {
    const installation = installMemoryOffice(
      new MemoryWorkbook({ requirementSets: { ExcelApi: "1.9", NestedAppAuth: "1.1" } }),
    );
    try {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
      expect(Office.context.requirements.isSetSupported("excelapi")).toBe(true);
      expect(Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    } finally {
      installation.uninstall();
    }
  });

  it("gives the display language and no theme, as Excel on the web does", async () => {
    const installation = installMemoryOffice(new MemoryWorkbook({ displayLanguage: "en-GB" }));
    try {
      expect(Office.context.displayLanguage).toBe("en-GB");
      expect(Office.context.officeTheme).toBeUndefined();
      await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    } finally {
      installation.uninstall();
    }
  });

  it("records the links handed to openBrowserWindow", () => {
    const workbook = new MemoryWorkbook();
    const installation = installMemoryOffice(workbook);
    try {
      Office.context.ui.openBrowserWindow("https://outlook.office.com/calendar/deeplink/compose");
      expect(workbook.openedUrls).toEqual(["https://outlook.office.com/calendar/deeplink/compose"]);
    } finally {
      installation.uninstall();
    }
  });

  it("puts back the previous globals on uninstall", () => {
    const installation = installMemoryOffice(new MemoryWorkbook());
    installation.uninstall();
    expect("Excel" in globalThis).toBe(false);
    expect("Office" in globalThis).toBe(false);
  });
});

describe("selection", () => {
  const installed = useInstalled();

  it("records select() as the selection and the active sheet, and reads it back", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Notes");
      sheet.activate();
      sheet.getRange("B7").select();
      await context.sync();
    });
    expect(workbook.selectedAddress()).toBe("Notes!B7");
    expect(workbook.activeSheet().name).toBe("Notes");
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([selected.address, active.name]).toEqual(["Notes!B7", "Notes"]);
    });
  });

  it("starts with A1 of the first sheet selected", async () => {
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Prospects!A1");
    });
  });

  it("refuses to activate a hidden sheet", async () => {
    const { workbook } = installed();
    workbook.sheet("Notes").visibility = "Hidden";
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Notes").activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
