import type { Page } from "playwright-core";
import type { Browser, OfficeScript } from "./browser";
import { collectErrors, routeNetwork } from "./browser";

export interface OpenedPane {
  page: Page;
  errors: string[];
}

/** Opens taskpane.html (office.js served or aborted) and waits for the pane to settle on one of its screens. */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  options: { office?: OfficeScript; query?: string; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPane> {
  const page = await browser.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  await routeNetwork(page, options.office ?? "serve");
  const errors = collectErrors(page);
  await page.goto(`${baseUrl}/taskpane.html${options.query ?? ""}`);
  await page.waitForSelector(
    "[data-state=report], [data-state=setup], [data-state=error], [data-state=empty], [data-state=no-prospects], [data-state=blocked]",
    {
      timeout: 20000,
    },
  );
  // In the preview the grid renders just after the pane's first answer (PreviewLayout): wait for the whole page.
  await page.waitForFunction(
    () => !document.querySelector("[data-testid=pane-host]") || document.querySelector("[data-testid=preview-grid]"),
    null,
    { timeout: 20000 },
  );
  return { page, errors };
}

/** The summary badges' numbers as shown, keyed by filter. */
export async function badgeCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval("[data-filter]", (els) =>
    Object.fromEntries(
      els.map((el) => [el.getAttribute("data-filter"), Number(el.querySelector("[data-count]")?.textContent)]),
    ),
  );
}

/** Grid cells with a fill: address → "#RRGGBB". */
export async function filledCells(page: Page): Promise<Record<string, string>> {
  return page.$$eval("[data-testid=preview-grid] td[data-fill]:not([data-fill=''])", (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute("data-address"), el.getAttribute("data-fill")])),
  );
}

/** Sheet row numbers of the grid's selected cells. */
export async function selectedRows(page: Page): Promise<number[]> {
  return page.$$eval("[data-testid=preview-grid] tr[data-row]", (rows) =>
    rows.filter((r) => r.querySelector("td[data-selected=true]")).map((r) => Number(r.getAttribute("data-row"))),
  );
}

/** The rows listed in the attention list, in order. */
export async function listedRows(page: Page): Promise<number[]> {
  return page.$$eval("[data-state=report] button[data-row]", (els) =>
    els.map((el) => Number(el.getAttribute("data-row"))),
  );
}
