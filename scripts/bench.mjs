// `npm run bench`: every benchmark in bench/, each in its own process so one cannot warm up another.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const BENCHES = [
  "coreBench.ts",
  "excelBench.ts",
  "followUpBench.ts",
  "graphBench.ts",
  "bundleBench.ts",
  "openFileBench.ts",
];
let failed = false;
for (const file of BENCHES) {
  const path = join(root, "bench", file);
  if (!existsSync(path)) continue;
  console.log(`\n== ${file.replace(/Bench\.ts$/, "")} ==`);
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), [path], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
