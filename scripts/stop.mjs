// `npm run stop`: ends a desktop sideload session started by `npm start` (Windows/macOS).
import { spawnSync } from "node:child_process";

if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
}
console.log("Nothing to stop: on this machine `npm start` only runs the dev server — press Ctrl+C in its terminal.");
