import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Download, Page } from "playwright-core";
import { writeIcs } from "../../src/core/reminders/icsWriter";
import { planReminders } from "../../src/core/reminders/planReminders";
import { encodeHandoff, MAX_HANDOFF_URL } from "../../src/outlook/handoff/icsHandoff";
import { makeRow, NOW, SOURCE } from "../core/reminders/makeRows";
import { launch, type Browser } from "./support/browser";
import { collectErrors, routeNetwork } from "./support/browser";
import { openPane } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const ROOT = join(__dirname, "..", "..");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(join(ROOT, "dist"));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function parse(download: Download): Promise<ICAL.Component[]> {
  const comp = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), "utf8")));
  return comp.getAllSubcomponents("vevent");
}

/** Every URL the browser asked a server for from this page (fragments never travel; this proves it for ours). */
function requestLog(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

describe("Download .ics on Office for Mac: the add-in's own page saves it in the real browser", () => {
  test("in the Mac preview the pane's download does nothing; the hand-off page downloads the same calendar", async () => {
    const { page, errors } = await openPane(browser, server.url, { query: "?platform=Mac" });
    await page.getByRole("button", { name: "Create reminders" }).click();
    const dialog = page.getByRole("dialog", { name: "Create reminders" });
    await dialog.getByTestId("reminders-preview").waitFor();
    let paneDownloaded = false;
    page.on("download", () => (paneDownloaded = true));
    const [popup] = await Promise.all([
      browser.context.waitForEvent("page"),
      dialog.getByRole("button", { name: "Download .ics" }).click(),
    ]);
    const requests = requestLog(popup);
    const download = await popup.waitForEvent("download");
    expect(download.suggestedFilename()).toBe("NextStep follow-ups.ics");
    const events = await parse(download);
    expect(events.length).toBeGreaterThan(0);
    await popup.getByRole("status").filter({ hasText: "is downloading" }).waitFor();
    // The calendar left the address bar once read, and no request ever carried it.
    expect(await popup.evaluate(() => location.hash)).toBe("");
    expect(requests.some((u) => u.includes("nextstep-ics") || u.includes("BEGIN"))).toBe(false);
    await dialog.getByTestId("ics-download-outcome").filter({ hasText: "Your browser is saving the file" }).waitFor();
    expect(paneDownloaded).toBe(false);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test("a 1,000-follow-up calendar fits the hand-off URL and arrives whole", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      makeRow(i, {
        due: `2027-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`,
        fields: {
          prospect: `Prospect ${i}`,
          nextStep: `Send proposal ${i} 📞`,
          notes: `Met at the trade show; plan ${i % 5}; budget in Q${1 + (i % 4)}.`,
        },
      }),
    );
    const plan = planReminders({
      rows,
      now: NOW,
      timeZone: "Europe/Paris",
      source: SOURCE,
      prefs: { dayBefore: true },
    });
    const ics = writeIcs(plan.reminders, { now: NOW });
    const url = `${server.url}/ics-download.html#${await encodeHandoff({ ics, followUps: 1000, fileName: "NextStep follow-ups.ics" })}`;
    expect(url.length).toBeLessThan(MAX_HANDOFF_URL);
    const page = await browser.context.newPage();
    const [download] = await Promise.all([page.waitForEvent("download"), page.goto(url)]);
    expect(readFileSync(await download.path(), "utf8")).toBe(ics);
    expect(await parse(download)).toHaveLength(plan.reminders.length); // 2,000: each follow-up and its day-before
    await page.getByRole("status").filter({ hasText: "add 1000 follow-ups" }).waitFor();
    // "Download again" saves it a second time.
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download again" }).click(),
    ]);
    expect(readFileSync(await again.path(), "utf8")).toBe(ics);
    await page.close();
  });

  test("opened without a calendar, the page says what to do instead of failing", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/ics-download.html`);
    await page.getByRole("status").filter({ hasText: "none arrived" }).waitFor();
    expect(await page.getByRole("button", { name: "Download again" }).isVisible()).toBe(false);
    await page.close();
  });
});

describe("inside Office the pane never shows the demo", () => {
  const HOSTED = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";

  test("office.js cannot load inside Excel: a clear message with Retry, no demo workbook", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    await routeNetwork(page, "abort");
    const errors = collectErrors(page);
    await page.goto(`${server.url}/taskpane.html${HOSTED}`);
    await page.locator("[data-state=connecting]").getByText("NextStep couldn't start").waitFor();
    await page.getByText("couldn't load Office's add-in script").waitFor();
    expect(await page.getByTestId("preview-grid").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Create reminders" }).count()).toBe(0);
    // Retry reloads the page (office.js cannot be started twice in one page).
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Retry" }).click()]);
    await page.getByText("NextStep couldn't start").waitFor();
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  test("hosted while Excel is still starting: 'Connecting to Excel…' with progress; a plain browser still gets the preview", async () => {
    const page = await browser.context.newPage();
    // office.js loaded, but its host scripts have not answered yet (a cold start): onReady is still pending.
    await page.route(/appsforoffice\.microsoft\.com/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return new Promise(function () {}); } };",
      }),
    );
    await page.goto(`${server.url}/taskpane.html${HOSTED}`);
    await page.getByRole("progressbar", { name: "Connecting to Excel" }).waitFor();
    await page.getByText("Waiting for Excel to open your workbook…").waitFor();
    // Well past the plain browser's 3-second fallback: still connecting, never the demo.
    await page.waitForTimeout(4000);
    expect(await page.getByTestId("preview-grid").count()).toBe(0);
    expect(await page.getByRole("progressbar", { name: "Connecting to Excel" }).count()).toBe(1);
    await page.close();
    const { page: plain } = await openPane(browser, server.url, { office: "abort" });
    await plain.getByTestId("preview-grid").waitFor();
    await plain.close();
  });
});
