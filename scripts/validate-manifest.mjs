// `npm run validate`: offline checks that always run (and fail on a broken manifest), then Microsoft's online
// validator where the network allows. CI has no route to the validator, so that step says so plainly and moves on.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { checkManifest } = require("./manifest-check.cjs");
const { rewriteManifest } = require("../webpack.config.js");

const root = new URL("..", import.meta.url).pathname;
const devManifest = readFileSync(new URL("../manifest.xml", import.meta.url), "utf8");
let failed = false;

function report(label, problems) {
  if (problems.length === 0) {
    console.log(`✔ ${label}`);
    return;
  }
  failed = true;
  console.error(`✘ ${label}`);
  for (const problem of problems) console.error(`   - ${problem}`);
}

report("manifest.xml (development, https://localhost:3000)", checkManifest(devManifest, { root }));

const deployUrl = process.env.NEXTSTEP_DEPLOY_URL || "https://nextstep.example.com/addin/";
const prodManifest = rewriteManifest(devManifest, deployUrl);
const leftovers = prodManifest.includes("localhost") ? ["production manifest still mentions localhost"] : [];
report(
  `production rewrite to ${deployUrl}`,
  leftovers.concat(checkManifest(prodManifest, { root, expectedOrigin: new URL(deployUrl).origin })),
);

if (process.env.NEXTSTEP_SKIP_ONLINE_VALIDATION || process.env.CI) {
  console.log(
    "• Online validation skipped (CI or NEXTSTEP_SKIP_ONLINE_VALIDATION): Microsoft's service is not reachable here.",
  );
} else {
  const result = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", "manifest.xml"], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  const unreachable =
    /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network|fetch failed|getaddrinfo/i.test(output);
  if (result.status === 0) {
    console.log("✔ Microsoft's online manifest validation passed");
  } else if (unreachable || result.error) {
    console.log("• Online validation could not run: Microsoft's validation service is unreachable from this machine.");
    console.log(
      "  The offline checks above still apply; run `npm run validate` on a connected machine before publishing.",
    );
  } else {
    failed = true;
    console.error("✘ Microsoft's online manifest validation failed:");
    console.error(output.trim());
  }
}

process.exit(failed ? 1 : 0);
