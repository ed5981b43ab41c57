/**
 * The follow-up loop in Chromium on the preview's demo sheet: log a touch from the list, bulk-move the overdue
 * follow-ups, copy a promise, switch My prospects / Everyone. Screenshots go to docs/ for the README.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launch, type Browser } from "./support/browser";
import { badgeCounts, listedRows, openPane } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const DIST = join(__dirname, "..", "..", "dist");
const DOCS = join(__dirname, "..", "..", "docs");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launch();
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The grid's text in one sheet row, by column letter. */
async function gridRow(page: Page, row: number): Promise<Record<string, string>> {
  return page.$$eval(`[data-testid=preview-grid] tr[data-row="${row}"] td[data-address]`, (cells) =>
    Object.fromEntries(
      cells.map((c) => [(c.getAttribute("data-address") ?? "").replace(/\d+$/, ""), c.textContent ?? ""]),
    ),
  );
}

test("log a touch from the list: Done… writes the next step, its date and time, and offers the promise", async () => {
  const { page, errors } = await openPane(browser, server.url);
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  // Nothing of the loop loads before the rep opens it.
  expect(scripts.some((s) => s.includes("follow-up"))).toBe(false);
  const [row] = await listedRows(page);
  await page.locator(`li:has(button[data-row="${row}"]) [data-testid=done]`).click();
  const dialog = page.getByTestId("done-dialog");
  await dialog.waitFor();
  await page.getByTestId("done-save").click();
  await page.getByText("Type the next step").waitFor(); // required, with the reason
  await page.getByTestId("done-step").fill("TBD");
  await page.getByTestId("done-save").click();
  await page.getByText("is a placeholder, not a step").waitFor();
  await page.getByTestId("done-step").fill("Call Monday 10am about pricing");
  expect(await page.getByTestId("done-time").inputValue()).toBe("10:00"); // the promised time, read from the step
  const date = await page.getByTestId("done-date").inputValue();
  expect(new Date(`${date}T12:00`).getDay()).toBe(1);
  await page.screenshot({ path: join(DOCS, "follow-up-done.png") });
  await page.getByTestId("done-save").click();
  const sentence = page.getByTestId("promise-sentence");
  await sentence.waitFor();
  expect(await sentence.textContent()).toMatch(/^I'll follow up with you on Monday, [A-Z][a-z]+ \d{1,2} at 10:00\.$/);
  await page.waitForFunction(
    (r) => document.querySelector(`tr[data-row="${r}"]`)?.textContent?.includes("Call Monday 10am about pricing"),
    row,
  );
  const cells = await gridRow(page, row);
  expect(cells.F).toBe("Call Monday 10am about pricing");
  expect(cells.H).toBe("10:00");
  // Copy promise: the same sentence on the clipboard.
  await page.getByTestId("copy-promise").click();
  await page.getByText(/^Copied: /).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await sentence.textContent());
  await page.screenshot({ path: join(DOCS, "follow-up-promise.png") });
  expect(errors).toEqual([]);
  await page.close();
});

test("bulk-move the overdue follow-ups to tomorrow: a preview of each row, one write, one undo", async () => {
  const { page, errors } = await openPane(browser, server.url);
  const before = await badgeCounts(page);
  expect(before.overdue).toBeGreaterThan(2);
  await page.getByTestId("open-follow-ups").click();
  await page.getByTestId("fu-panel").waitFor();
  await page.getByRole("button", { name: "Tomorrow", exact: true }).click();
  const preview = page.getByTestId("fu-move-preview");
  await preview.waitFor();
  expect(await preview.locator("tbody tr").count()).toBe(before.overdue);
  await page.screenshot({ path: join(DOCS, "follow-up-move.png") });
  await page.getByTestId("fu-move-apply").click();
  await page.getByText(`Moved ${before.overdue} follow-ups.`).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-filter="overdue"] [data-count]')?.textContent === "0");
  await page.getByTestId("fu-undo").click();
  await page.getByText(/^Undone: \d+ cells? restored\./).waitFor();
  await page.waitForFunction(
    (n) => document.querySelector('[data-filter="overdue"] [data-count]')?.textContent === String(n),
    before.overdue,
  );
  expect(errors).toEqual([]);
  await page.close();
});

test("My prospects / Everyone at 320 px: the rep's own counts, and a manager's counts per owner", async () => {
  const { page, errors } = await openPane(browser, server.url, { viewport: { width: 320, height: 720 } });
  await page.getByTestId("open-follow-ups").click();
  await page.getByTestId("fu-panel").waitFor();
  const counts = page.getByTestId("fu-counts");
  const everyone = await counts.textContent();
  await page.getByTestId("fu-me").selectOption("Priya");
  await page.waitForFunction(
    (text) => document.querySelector("[data-testid=fu-counts]")?.textContent !== text,
    everyone,
  );
  const mine = await counts.textContent();
  expect(mine).not.toBe(everyone);
  await page.getByTestId("fu-everyone").click();
  const owners = page.getByTestId("fu-owners");
  await owners.waitFor();
  const names = await owners.locator("tbody tr td:first-child").allTextContents();
  expect(names.sort()).toEqual(["Priya", "Sam"]);
  expect(await counts.textContent()).toBe(everyone);
  // README's picture from the top of the dialog: the clicks above may have scrolled its body.
  await page.evaluate(() => {
    for (let el = document.querySelector<HTMLElement>("[data-testid=fu-scope]"); el; el = el.parentElement) {
      el.scrollTop = 0;
    }
  });
  // …and at rest: the pointer off the buttons and their colour transitions finished.
  await page.mouse.move(0, 0);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: join(DOCS, "follow-up-team.png") });
  await page.getByTestId("fu-mine").click();
  expect(await counts.textContent()).toBe(mine);
  expect(errors).toEqual([]);
  await page.close();
});
