import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hostedBy, readHostSignals } from "../../src/taskpane/boot/hostSignals";

/** taskpane.html's first inline script: preloads the chunks of the start that will run (hosted, or the preview). */
const template = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const script = /<script>([\s\S]*?)<\/script>/.exec(template)?.[1] ?? "";

interface FakeWindow {
  location: { search: string };
  self: unknown;
  top: unknown;
  name: string;
  sessionStorage: { getItem(key: string): string | null };
  external?: unknown;
}

function plainWindow(patch: Partial<FakeWindow> = {}): FakeWindow {
  const win: FakeWindow = {
    location: { search: "" },
    self: undefined,
    top: undefined,
    name: "",
    sessionStorage: { getItem: () => null },
    ...patch,
  };
  win.self ??= win;
  win.top ??= win.self;
  return win;
}

interface Preload {
  rel: string;
  as: string;
  href: string;
}

/**
 * Runs the script as the page would (with the file lists the build writes in) and returns what it preloaded, and
 * whether it gave the page the preview's layout.
 */
function preloads(win: FakeWindow): { preloaded: string[]; styles: string[]; previewLayout: boolean } {
  const links: Preload[] = [];
  const document = {
    documentElement: { className: "" },
    createElement: (): Preload => ({ rel: "", as: "", href: "" }),
    head: { appendChild: (link: Preload) => links.push(link) },
  };
  const code = script
    .replace('"__PREVIEW_CHUNKS__"', JSON.stringify(["preview-boot.abc.chunk.js", "12.def.chunk.js"]))
    .replace('"__HOSTED_CHUNKS__"', JSON.stringify(["hosted.mno.chunk.js", "griffel.jkl.chunk.css"]));
  new Function("window", "location", "sessionStorage", "document", code)(
    win,
    win.location,
    win.sessionStorage,
    document,
  );
  const preloaded = links.filter((l) => l.rel === "preload");
  return {
    preloaded: preloaded.map((l) => l.href),
    styles: preloaded.filter((l) => l.as === "style").map((l) => l.href),
    previewLayout: /\bns-preview\b/.test(document.documentElement.className),
  };
}

describe("taskpane.html preloads each start's chunks: the preview's outside Office, the pane's inside", () => {
  test("a plain browser tab preloads the preview's first half only (its React half waits for the first counts)", () => {
    expect(preloads(plainWindow())).toEqual({
      preloaded: ["preview-boot.abc.chunk.js", "12.def.chunk.js"],
      styles: [],
      previewLayout: true,
    });
  });

  const hosts: [string, Partial<FakeWindow>][] = [
    ["_host_Info query", { location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } }],
    ["framed (Office on the web)", { top: {} }],
    ["hostInfo in window.name", { name: JSON.stringify({ hostInfo: "Excel|Win32|16.01|en-US" }) }],
    ["hostInfoValue in sessionStorage", { sessionStorage: { getItem: () => "Excel|Win32|16.01|en-US" } }],
    ["native bridge", { external: { GetHostInfo: () => "Excel|Win32" } }],
  ];
  test.each(hosts)("%s: only the pane's chunks are preloaded, and hostSignals agrees it is hosted", (_, patch) => {
    const win = plainWindow(patch);
    expect(preloads(win)).toEqual({
      preloaded: ["hosted.mno.chunk.js", "griffel.jkl.chunk.css"],
      styles: ["griffel.jkl.chunk.css"],
      previewLayout: false,
    });
    expect(hostedBy(readHostSignals(win as unknown as Parameters<typeof readHostSignals>[0]))).toBeDefined();
  });

  test("a window that throws on reading its signals counts as hosted", () => {
    const win = plainWindow();
    Object.defineProperty(win, "top", {
      get() {
        throw new Error("cross-origin");
      },
    });
    expect(preloads(win).preloaded).toEqual(["hosted.mno.chunk.js", "griffel.jkl.chunk.css"]);
  });
});
