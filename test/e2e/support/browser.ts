import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const root = join(__dirname, "..", "..", "..");
const OFFICE_DIST = join(root, "node_modules", "@microsoft", "office-js", "dist");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Console errors and warnings of every page of every launched browser since the last `takeConsoleProblems()`. */
const consoleProblems: string[] = [];
/** Requests routeNetwork refused on purpose (office.js "unavailable", the internet): each logs one console error. */
let blockedOnPurpose = 0;
const BLOCKED = /^error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED/;

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile that is deleted on close. */
export async function launch(options: { colorScheme?: "light" | "dark" } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "nextstep-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? "light",
    locale: "en-US",
  });
  guardConsole(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type OfficeScript = "serve" | "abort";

/**
 * Routes Microsoft's office.js CDN to the @microsoft/office-js package (CI has no internet), or aborts it to prove
 * the preview starts without office.js. Everything else off localhost is refused.
 */
export async function routeNetwork(page: Page, office: OfficeScript): Promise<void> {
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== "appsforoffice.microsoft.com" || office === "abort") {
        blockedOnPurpose++; // the console's "Failed to load resource" for it is the test's doing, not the pane's
        return route.abort("internetdisconnected");
      }
      const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
      const file = join(OFFICE_DIST, rel);
      if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    },
  );
}

/** Console errors and uncaught exceptions a page raised (what "no console errors" checks). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Records each page's console errors, warnings and uncaught exceptions (the guard in consoleGuard.ts fails on them). */
function guardConsole(context: BrowserContext): void {
  context.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning")
      consoleProblems.push(`${m.type()}: ${m.text()} (${m.page()?.url() ?? ""})`);
  });
  context.on("weberror", (e) => consoleProblems.push(`uncaught: ${e.error().message}`));
}

/** Returns and forgets what the pages logged. A test that expects a problem takes it itself before the guard runs. */
export function takeConsoleProblems(): string[] {
  const problems = consoleProblems.splice(0, consoleProblems.length).filter((p) => {
    if (blockedOnPurpose > 0 && BLOCKED.test(p)) {
      blockedOnPurpose--;
      return false;
    }
    return true;
  });
  blockedOnPurpose = 0;
  return problems;
}
