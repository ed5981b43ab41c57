/**
 * Opening a rep's own file in the browser preview (production build, Debian's Chromium): by the file picker and by
 * drop, bad files, editing, pasting, sorting, the sheet picker, "Download with highlights", the layout at 320 px and
 * 1280 px, and that nothing leaves the page: every non-local request is refused, and no request carries the file.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, format } from "date-fns";
import ExcelJS from "exceljs";
import type { Page, Request } from "playwright-core";
import { expectAccessible } from "./support/axe";
import { launch, type Browser } from "./support/browser";
import { badgeCounts, openPane } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const ROOT = join(__dirname, "..", "..");
const DOCS = join(ROOT, "docs");
const WORK = mkdtempSync(join(tmpdir(), "nextstep-open-"));
let server: StaticServer;
let browser: Browser;

/** A UTC midnight `days` from the browser's today (exceljs writes dates as UTC). */
const day = (days: number) => new Date(`${format(addDays(new Date(), days), "yyyy-MM-dd")}T00:00:00.000Z`);

/** A rep's pipeline: one overdue, one due today, one without a next step, one won, a text date; a second sheet. */
async function writePipeline(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pipeline");
  sheet.addRow(["Company", "Contact", "Status", "Next step", "Next step date", "Owner"]);
  sheet.addRow(["Acme Corp", "Ann Lee", "Open", "Call Ann", day(-3), "Me"]);
  sheet.addRow(["Globex", "Bob Ray", "Open", "Send quote", day(0), "Me"]);
  sheet.addRow(["Initech", "Cy Dee", "Open", "", day(2), "Me"]);
  sheet.addRow(["Umbrella", "Di Fox", "Won", "Kickoff", day(-10), "Me"]);
  sheet.addRow(["Vandelay", "Flo Ho", "Open", "Follow up", day(20), "Me"]);
  sheet.getColumn(5).numFmt = "m/d/yyyy";
  sheet.getRow(1).font = { bold: true };
  sheet.addConditionalFormatting({
    ref: "C2:C6",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ['$C2="Won"'],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } },
      },
    ],
  });
  // An empty second sheet: a sheet with a header but no list would put the pane on its lazily loaded setup screen,
  // which suspends without a Suspense boundary during a store update (React error 426, reported to pane-ux).
  workbook.addWorksheet("Contacts");
  const path = join(WORK, "my pipeline.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Requests the page makes, and the file's bytes to look for in them. */
function watchRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => seen.push(request));
  return seen;
}

async function gridText(page: Page, address: string): Promise<string> {
  return page.locator(`[data-testid=preview-grid] td[data-address="${address}"]`).innerText();
}

/** The grid re-renders a moment after the workbook changes: wait for what the rep would see. */
async function waitForCell(page: Page, address: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([a, t]) => document.querySelector(`[data-testid=preview-grid] td[data-address="${a}"]`)?.textContent === t,
    [address, text] as const,
    { timeout: 15000 },
  );
}

async function waitForNameBox(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector("[data-testid=name-box]")?.textContent === t, text, {
    timeout: 15000,
  });
}

async function waitForCount(page: Page, filter: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([f, n]) => document.querySelector(`[data-filter="${f}"] [data-count]`)?.textContent === String(n),
    [filter, count] as const,
    { timeout: 15000 },
  );
}

/** Drops a file on the page the way the browser delivers one from the desktop. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ fileName, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { fileName: name, base64: bytes.toString("base64") },
  );
}

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  server = await serveDirectory(join(ROOT, "dist"));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("open your own sheet in the browser preview", () => {
  test("by the picker: sheets, the rep's rule, editing, paste, sort, download — and nothing leaves the page", async () => {
    const path = await writePipeline();
    const fileBytes = readFileSync(path);
    // openPane refuses every request that is not to 127.0.0.1 (office.js is aborted: a plain browser).
    const { page, errors } = await openPane(browser, server.url, { office: "abort" });
    const requests = watchRequests(page);
    await page.getByTestId("stays-local").getByText("nothing is uploaded or sent anywhere").waitFor();

    await page.setInputFiles("[data-testid=file-input]", path);
    await page.getByTestId("opened-file").getByText("my pipeline.xlsx").waitFor();
    await page.locator("[data-state=report]").waitFor();
    await waitForCount(page, "overdue", 1);
    expect(await badgeCounts(page)).toMatchObject({ overdue: 1, dueToday: 1, missingNextStep: 1 });
    expect(await gridText(page, "E2")).toBe(format(addDays(new Date(), -3), "M/d/yyyy"));
    await expectAccessible(page);
    // The rep's own conditional format shows, before NextStep highlights anything.
    await expect(page.locator('td[data-address="C5"]').getAttribute("data-fill")).resolves.toBe("#C6EFCE");

    // Sheet picker: the second sheet, and back.
    // The pane follows the sheet the rep switched to: an empty one, so it keeps to the list and says why.
    await page.getByTestId("sheet-picker").selectOption("Contacts");
    await page
      .getByTestId("pane-host")
      .getByText("The sheet you are on is empty, so NextStep reads the list on “Pipeline”.", { exact: false })
      .waitFor();
    expect(await badgeCounts(page)).toMatchObject({ overdue: 1, dueToday: 1, missingNextStep: 1 });
    await page.getByTestId("sheet-picker").selectOption("Pipeline");
    await page.waitForFunction(() => document.querySelector("td[data-address=A1]")?.textContent === "Company");
    await page.locator("[data-state=report]").waitFor();

    // Typing: Initech gets a next step (Enter commits), and the pane re-checks live.
    await page.locator('td[data-address="D4"]').click();
    await page.keyboard.type("Call Cy");
    await page.keyboard.press("Enter");
    await waitForCount(page, "missingNextStep", 0);
    await waitForCell(page, "D4", "Call Cy");
    await waitForNameBox(page, "D5"); // Enter moves down, like Excel
    // Esc cancels.
    await page.keyboard.type("zzz");
    await page.keyboard.press("Escape");
    expect(await gridText(page, "D5")).toBe("Kickoff");
    // Tab commits and moves right; a typed date becomes a date.
    await page.locator('td[data-address="D6"]').dblclick();
    await page.getByTestId("cell-editor").fill("Send contract");
    await page.keyboard.press("Tab");
    await waitForNameBox(page, "E6");
    await waitForCell(page, "D6", "Send contract");
    // Delete clears: Globex loses its next step.
    await page.locator('td[data-address="D3"]').click();
    await page.keyboard.press("Delete");
    await waitForCount(page, "missingNextStep", 1);

    // Paste a block (as Excel puts it on the clipboard) over Globex's step and date: due today becomes overdue.
    const yesterday = format(addDays(new Date(), -1), "M/d/yyyy");
    await page.locator('td[data-address="D3"]').click();
    await page.getByRole("region", { name: /Sheet Pipeline/ }).evaluate((grid, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, `Chase PO\t${yesterday}\r\n`);
    await waitForCount(page, "overdue", 2);
    await waitForCell(page, "E3", yesterday);
    await waitForCount(page, "missingNextStep", 0);

    // Sort the list by the date column: earliest first, the header stays on top.
    await page.locator('button[data-sort-column="E"]').click();
    await waitForCell(page, "A2", "Umbrella");
    expect(await gridText(page, "A1")).toBe("Company");
    expect(await gridText(page, "A3")).toBe("Acme Corp");

    // Highlights on, then download: the workbook comes back with NextStep's rules and the rep's own.
    await page.emulateMedia({ reducedMotion: "reduce" }); // the README's screenshot shows the switch settled
    await page.getByRole("switch", { name: "Highlight in sheet" }).click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>("input[role=switch]")?.checked === true);
    await page.getByTestId("highlight-legend").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("td[data-fill='#FFC7CE']").length > 0);
    await page.screenshot({ path: join(DOCS, "open-your-sheet.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download with highlights" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("my pipeline (NextStep).xlsx");
    const saved = join(WORK, "downloaded.xlsx");
    await download.saveAs(saved);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(saved);
    const rules = (
      back.getWorksheet("Pipeline") as unknown as {
        conditionalFormattings: Array<{ rules: Array<{ formulae?: string[] }> }>;
      }
    ).conditionalFormattings.flatMap((block) => block.rules.map((r) => r.formulae?.[0] ?? ""));
    expect(rules.filter((f) => f.includes('N("NextStep:overdue")=0'))).toHaveLength(1);
    expect(rules).toContain('$C2="Won"');
    // The rep's edits are in the file: Initech's step, sorted rows.
    const pipeline = back.getWorksheet("Pipeline");
    expect(pipeline?.getCell("A2").value).toBe("Umbrella");
    expect(JSON.stringify(pipeline?.getSheetValues())).toContain("Call Cy");

    // Nothing left the page: no request but the page's own local GETs, none carrying data.
    const offPage = requests.filter((r) => new URL(r.url()).hostname !== "127.0.0.1" && !r.url().startsWith("blob:"));
    expect(offPage.map((r) => r.url())).toEqual([]);
    expect(requests.filter((r) => r.method() !== "GET" || (r.postDataBuffer()?.length ?? 0) > 0)).toEqual([]);
    const sample = fileBytes.subarray(0, 64).toString("base64");
    expect(requests.some((r) => r.url().includes(sample) || r.url().includes("pipeline"))).toBe(false);
    expect(errors.filter((e) => !/office\.js|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  test("by drop: a UTF-16 CSV with semicolons opens with its accents, dates left as text", async () => {
    const { page } = await openPane(browser, server.url, { office: "abort" });
    const csv = `Company;Next step;Next step date\r\nCafé Müller;Call Zoë;${format(addDays(new Date(), -2), "M/d/yyyy")}\r\n`;
    await dropFile(page, "leads.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]));
    await page.getByTestId("opened-file").getByText("leads.csv (UTF-16 LE)").waitFor();
    await page.waitForFunction(() => document.querySelector("td[data-address=A2]")?.textContent === "Café Müller");
    expect(await page.locator('td[data-address="C2"]').getAttribute("data-kind")).toBe("text");
    await page.locator("[data-state=report], [data-state=setup]").first().waitFor();
    await page.close();
  });

  test("a template that opens on its instructions sheet: the pane reads the pipeline on the next sheet and says so", async () => {
    const workbook = new ExcelJS.Workbook();
    const info = workbook.addWorksheet("Instructions");
    info.addRow(["How to use this tracker"]);
    info.addRow(["Fill in one row per lead; the dashboard updates itself."]);
    const sheet = workbook.addWorksheet("Pipeline 2026");
    sheet.addRow(["Q4 Sales Pipeline"]);
    sheet.addRow([]);
    sheet.addRow(["Company", "Contact Person", "Next Action", "Next Action Date", "Deal Stage"]);
    sheet.addRow(["Acme Corp", "Jane Doe", "Call re pricing", day(-2), "Proposal"]);
    sheet.addRow(["Globex", "Hank Scorpio", "Send contract", day(0), "Negotiation"]);
    sheet.getColumn(4).numFmt = "d-mmm-yyyy";
    const path = join(WORK, "tracker template.xlsx");
    await workbook.xlsx.writeFile(path);

    const { page, errors } = await openPane(browser, server.url, { viewport: { width: 320, height: 900 } });
    await page.setInputFiles("[data-testid=file-input]", path);
    const pane = page.getByTestId("pane-host");
    await pane.getByText("Prospects in “Pipeline 2026”").waitFor();
    await pane
      .getByText("“Instructions” holds no prospect list, so NextStep reads the list on “Pipeline 2026”.", {
        exact: false,
      })
      .waitFor();
    await waitForCount(page, "overdue", 1);
    await waitForCount(page, "dueToday", 1);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("bad files: a clear message, and the page keeps working", async () => {
    const { page, errors } = await openPane(browser, server.url, { office: "abort" });
    const fake = join(WORK, "quarterly.xlsx");
    writeFileSync(fake, "%PDF-1.7 not really a workbook");
    await page.setInputFiles("[data-testid=file-input]", fake);
    await page
      .getByTestId("file-problem")
      .getByText(/"quarterly\.xlsx" is not a spreadsheet/)
      .waitFor();
    const encrypted = join(WORK, "locked.xlsx");
    const name = Buffer.from("EncryptionInfo", "utf16le");
    writeFileSync(encrypted, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504), name]));
    await page.setInputFiles("[data-testid=file-input]", encrypted);
    await page
      .getByTestId("file-problem")
      .getByText(/protected with a password/)
      .waitFor();
    await expectAccessible(page);
    // The demo workbook is still there and the pane still answers.
    await page.locator("[data-state=report]").waitFor();
    expect(await page.locator("td[data-address=A1]").innerText()).toBe("Q4 pipeline — follow-ups");
    expect(errors.filter((e) => !/office\.js|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  test("layout: at 320 px the grid stacks under the pane; at 1280 px the date column is in view", async () => {
    const { page } = await openPane(browser, server.url, { office: "abort" });
    const region = page.getByRole("region", { name: /Sheet Pipeline/ });
    const date = page.locator('td[data-address="G4"]');
    const [box, cell] = [await region.boundingBox(), await date.boundingBox()];
    expect(box && cell && cell.x + cell.width <= box.x + box.width).toBe(true);
    await page.setViewportSize({ width: 320, height: 800 });
    const pane = await page.getByTestId("pane-host").boundingBox();
    const grid = await region.boundingBox();
    expect(grid && pane && grid.height > 150 && grid.y >= pane.y + pane.height - 1).toBe(true);
    await page.close();
  });
});
