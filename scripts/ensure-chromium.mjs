// Finds Debian's Chromium for the browser tests, installing the distribution package when it is missing.
// Never downloads a browser build of its own (the test machines only reach Debian's and npm's registries).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasSudo = spawnSync("sh", ["-c", "command -v sudo"]).status === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (hasApt && (isRoot || hasSudo)) {
    const prefix = isRoot ? [] : ["sudo", "-n"];
    console.log("Chromium is missing: installing Debian's chromium package for the browser tests…");
    const [cmd, ...rest] = [...prefix, "apt-get"];
    if (run(cmd, [...rest, "update"]) && run(cmd, [...rest, "install", "-y", "--no-install-recommends", "chromium"])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  throw new Error(
    "The browser tests need Debian's Chromium. Install it with `sudo apt-get install -y chromium` " +
      "(or set CHROMIUM_PATH to a Chromium binary) and run `npm test` again.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
