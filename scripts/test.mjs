// `npm test`: the whole suite, in the order that fails fastest — types, unit/integration tests (jest),
// then the production build and the end-to-end tests in Debian's Chromium. Exits non-zero when anything fails.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);
const totals = { passed: 0, failed: 0 };

function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function jest(label, args, env = {}) {
  const out = join(mkdtempSync(join(tmpdir(), "nextstep-jest-")), "result.json");
  const ok = step(label, bin("jest"), [...args, "--json", `--outputFile=${out}`], env);
  if (existsSync(out)) {
    const result = JSON.parse(readFileSync(out, "utf8"));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

function finish(ok) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

// A fresh clone has no node_modules yet: install exactly what package-lock.json pins.
if (!existsSync(bin("jest"))) {
  if (!step("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"])) finish(false);
}
if (!step("Type check (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."])) finish(false);
let ok = jest("Unit and integration tests (jest)", ["--ci"]);

if (existsSync(join(root, "jest.e2e.config.js"))) {
  let chromium;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(`\n✘ ${error.message}`);
    finish(false);
  }
  const built = step("Production build for the browser tests", bin("webpack"), ["--mode", "production"]);
  if (!built) finish(false);
  ok =
    jest("End-to-end tests in Chromium", ["--ci", "--config", "jest.e2e.config.js", "--runInBand"], {
      CHROMIUM_PATH: chromium,
    }) && ok;
}
finish(ok);
