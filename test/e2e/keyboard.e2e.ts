import { join } from "node:path";
import type { Page } from "playwright-core";
import { expectAccessible } from "./support/axe";
import { launch, routeNetwork, takeConsoleProblems, type Browser } from "./support/browser";
import { demoReport, expectedBadges } from "./support/expected";
import { openPane } from "./support/pane";
import { START_FAILURE } from "../../src/taskpane/boot/startFailure";
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

/** What has focus, in words a test can compare: its accessible name (aria-label, label or text) and role. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "<body>";
    const labelled = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      "";
    return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}: ${name.trim()}`;
  });
}

/** Waits until no dialog is open and the pane is no longer hidden from assistive technology. */
async function dialogGone(page: Page): Promise<void> {
  await page.getByRole("dialog").waitFor({ state: "detached" });
  await page.waitForFunction(() => document.querySelector("main")?.closest("[aria-hidden=true], [inert]") === null);
}

describe("keyboard only", () => {
  test.each([
    ["Settings", "Settings", "Escape", /^input: M\/D\/Y$/],
    ["Columns", "Columns", "Escape", /^combobox: Prospect/],
    ["Create reminders", "Create reminders", "Escape", /^button: Download \.ics$/],
    ["Create reminders", "Create reminders", "Close", /^button: Download \.ics$/],
  ])(
    "%s: opens with focus on its first meaningful control; %s closed by %s gives focus back to the opener",
    async (opener, dialogName, how, first) => {
      const { page } = await openPane(browser, server.url, { viewport: { width: 320, height: 800 } });
      const button = page.getByRole("button", { name: opener, exact: true });
      await button.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: dialogName });
      await dialog.waitFor();
      if (dialogName === "Create reminders") await dialog.getByTestId("reminders-preview").waitFor();
      await page.waitForFunction(() => document.activeElement?.closest("[role=dialog]") !== null);
      await expect(focused(page)).resolves.toMatch(first);
      await expectAccessible(page);
      if (how === "Escape") await page.keyboard.press("Escape");
      else {
        // Reach Close by keyboard too: Shift+Tab from the primary action.
        await page.keyboard.press("Shift+Tab");
        await expect(focused(page)).resolves.toBe("button: Close");
        await page.keyboard.press("Enter");
      }
      await dialogGone(page);
      await page.waitForFunction(() => document.activeElement !== document.body);
      await expect(focused(page)).resolves.toBe(
        await button.evaluate((el) => `button: ${el.getAttribute("aria-label") ?? el.textContent?.trim()}`),
      );
      await page.close();
    },
  );

  test.each([
    ["Follow-ups…", "Follow-ups", "Escape"],
    ["Follow-ups…", "Follow-ups", "Close"],
    ["Done…", "Done", "Escape"],
  ])("the follow-up loop's %s: %s closed by %s gives focus back to the opener", async (opener, dialogName, how) => {
    const { page } = await openPane(browser, server.url, { viewport: { width: 320, height: 800 } });
    // Done… is on each attention item: the first one's.
    const button =
      opener === "Done…" ? page.getByTestId("done").first() : page.getByRole("button", { name: opener, exact: true });
    await button.focus();
    const openerName = await focused(page);
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("[role=dialog]") !== null);
    expect(await page.getByRole("dialog").getAttribute("aria-labelledby")).not.toBeNull();
    await expect(page.getByRole("dialog").getByRole("heading").first().textContent()).resolves.toContain(dialogName);
    if (how === "Escape") await page.keyboard.press("Escape");
    else await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).last().press("Enter");
    await dialogGone(page);
    await page.waitForFunction(() => document.activeElement !== document.body);
    await expect(focused(page)).resolves.toBe(openerName);
    await page.close();
  });

  test("reminders: 'Download .ics' is reachable in a few Tabs from anywhere in the dialog, however long the list", async () => {
    const { page } = await openPane(browser, server.url);
    await page.getByRole("button", { name: "Create reminders" }).click();
    const dialog = page.getByRole("dialog", { name: "Create reminders" });
    await dialog.getByTestId("reminders-preview").waitFor();
    // From the dialog's first focusable element, count Tabs to the primary action.
    await page.waitForFunction(() => document.activeElement?.closest("[role=dialog]") !== null);
    await page.keyboard.press("Shift+Tab"); // away from the primary action, into the list
    await page.keyboard.press("Shift+Tab");
    let tabs = 0;
    while ((await focused(page)) !== "button: Download .ics" && tabs < 40) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(4);
    // Arrow keys move inside the list: its lines are one Tab stop.
    const list = dialog.getByTestId("follow-ups");
    await list.locator("button, input").first().focus();
    const start = await focused(page);
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).not.toBe(start);
    await expectAccessible(page);
    await page.close();
  });

  test("the convert dialog returns focus to its button on Esc", async () => {
    const { page } = await openPane(browser, server.url);
    const convert = page.getByTestId("convert");
    await convert.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("[role=dialog]") !== null);
    await page.keyboard.press("Escape");
    await dialogGone(page);
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "convert");
    await page.close();
  });
});

describe("loading", () => {
  test("before any script runs the page shows a skeleton, and the pane replaces it in place", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    // No script at all: what the rep sees while the bundle downloads.
    await page.route("**/*.js", (route) => route.abort());
    await page.goto(`${server.url}/taskpane.html`);
    const skeleton = page.getByTestId("skeleton");
    expect(await skeleton.isVisible()).toBe(true);
    await expect(page.getByRole("status").textContent()).resolves.toBe("Loading your prospects…");
    await expectAccessible(page);
    await page.close();
    takeConsoleProblems(); // the scripts this test refused to load

    const { page: loaded } = await openPane(browser, server.url);
    expect(await loaded.getByTestId("skeleton").count()).toBe(0);
    expect(await loaded.locator("#container > *").count()).toBe(1);
    await loaded.close();
  });

  test("in the preview the counts show in the skeleton before React arrives, and the pane takes over with the same counts", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await routeNetwork(page, "abort");
    // The preview's React half (grid, pane) is held back: what shows meanwhile is the first half's work alone.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/preview\.[0-9a-f]{8}\.chunk\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/taskpane.html`);
    const expected = expectedBadges(demoReport());
    const early = page.getByTestId("skeleton");
    await early.locator(`[data-filter="active"] [data-count="${expected.active}"]`).waitFor();
    const counts = (scope: string) =>
      page.evaluate(
        (selector) =>
          Object.fromEntries(
            [...document.querySelectorAll(`${selector} [data-filter]`)].map((el) => [
              el.getAttribute("data-filter"),
              Number(el.querySelector("[data-count]")?.getAttribute("data-count")),
            ]),
          ),
        scope,
      );
    const earlyCounts = await counts('[data-testid="skeleton"]');
    expect(earlyCounts).toEqual(expect.objectContaining(expected));
    expect(await early.getByRole("status").textContent()).toBe("Prospects in “Pipeline”");
    // Only shown: inert (no focus, no clicks) and still busy, with nothing to press until the pane is there.
    expect(await early.evaluate((el) => [(el as HTMLElement).inert, el.getAttribute("aria-busy")])).toEqual([
      true,
      "true",
    ]);
    expect(await page.getByRole("button").count()).toBe(0);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("<body>");

    release();
    await page.locator(`button[data-filter="active"] [data-count="${expected.active}"]`).waitFor();
    expect(await page.getByTestId("skeleton").count()).toBe(0);
    expect(await counts("main")).toEqual(earlyCounts);
    expect(takeConsoleProblems()).toEqual([]);
    await page.close();
  });

  test.each([
    ["the preview's React half", /\/preview\.[0-9a-f]{8}\.chunk\.js$/, "", START_FAILURE.preview, true],
    ["the preview's first half", /\/preview-boot\.[0-9a-f]{8}\.chunk\.js$/, "", START_FAILURE.preview, false],
    // Inside Excel (told by Office's _host_Info), before office.js has even answered.
    [
      "the pane, inside Excel,",
      /\/pane-ui\.[0-9a-f]{8}\.chunk\.js$/,
      "?_host_Info=Excel$Win32$16.01$en-US",
      START_FAILURE.hosted,
      false,
    ],
  ])("when %s will not load (after one retry) the page says what to do", async (_, file, query, message, counted) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await routeNetwork(page, "abort");
    let refused = 0;
    await page.route(file, (route) => {
      refused++;
      return route.abort("internetdisconnected");
    });
    await page.goto(`${server.url}/taskpane.html${query}`);
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="skeleton"] [role="status"]')?.textContent === text,
      message,
    );
    expect(refused).toBeGreaterThanOrEqual(2); // the first try and the retry
    const skeleton = page.getByTestId("skeleton");
    expect(await skeleton.evaluate((el) => [(el as HTMLElement).inert, el.getAttribute("aria-busy")])).toEqual([
      false,
      "false",
    ]);
    expect(await page.locator(".ns-bar, .ns-banner").count()).toBe(0);
    // Counts already read stay: the rep still sees them.
    const active = expectedBadges(demoReport()).active;
    expect(await skeleton.locator(`[data-filter="active"] [data-count="${active}"]`).count()).toBe(counted ? 1 : 0);
    await expectAccessible(page);
    await page.close();
    takeConsoleProblems(); // the requests this test refused
  });
});
