import { createWorkbookPort } from "../../../src/excel";
import { demoWorkbook } from "../../../src/preview/demo/demoWorkbook";
import { installMemoryOffice } from "../../../src/preview/memory";

test("reassert puts the in-memory Excel and Office back after other code replaced the globals (office.js starting late)", async () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  const installed = installMemoryOffice(demoWorkbook("2026-12-01", "standard"));
  try {
    // What office.js leaves when it finishes starting with no host: an Office without a document.
    globals.Office = { context: {} };
    expect(globals.Office).not.toBe(installed.Office);
    installed.reassert();
    expect(globals.Office).toBe(installed.Office);
    expect(globals.Excel).toBe(installed.Excel);
    expect((await createWorkbookPort().read()).source.sheetName).toBe("Pipeline");
  } finally {
    installed.uninstall();
  }
});
