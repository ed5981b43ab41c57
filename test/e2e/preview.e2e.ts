import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, takeConsoleProblems, type Browser } from "./support/browser";
import { demoReport, expectedBadges, todayIso } from "./support/expected";
import { expectedFills } from "./support/expectedFills";
import { badgeCounts, filledCells, listedRows, openPane, selectedRows } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/staticServer";
import type { RowReport } from "../../src/core/types";
import { buildDemoSheet, rectangular } from "../../src/preview/demo/demoSheet";

const DIST = join(__dirname, "..", "..", "dist");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("browser preview on the demo sheet", () => {
  test("starts without running office.js (no host in sight), no console errors, and the core's counts", async () => {
    const { page, errors } = await openPane(browser, server.url);
    await page.getByText("Preview — not connected to Excel.").waitFor();
    expect(await badgeCounts(page)).toEqual(expectedBadges(demoReport()));
    // office.js's tag is the content of a script that never runs: no OSF, and the pane says why in the console.
    const office = await page.evaluate(() => ({
      osf: typeof (window as unknown as { OSF?: unknown }).OSF,
      skippedTag: document.querySelector("script[data-office-skipped]")?.textContent ?? "",
    }));
    expect(office.osf).toBe("undefined");
    expect(office.skippedTag).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("still starts as the preview when office.js cannot load at all", async () => {
    const { page, errors } = await openPane(browser, server.url, { office: "abort" });
    await page.getByText("Preview — not connected to Excel.").waitFor();
    expect(await badgeCounts(page)).toEqual(expectedBadges(demoReport()));
    // The only error is the blocked office.js request itself.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
    // Taken here, so the console guard does not fail the test on the expected blocked request.
    expect(takeConsoleProblems().filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test("styles come from the build's stylesheet: Griffel inserts no rule at run time, not even for a lazy dialog", async () => {
    const { page, errors } = await openPane(browser, server.url, { viewport: { width: 320, height: 800 } });
    await page.getByRole("button", { name: "Settings" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.waitFor();
    const styles = await page.evaluate(() => ({
      linked: [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].map((link) => ({
        href: link.getAttribute("href"),
        rules: link.sheet?.cssRules.length ?? 0,
      })),
      // Griffel's DOM renderer keeps one <style data-make-styles-bucket> per bucket for the rules it inserts.
      insertedRules: [...document.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]")].reduce(
        (n, style) => n + (style.sheet?.cssRules.length ?? 0),
        0,
      ),
    }));
    expect(styles.linked).toEqual([
      // Fetched with the pane's chunks (taskpane.html preloads it beside them), not linked by the page itself.
      { href: expect.stringMatching(/\/griffel\.[0-9a-f]{8}\.chunk\.css$/), rules: expect.any(Number) },
    ]);
    expect(styles.linked[0].rules).toBeGreaterThan(1000);
    expect(styles.insertedRules).toBe(0);
    // The dialog (its own chunk) is styled all the same: Fluent's surface, not a bare <div>.
    const surface = await dialog.evaluate((el) => {
      const style = getComputedStyle(el);
      return { position: style.position, background: style.backgroundColor };
    });
    expect(surface).toEqual({ position: "fixed", background: "rgb(255, 255, 255)" });
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The built page, its entry script and each start's chunks (StartChunksPlugin lists them in start-chunks.json). */
  const built = () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const entry = [...html.matchAll(/<script[^>]*\bsrc="?(taskpane\.[0-9a-f]{8}\.js)/g)].map((m) => m[1]);
    const starts = JSON.parse(readFileSync(join(DIST, "start-chunks.json"), "utf8")) as Record<string, string[]>;
    return { html, entry, starts };
  };

  test("the scripts that run as the pane starts carry V8's compile hint; chunks loaded on first use do not", () => {
    // Each start's chunks, preloaded by taskpane.html's inline script.
    const { html, entry, starts } = built();
    const preloaded = Object.values(starts)
      .flat()
      .filter((file) => file.endsWith(".js"));
    expect(html).toContain(JSON.stringify(starts.preview));
    expect(html).toContain(JSON.stringify(starts.hosted));
    const firstLine = (file: string) => readFileSync(join(DIST, file), "utf8").split("\n", 1)[0];
    expect(entry).toHaveLength(1);
    expect(starts.preview.some((file) => /^preview-boot\./.test(file))).toBe(true);
    expect(starts.previewLater.some((file) => /^preview\./.test(file))).toBe(true);
    expect(starts.hosted.some((file) => /^pane-ui\./.test(file))).toBe(true);
    for (const file of [...entry, ...preloaded])
      expect([file, firstLine(file)]).toEqual([file, "//# allFunctionsCalledOnLoad"]);
    const onFirstUse = readdirSync(DIST).filter((file) =>
      /^(settings|reminders|follow-up)\.[0-9a-f]{8}\.chunk\.js$/.test(file),
    );
    expect(onFirstUse).toHaveLength(3);
    for (const file of onFirstUse) expect(firstLine(file)).not.toContain("allFunctionsCalledOnLoad");
  });

  test("the entry holds no React: the preview's first half reads the demo without React or Fluent", () => {
    const { entry, starts } = built();
    // React's own error-decoder URL is in every build of react-dom; Fluent's provider sets this data attribute.
    const holdsReact = (file: string) =>
      readFileSync(join(DIST, file), "utf8").includes("reactjs.org/docs/error-decoder");
    const js = (files: string[]) => files.filter((file) => file.endsWith(".js"));
    expect(starts.preview.length).toBeGreaterThan(0);
    for (const file of js([...entry, ...starts.preview])) expect([file, holdsReact(file)]).toEqual([file, false]);
    expect(js(starts.previewLater).some(holdsReact)).toBe(true);
    // The styles the pane's first render needs are fetched beside its scripts, not after them.
    expect(starts.hosted.some((file) => /^griffel\..*\.css$/.test(file))).toBe(true);
    expect(starts.previewLater.some((file) => /^griffel\..*\.css$/.test(file))).toBe(true);
  });

  test("the core's word tables come with the entry, built while the start's chunks compile, in both starts", () => {
    const { entry, starts } = built();
    // A role synonym from the Spanish table (languages/es.ts) and a Korean one: every language's tables move together.
    const holdsTables = (file: string) => {
      const text = readFileSync(join(DIST, file), "utf8");
      return text.includes("nombre o razón social") && text.includes("거래처명");
    };
    expect(entry.map(holdsTables)).toEqual([true]);
    const preloaded = [...starts.preview, ...starts.hosted].filter((file) => file.endsWith(".js"));
    for (const file of preloaded) expect([file, holdsTables(file)]).toEqual([file, false]);
  });

  test("the reminders dialog's logic is not in what Excel loads to start: it comes with the reminders chunk", () => {
    const { entry, starts } = built();
    // A sentence only the controller says (remindersController.ts).
    const holdsController = (file: string) =>
      readFileSync(join(DIST, file), "utf8").includes("Allow pop-ups for NextStep");
    const atStart = [...entry, ...starts.hosted].filter((file) => file.endsWith(".js"));
    expect(atStart.length).toBeGreaterThan(1);
    for (const file of atStart) expect([file, holdsController(file)]).toEqual([file, false]);
    const reminders = readdirSync(DIST).filter((file) => /^reminders\.[0-9a-f]{8}\.chunk\.js$/.test(file));
    expect(reminders).toHaveLength(1);
    expect(holdsController(reminders[0])).toBe(true);
  });

  test("'Today' comes first: today's calls at their time, then the overdue backlog; a click selects the row", async () => {
    const { page } = await openPane(browser, server.url);
    const byDue = (a: RowReport, b: RowReport) => (a.due as string).localeCompare(b.due as string) || a.row - b.row;
    const all = demoReport().rows;
    const timed = all.filter((r) => r.state === "dueToday" && (r.due as string).length > 10).sort(byDue);
    const untimed = all.filter((r) => r.state === "dueToday" && (r.due as string).length === 10).sort(byDue);
    const overdue = all.filter((r) => r.state === "overdue").sort(byDue);
    const today = [...timed, ...untimed, ...overdue].map((r) => r.row);
    const rows = await listedRows(page);
    expect(rows.slice(0, today.length)).toEqual(today);
    await expect(page.locator("[data-group=today] h3").textContent()).resolves.toBe(`Today · ${today.length}`);
    await page.locator(`button[data-row="${overdue[0].row}"]`).click();
    await page.waitForFunction(
      (row) => document.querySelector(`tr[data-row="${row}"] td[data-selected=true]`) !== null,
      overdue[0].row,
    );
    expect(await selectedRows(page)).toEqual([overdue[0].row]);
    await page.locator(`button[data-row="${overdue[2].row}"]`).click();
    await page.waitForFunction(
      (row) => document.querySelector(`tr[data-row="${row}"] td[data-selected=true]`) !== null,
      overdue[2].row,
    );
    expect(await selectedRows(page)).toEqual([overdue[2].row]);
    await page.close();
  });

  test("each badge filters the list to exactly its rows, and pressing it again clears the filter", async () => {
    const { page } = await openPane(browser, server.url);
    const report = demoReport();
    const expected: Record<string, number[]> = {
      overdue: report.rows.filter((r) => r.state === "overdue").map((r) => r.row),
      dueToday: report.rows.filter((r) => r.state === "dueToday").map((r) => r.row),
      dueSoon: report.rows.filter((r) => r.state === "dueSoon").map((r) => r.row),
      missingNextStep: report.rows.filter((r) => r.problems.includes("missingNextStep")).map((r) => r.row),
      badDate: report.rows
        .filter((r) => r.problems.includes("missingDate") || r.problems.includes("invalidDate"))
        .map((r) => r.row),
      active: report.rows.filter((r) => r.state !== "closed").map((r) => r.row),
    };
    const unfiltered = await listedRows(page);
    for (const [filter, rows] of Object.entries(expected)) {
      const badge = page.locator(`[data-filter="${filter}"]`);
      await badge.click();
      await page.waitForFunction((f) => document.querySelector(`[data-filter="${f}"][aria-pressed=true]`), filter);
      expect((await listedRows(page)).sort((a, b) => a - b)).toEqual(rows.sort((a, b) => a - b));
      await badge.click();
      await page.waitForFunction((f) => document.querySelector(`[data-filter="${f}"][aria-pressed=false]`), filter);
      expect(await listedRows(page)).toEqual(unfiltered);
    }
    await page.close();
  });

  test("'Highlight in sheet' colours exactly the expected cells, and turning it off restores them", async () => {
    const { page } = await openPane(browser, server.url);
    expect(await filledCells(page)).toEqual({});
    const { values } = rectangular(buildDemoSheet(todayIso()));
    const expected = expectedFills(values, demoReport(), todayIso());
    expect(Object.keys(expected).length).toBeGreaterThan(50);
    await page.getByRole("switch", { name: "Highlight in sheet" }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll("td[data-fill]:not([data-fill=''])").length === n,
      Object.keys(expected).length,
      { timeout: 10000 },
    );
    expect(await filledCells(page)).toEqual(expected);
    await page.getByTestId("highlight-legend").getByText("Overdue").waitFor();
    await page.getByRole("switch", { name: "Highlight in sheet" }).click();
    await page.waitForFunction(() => document.querySelectorAll("td[data-fill]:not([data-fill=''])").length === 0);
    expect(await filledCells(page)).toEqual({});
    await page.getByTestId("highlight-legend").waitFor({ state: "detached" });
    await page.close();
  });

  test("text dates convert after a confirmation listing each old text and new date, and can be undone", async () => {
    const { page } = await openPane(browser, server.url);
    const textRows = demoReport().rows.filter((r) => r.dateKind === "text");
    const button = page.getByTestId("convert");
    await expect(button.textContent()).resolves.toBe(`Convert ${textRows.length} text dates to real dates`);
    await button.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    for (const r of textRows) await dialog.getByText(r.fields.date as string, { exact: true }).waitFor();
    await dialog.getByRole("button", { name: "Convert" }).click();
    await page.getByText(`Converted ${textRows.length} text dates to real dates.`).waitFor();
    await page.getByTestId("convert").waitFor({ state: "detached" });
    const dateCol = demoReport().header.columns.date as number;
    const at = (row: number) => `td[data-address="${String.fromCharCode(65 + dateCol)}${row}"]`;
    const kindIs = (kind: string) =>
      page.waitForFunction(
        ([selectors, k]) =>
          (selectors as string[]).every((s) => document.querySelector(s)?.getAttribute("data-kind") === k),
        [textRows.map((r) => at(r.row)), kind] as const,
      );
    await kindIs("number"); // real dates now (Excel shows them in the column's date format)
    await page.getByRole("button", { name: "Undo conversion" }).click();
    await page.getByTestId("convert").waitFor();
    await kindIs("text");
    for (const r of textRows) expect(await page.locator(at(r.row)).textContent()).toBe(r.fields.date);
    await page.close();
  });
});
