import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expectAccessible } from "./support/axe";
import { launch, type Browser } from "./support/browser";
import { demoReport, expectedBadges } from "./support/expected";
import { badgeCounts, openPane } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const ROOT = join(__dirname, "..", "..");
const DOCS = join(ROOT, "docs");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  server = await serveDirectory(join(ROOT, "dist"));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Picks a column for a role in the setup form's dropdown. */
async function mapRole(page: Page, role: string, option: string): Promise<void> {
  await page.locator(`button[data-role="${role}"]`).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("designed states, accessibility and screenshots", () => {
  test("main screen: accessible, and screenshots for README (wide and 320 px)", async () => {
    const { page } = await openPane(browser, server.url);
    await expectAccessible(page);
    // README's picture: highlights on and the most overdue prospect selected, as a rep would start the day.
    await page.getByRole("switch", { name: "Highlight in sheet" }).click();
    await page.getByTestId("highlight-legend").waitFor();
    await page.locator("[data-state=report] button[data-row]").first().click();
    await page.waitForFunction(() => document.querySelector("td[data-selected=true]") !== null);
    await page.waitForFunction(() => document.querySelectorAll("td[data-fill]:not([data-fill=''])").length > 0);
    await expectAccessible(page);
    await page.screenshot({ path: join(DOCS, "preview.png") });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByTestId("pane-host").scrollIntoViewIfNeeded();
    await expectAccessible(page);
    await page.getByTestId("pane-host").screenshot({ path: join(DOCS, "pane-320.png") });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every badge's label is read whole at the pane's width, even a little narrower ("No next step", not "No next st…").
    await page.setViewportSize({ width: 300, height: 900 });
    const cutLabels = await page.evaluate(() =>
      [...document.querySelectorAll("[data-filter]")]
        .map((badge) => badge.querySelector("span:not([data-count])") as HTMLElement | null)
        .filter((label) => label !== null && label.scrollWidth > label.clientWidth)
        .map((label) => label?.textContent),
    );
    expect(cutLabels).toEqual([]);
    await page.close();
  });

  test("keyboard: Tab reaches the actions, badges and list items with a visible focus ring", async () => {
    const { page } = await openPane(browser, server.url);
    await page.getByRole("button", { name: "Create reminders" }).focus();
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? (el.getAttribute("data-filter") ?? el.getAttribute("data-row") ?? el.getAttribute("role") ?? el.tagName)
          : "";
      });
      seen.add(label);
    }
    expect([...seen]).toEqual(expect.arrayContaining(["switch", "overdue", "active"]));
    // Enter on a focused badge filters.
    await page.locator('[data-filter="overdue"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-filter="overdue"][aria-pressed=true]');
    await page.close();
  });

  test("column mapping on a sheet with unusual headers: setup, map, counts appear, saved with the workbook", async () => {
    const { page, errors } = await openPane(browser, server.url, { query: "?demo=unusual" });
    await page.locator("[data-state=setup]").waitFor();
    await page
      .getByText("NextStep could not tell which columns hold the prospect, the next step and the next-step date.", {
        exact: false,
      })
      .waitFor();
    expect(await page.getByText("No header row was recognised").count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: join(DOCS, "setup.png") });
    await mapRole(page, "prospect", "A · Outfit");
    await mapRole(page, "nextStep", "F · Our move");
    await mapRole(page, "date", "G · Chase on");
    await page.getByRole("button", { name: "Save columns" }).click();
    await page.locator("[data-state=report]").waitFor();
    expect(await badgeCounts(page)).toEqual(
      expectedBadges(demoReport("unusual", { prospect: 0, nextStep: 5, date: 6 })),
    );
    const saved = await page.evaluate(() => {
      const settings = (
        window as unknown as { Office: { context: { document: { settings: { get(n: string): unknown } } } } }
      ).Office.context.document.settings;
      return JSON.stringify(settings.get("NextStep.workbook"));
    });
    expect(saved).toContain('"date":6');
    expect(errors).toEqual([]);
    await page.close();
  });

  test("settings, reminders and conversion dialogs are accessible; screenshots of reminders", async () => {
    const { page } = await openPane(browser, server.url);
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("dialog", { name: "Settings" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    // A closed dialog hands the pane back: nothing left hidden from screen readers.
    await page.waitForFunction(
      () => document.querySelector("main")?.closest("[aria-hidden=true], [inert]") === null,
      null,
      {
        timeout: 3000,
      },
    );

    await page.getByRole("button", { name: "Create reminders" }).click();
    await page.getByRole("dialog", { name: "Create reminders" }).waitFor();
    await page.getByTestId("reminders-preview").waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Close" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });

    await page.getByTestId("convert").click();
    await page.getByRole("dialog").waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: join(DOCS, "convert.png") });
    await page.close();
  });

  test.each([
    ["empty", "empty", "This sheet is empty"],
    ["headerOnly", "no-prospects", "No prospects yet"],
    ["editingCell", "error", "Excel is busy"],
    ["oldExcel", "blocked", "This Excel can't run NextStep"],
  ])("designed state ?demo=%s: says what to do, accessibly", async (variant, state, title) => {
    const { page, errors } = await openPane(browser, server.url, { query: `?demo=${variant}` });
    await page.locator(`[data-state="${state}"]`).waitFor();
    await page.getByRole("heading", { name: title }).waitFor();
    await expectAccessible(page);
    if (variant === "empty") await page.getByTestId("pane-host").screenshot({ path: join(DOCS, "empty.png") });
    if (variant === "strayCell")
      await page.getByText("Turn your prospect list into a table", { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a rep on top of things sees 'All N prospects have a next step — nothing overdue'", async () => {
    const { page } = await openPane(browser, server.url, { query: "?demo=onTrack" });
    const active = expectedBadges(demoReport("onTrack")).active;
    await page.getByText(`All ${active} prospects have a next step — nothing overdue`).waitFor();
    expect(await badgeCounts(page)).toEqual(expectedBadges(demoReport("onTrack")));
    await expectAccessible(page);
    await page.getByTestId("pane-host").screenshot({ path: join(DOCS, "on-track.png") });
    await page.close();
  });

  test("settings: a 14-day 'due soon' window re-counts the list; setup also fits 320 px", async () => {
    const { page } = await openPane(browser, server.url);
    await page.getByRole("button", { name: "Settings" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.waitFor();
    await dialog.getByRole("spinbutton", { name: "“Due soon” means within (days)" }).fill("14");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByText("Settings saved.").waitFor();
    expect(await badgeCounts(page)).toEqual(expectedBadges(demoReport("standard", undefined, 14)));
    await page.evaluate(() => localStorage.clear()); // preferences persist per browser profile: leave the defaults
    await page.close();

    const narrow = await openPane(browser, server.url, {
      query: "?demo=unusual",
      viewport: { width: 320, height: 800 },
    });
    await narrow.page.locator("[data-state=setup]").waitFor();
    expect(
      await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await narrow.page.close();
  });

  test("a sheet typed day-first: the pane offers to read it day-first, and the counts come right", async () => {
    const { page, errors } = await openPane(browser, server.url, { query: "?demo=dayFirst" });
    const notice = page.getByText("This sheet's dates look day-first (like 30/11/2026 or 01.12.2026).", {
      exact: false,
    });
    await notice.waitFor();
    const monthFirst = expectedBadges(demoReport("dayFirst"));
    expect(await badgeCounts(page)).toEqual(monthFirst);
    // Until the rep answers, reminders wait, and one sentence says why.
    const remind = page.getByRole("button", { name: "Create reminders" });
    expect(await remind.getAttribute("aria-disabled")).toBe("true");
    await expect(page.getByTestId("reminders-blocked").textContent()).resolves.toMatch(/wrong month/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Read day-first" }).click();
    await page.getByText("Dates are now read day-first.").waitFor();
    expect(await remind.getAttribute("aria-disabled")).toBeNull();
    expect(await page.getByTestId("reminders-blocked").count()).toBe(0);
    const dayFirst = expectedBadges(demoReport("dayFirst", undefined, undefined, "DMY"));
    expect(dayFirst.badDate).toBeLessThan(monthFirst.badDate);
    expect(dayFirst).toEqual(expectedBadges(demoReport("standard")));
    expect(await badgeCounts(page)).toEqual(dayFirst);
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear()); // preferences persist per browser profile: leave the defaults
    await page.close();
  });

  test("a stray cell far away: the list is still checked, and a note says where the sheet really ends", async () => {
    const { page, errors } = await openPane(browser, server.url, { query: "?demo=strayCell" });
    await page
      .getByText("but not the rest of the sheet, which runs to row 200,000, column AZ", { exact: false })
      .waitFor();
    expect(await badgeCounts(page)).toEqual(expectedBadges(demoReport("standard")));
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("dark mode (prefers-color-scheme) is accessible too", async () => {
    const dark = await launch({ colorScheme: "dark" });
    try {
      const { page } = await openPane(dark, server.url);
      await page.getByRole("switch", { name: "Highlight in sheet" }).click();
      await page.waitForFunction(() => document.querySelectorAll("td[data-fill]:not([data-fill=''])").length > 0);
      await expectAccessible(page);
      await page.screenshot({ path: join(DOCS, "preview-dark.png") });
      // The loop's panel too: today's plan links each phone number (a plain link was the browser's dark blue).
      await page.getByRole("button", { name: "Follow-ups…" }).click();
      await page.getByTestId("fu-plan").locator("a[href^='tel:']").first().waitFor();
      await expectAccessible(page);
    } finally {
      await dark.close();
    }
  });
});
