import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds dist/ with the production config unless it is already newer than every source file. */
export default function globalSetup(): void {
  const built = join(root, "dist", "taskpane.html");
  if (existsSync(built) && statSync(built).mtimeMs > newest(join(root, "src"))) return;
  const webpack = join(root, "node_modules", ".bin", "webpack");
  const result = spawnSync(webpack, ["--mode", "production"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The production build failed; the browser tests need dist/.");
}
