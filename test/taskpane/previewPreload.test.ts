import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hostedBy, readHostSignals } from "../../src/taskpane/boot/hostSignals";

/** taskpane.html's first inline script: preloads the preview's chunks unless an Office host is in sight. */
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

/** Runs the script as the page would (with the file list the build writes in) and returns what it preloaded. */
function preloads(win: FakeWindow): string[] {
  const links: { rel: string; as: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: "", as: "", href: "" }),
    head: { appendChild: (link: { rel: string; as: string; href: string }) => links.push(link) },
  };
  const code = script.replace('"__PREVIEW_CHUNKS__"', JSON.stringify(["preview.abc.chunk.js", "12.def.chunk.js"]));
  new Function("window", "location", "sessionStorage", "document", code)(
    win,
    win.location,
    win.sessionStorage,
    document,
  );
  return links.filter((l) => l.rel === "preload" && l.as === "script").map((l) => l.href);
}

describe("taskpane.html preloads the preview's chunks only outside Office", () => {
  test("a plain browser tab preloads every preview chunk", () => {
    expect(preloads(plainWindow())).toEqual(["preview.abc.chunk.js", "12.def.chunk.js"]);
  });

  const hosts: [string, Partial<FakeWindow>][] = [
    ["_host_Info query", { location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } }],
    ["framed (Office on the web)", { top: {} }],
    ["hostInfo in window.name", { name: JSON.stringify({ hostInfo: "Excel|Win32|16.01|en-US" }) }],
    ["hostInfoValue in sessionStorage", { sessionStorage: { getItem: () => "Excel|Win32|16.01|en-US" } }],
    ["native bridge", { external: { GetHostInfo: () => "Excel|Win32" } }],
  ];
  test.each(hosts)("%s: nothing is preloaded, and hostSignals agrees it is hosted", (_, patch) => {
    const win = plainWindow(patch);
    expect(preloads(win)).toEqual([]);
    expect(hostedBy(readHostSignals(win as unknown as Parameters<typeof readHostSignals>[0]))).toBeDefined();
  });

  test("a window that throws on reading its signals counts as hosted", () => {
    const win = plainWindow();
    Object.defineProperty(win, "top", {
      get() {
        throw new Error("cross-origin");
      },
    });
    expect(preloads(win)).toEqual([]);
  });
});
