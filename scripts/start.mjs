// `npm start`: where Excel desktop exists (Windows, macOS) sideload the add-in with Microsoft's debugging tool;
// elsewhere serve the add-in over HTTPS and point at the browser preview, which runs on a built-in demo workbook.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const previewUrl = `https://localhost:${PORT}/taskpane.html`;
const hasExcelDesktop =
  (process.platform === "win32" && !process.env.NEXTSTEP_PREVIEW_ONLY) ||
  (process.platform === "darwin" &&
    existsSync("/Applications/Microsoft Excel.app") &&
    !process.env.NEXTSTEP_PREVIEW_ONLY);

if (hasExcelDesktop) {
  // office-addin-debugging is not a required dependency: it pulls in a native keychain module that breaks
  // clean installs on Linux. npx fetches it on the machines that can sideload.
  const result = spawnSync(
    "npx",
    ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel"],
    {
      stdio: "inherit",
      shell: process.platform === "win32",
    },
  );
  process.exit(result.status ?? 1);
}

console.log(`No Excel desktop on this machine: serving NextStep and its browser preview.`);
console.log(`  Preview:  ${previewUrl}   (built-in demo workbook, not connected to Excel)`);
console.log(`  Manifest: https://localhost:${PORT}/manifest.xml  (sideload it in Excel on the web — see README)`);
console.log(`The certificate is self-signed here: accept the browser's warning once, or run`);
console.log(`  npx office-addin-dev-certs install   to trust Office's development certificate.\n`);

const server = spawn("npx", ["--no-install", "webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  env: { ...process.env, NEXTSTEP_NO_DEV_CERTS: process.env.NEXTSTEP_NO_DEV_CERTS ?? "1" },
});

// Open the preview once the server answers, where a desktop browser can be opened.
const canOpen = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (canOpen && !process.env.CI) {
  setTimeout(() => {
    const opener = spawnSync("sh", ["-c", "command -v xdg-open"]).status === 0 ? "xdg-open" : null;
    if (opener) spawn(opener, [previewUrl], { stdio: "ignore", detached: true }).unref();
  }, 8000);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
