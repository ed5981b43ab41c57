/**
 * `npx tsx bench/bundleBench.ts`: the task pane's production bundle beside its floor, and its cold start.
 * - Sizes: initial task-pane JS, what Excel loads before the pane can render (the small entry taskpane.html links, and
 *   the hosted start's chunks it preloads: start-chunks.json), and its CSS (Griffel's extracted rules); the browser
 *   preview's first half (the entry and the chunks that read the demo and paint its counts); all JS; and two
 *   baselines built by the same webpack config (webpack.config.js, production): React + ReactDOM alone, and a
 *   minimal Fluent UI v9 page.
 * - Cold start in headless Chromium (fresh profile each run): navigation → the summary shows the demo sheet's
 *   counts (painted into the skeleton before React loads: boot/earlySummary.ts), median of RUNS, beside navigation
 *   → the minimal Fluent page rendered; and navigation → the React pane in place (its badges are buttons). The pages
 *   take turns, after one discarded warm-up round, so a shared machine's changing load weighs on each alike. Both
 *   pages load through the same request routing (test/e2e/support/browser.ts routeNetwork: the pane's office.js
 *   request needs it, as CI has no internet): Playwright's routing sends every request through this process, which
 *   cost the Fluent page from nothing to about 15 % here, so a baseline loaded without it would not be loaded the
 *   same way. The Fluent page without routing is printed too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack, { type Configuration } from "webpack";
import { launch, routeNetwork } from "../test/e2e/support/browser";
import { demoReport, expectedBadges } from "../test/e2e/support/expected";
import { serveDirectory } from "../test/e2e/support/staticServer";

const ROOT = join(__dirname, "..");
/** Rounds of cold starts: on a shared 2-vCPU machine a median of 5 moved by ±0.2× between runs of the same build. */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/**
 * Issue 12's targets: the task pane's first JS (its first CSS is printed beside it, outside the target as the issue
 * states it), and its cold start beside a minimal Fluent page built the same way.
 */
const TARGET_KB = 130;
const TARGET_COLD_RATIO = 1.5;

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

/** webpack.config.js as the build uses it; for a baseline, only the entry and the HTML page differ. */
async function configFor(out: string, entry?: { name: string; file: string }): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js")) as ConfigFactory;
  const base = await factory({}, { mode: "production" });
  const config: Configuration = { ...base, mode: "production", devtool: false, output: { ...base.output, path: out } };
  if (!entry) return config;
  const keep = (base.plugins ?? []).filter(
    (p) => p && !["HtmlWebpackPlugin", "CopyPlugin"].includes(p.constructor.name),
  );
  return {
    ...config,
    entry: { [entry.name]: join(ROOT, entry.file) },
    plugins: [
      ...keep,
      new HtmlWebpackPlugin({
        filename: `${entry.name}.html`,
        templateContent: '<!doctype html><html lang="en"><body><div id="container"></div></body></html>',
      }),
    ],
  };
}

function build(configs: Configuration[]): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

interface Sizes {
  initialRaw: number;
  initialGz: number;
  initialCssRaw: number;
  initialCssGz: number;
  totalRaw: number;
  totalGz: number;
  lazy: { name: string; gz: number }[];
}

/** Local files of `attribute` on the page's `tag` elements ending in `extension`, in the (minified) HTML. */
function linkedFiles(html: string, tag: string, attribute: string, extension: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\b${attribute}="?([^" >]+\\.${extension})"?`, "g");
  return [...html.matchAll(pattern)].map((m) => m[1]).filter((url) => !/^https?:/.test(url));
}

/** Each start's chunks, as the build lists them for taskpane.html's preloads (none for a baseline page). */
function startChunks(dir: string): Record<"preview" | "previewLater" | "hosted", string[]> {
  const file = join(dir, "start-chunks.json");
  if (!existsSync(file)) return { preview: [], previewLater: [], hosted: [] };
  return JSON.parse(readFileSync(file, "utf8")) as Record<"preview" | "previewLater" | "hosted", string[]>;
}

/**
 * Scripts and stylesheets the page loads up front (from its HTML, plus the chunks of `start`, which the page
 * preloads and runs before it shows anything) versus everything emitted.
 */
function sizes(dir: string, page: string, start: "preview" | "hosted" = "hosted"): Sizes {
  const html = readFileSync(join(dir, page), "utf8");
  const preloaded = startChunks(dir)[start];
  const initial = [...linkedFiles(html, "script", "src", "js"), ...preloaded.filter((f) => f.endsWith(".js"))];
  const initialCss = [...linkedFiles(html, "link", "href", "css"), ...preloaded.filter((f) => f.endsWith(".css"))];
  const js = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f))).length;
  const raw = (f: string) => readFileSync(join(dir, f)).length;
  const sum = (files: string[], size: (f: string) => number) => files.reduce((n, f) => n + size(f), 0);
  return {
    initialRaw: sum(initial, raw),
    initialGz: sum(initial, gz),
    initialCssRaw: sum(initialCss, raw),
    initialCssGz: sum(initialCss, gz),
    totalRaw: sum(js, raw),
    totalGz: sum(js, gz),
    lazy: js
      .filter((f) => !initial.includes(f) && !/^(commands|ics-download)\./.test(f))
      .map((f) => ({ name: f, gz: gz(f) })),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface ColdTarget {
  url: string;
  /** A predicate evaluated in the page: the moment it holds is the figure. */
  ready: string;
  /** Then, a second moment (the React pane in place), recorded in `later`. */
  then?: string;
  office: "serve" | "abort" | "none";
}

/** ms from navigation start until `target.ready` holds in the page, in a fresh browser profile. */
async function coldStart(target: ColdTarget, marks: number[], later: number[]): Promise<number> {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    if (target.office !== "none") await routeNetwork(page, target.office);
    await page.goto(target.url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      (predicate) => (new Function(`return (${predicate})`)() as boolean) && performance.now(),
      target.ready,
      { polling: "raf", timeout: 30000 },
    );
    const time = Number(await handle.jsonValue());
    if (target.then) {
      const next = await page.waitForFunction(
        (predicate) => (new Function(`return (${predicate})`)() as boolean) && performance.now(),
        target.then,
        { polling: "raf", timeout: 30000 },
      );
      later.push(Number(await next.jsonValue()));
    }
    const mark = await page.evaluate(() => performance.getEntriesByName("nextstep:host-decided")[0]?.startTime);
    if (typeof mark === "number") marks.push(mark);
    return time;
  } finally {
    await browser.close();
  }
}

/** How long the machine is left alone after a browser closed: its processes are still exiting for a while. */
const SETTLE_MS = 300;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/**
 * RUNS cold starts of each target, taking turns after one discarded round. The order turns too (1, 2, 3, 4; then 2,
 * 3, 4, 1; …): a browser that has just closed still uses the machine as the next one starts, so no target always
 * follows the same one; and each start waits a moment for that first.
 */
async function coldStarts(targets: ColdTarget[], marks: number[][], later: number[][]): Promise<number[][]> {
  const times: number[][] = targets.map(() => []);
  for (let round = -1; round < RUNS; round++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + Math.max(round, 0)) % targets.length;
      await settle();
      const time = await coldStart(targets[i], round < 0 ? [] : marks[i], round < 0 ? [] : later[i]);
      if (round >= 0) times[i].push(time);
    }
  }
  return times;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "nextstep-bundle-"));
  const dirs = { pane: join(tmp, "pane"), react: join(tmp, "react"), fluent: join(tmp, "fluent") };
  try {
    await build([
      await configFor(dirs.pane),
      await configFor(dirs.react, { name: "react", file: "bench/fixtures/reactOnly.tsx" }),
      await configFor(dirs.fluent, { name: "fluent", file: "bench/fixtures/minimalFluent.tsx" }),
    ]);
    const pane = sizes(dirs.pane, "taskpane.html");
    const previewFirst = sizes(dirs.pane, "taskpane.html", "preview");
    const react = sizes(dirs.react, "react.html");
    const fluent = sizes(dirs.fluent, "fluent.html");
    const verdict = pane.initialGz <= TARGET_KB * 1024 ? "within" : "OVER";
    console.log("bundle (production, gzip default level)");
    console.log(
      `  task pane initial JS     ${kb(pane.initialGz)} gz (${kb(pane.initialRaw)} raw) — ${verdict} the ${TARGET_KB} KB target`,
    );
    console.log(
      `  task pane initial CSS    ${kb(pane.initialCssGz)} gz (${kb(pane.initialCssRaw)} raw) — Griffel's extracted ` +
        `rules, lazy chunks' included (JS + CSS ${kb(pane.initialGz + pane.initialCssGz)} gz; ` +
        `minimal Fluent page CSS ${kb(fluent.initialCssGz)} gz)`,
    );
    console.log(
      `  preview's first half     ${kb(previewFirst.initialGz)} gz (${kb(previewFirst.initialRaw)} raw) — the entry and ` +
        `the chunks that read the demo and paint its counts, without React or Fluent`,
    );
    console.log(`  task pane all JS         ${kb(pane.totalGz)} gz (${kb(pane.totalRaw)} raw)`);
    console.log(
      `  React + ReactDOM alone   ${kb(react.initialGz)} gz — pane initial is ${(pane.initialGz / react.initialGz).toFixed(2)}×`,
    );
    console.log(
      `  minimal Fluent v9 page   ${kb(fluent.initialGz)} gz — pane initial is ${(pane.initialGz / fluent.initialGz).toFixed(2)}×`,
    );
    console.log(
      `  lazy chunks              ${pane.lazy.map((c) => `${c.name.replace(/\.[0-9a-f]{8}/, "")} ${kb(c.gz)}`).join(", ")}`,
    );

    const paneServer = await serveDirectory(dirs.pane);
    const fluentServer = await serveDirectory(dirs.fluent);
    try {
      const active = expectedBadges(demoReport()).active;
      const paneReady = `document.querySelector('[data-filter="active"] [data-count="${active}"]') !== null`;
      // The React pane's badges are buttons; the skeleton's first counts are not.
      const paneInPlace = `document.querySelector('button[data-filter="active"] [data-count="${active}"]') !== null`;
      const fluentReady = "document.querySelector('[data-ready]') !== null";
      const marks: number[][] = [[], [], [], []];
      const later: number[][] = [[], [], [], []];
      const [paneTimes, noOfficeTimes, fluentTimes, fluentUnroutedTimes] = await coldStarts(
        [
          { url: `${paneServer.url}/taskpane.html`, ready: paneReady, then: paneInPlace, office: "serve" },
          { url: `${paneServer.url}/taskpane.html`, ready: paneReady, office: "abort" },
          // The Fluent page asks for no office.js: "serve" only gives it the pane's routing.
          { url: `${fluentServer.url}/fluent.html`, ready: fluentReady, office: "serve" },
          { url: `${fluentServer.url}/fluent.html`, ready: fluentReady, office: "none" },
        ],
        marks,
        later,
      );
      const hostMarks = marks[0];
      const [p, n, f] = [median(paneTimes), median(noOfficeTimes), median(fluentTimes)];
      console.log(`cold start (headless Chromium, fresh profile, median of ${RUNS})`);
      console.log(`  task pane → demo counts  ${p.toFixed(0)} ms  [${paneTimes.map((t) => t.toFixed(0)).join(", ")}]`);
      console.log(
        `    → React pane in place  ${median(later[0]).toFixed(0)} ms  [${later[0].map((t) => t.toFixed(0)).join(", ")}]` +
          ` (${(median(later[0]) / median(fluentTimes)).toFixed(2)}× the Fluent page: grid, list and buttons live)`,
      );
      // Outside Office, taskpane.html does not run office.js (no host in sight: taskpane.html's head script); the
      // preview decides "no host" as its entry runs. The mark is read when the counts show.
      console.log(
        hostMarks.length
          ? `    decided "no host" (office.js not run) at  ${median(hostMarks).toFixed(0)} ms ` +
              `(${hostMarks.length} of ${RUNS} runs; in the others after the counts showed)`
          : `    decided "no host" after the counts showed, in every run`,
      );
      // The page never runs office.js here; its CDN request (the HTML preload scanner's) is served or refused.
      console.log(
        `  same, office.js refused  ${n.toFixed(0)} ms  [${noOfficeTimes.map((t) => t.toFixed(0)).join(", ")}]`,
      );
      console.log(
        `  minimal Fluent v9 page   ${f.toFixed(0)} ms  [${fluentTimes.map((t) => t.toFixed(0)).join(", ")}]`,
      );
      console.log(
        `    same, not routed       ${median(fluentUnroutedTimes).toFixed(0)} ms  ` +
          `[${fluentUnroutedTimes.map((t) => t.toFixed(0)).join(", ")}] (the pane cannot load without routing here)`,
      );
      const ratio = p / f;
      console.log(
        `  ratio pane / Fluent      ${ratio.toFixed(2)}× (office.js refused: ${(n / f).toFixed(2)}×) — ` +
          `${ratio <= TARGET_COLD_RATIO ? "within" : "OVER"} the ${TARGET_COLD_RATIO}× target`,
      );
      // On a shared machine the medians move with whatever else runs; the fastest run of each is a steadier second
      // view of the same ratio (a start cannot be faster than its work allows).
      const fastest = (xs: number[]) => Math.min(...xs);
      console.log(
        `  ratio of fastest runs     ${(fastest(paneTimes) / fastest(fluentTimes)).toFixed(2)}× ` +
          `(office.js refused: ${(fastest(noOfficeTimes) / fastest(fluentTimes)).toFixed(2)}×)`,
      );
    } finally {
      await paneServer.close();
      await fluentServer.close();
    }
    if (verdict === "OVER") process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
