import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hostedBy, readHostSignals } from "../../src/taskpane/boot/hostSignals";

/**
 * taskpane.html's first inline script: preloads the chunks of the start that will run (hosted, or the preview), and
 * outside Office turns the office.js tag that follows it into inert text.
 */
const template = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const script = /<script>([\s\S]*?)<\/script>/.exec(template)?.[1] ?? "";
/** What follows that script: office.js's tag, with nothing in between that a written-in start tag could change. */
const afterScript = template.slice(template.indexOf("</script>", template.indexOf(script)) + "</script>".length);

interface FakeWindow {
  location: { search: string };
  self: unknown;
  top: unknown;
  name: string;
  sessionStorage: { getItem(key: string): string | null };
  external?: unknown;
  NextStepOfficeSkipped?: boolean;
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
function preloads(
  win: FakeWindow,
  agaveHost?: unknown,
): { preloaded: string[]; styles: string[]; previewLayout: boolean; written: string[]; officeSkipped: boolean } {
  const links: Preload[] = [];
  const written: string[] = [];
  const document = {
    documentElement: { className: "" },
    createElement: (): Preload => ({ rel: "", as: "", href: "" }),
    head: { appendChild: (link: Preload) => links.push(link) },
    write: (html: string) => written.push(html),
  };
  const code = script
    .replace('"__PREVIEW_CHUNKS__"', JSON.stringify(["preview-boot.abc.chunk.js", "12.def.chunk.js"]))
    .replace('"__HOSTED_CHUNKS__"', JSON.stringify(["hosted.mno.chunk.js", "griffel.jkl.chunk.css"]));
  // agaveHost is a global of some Office hosts: a parameter of that name stands in for it (undefined: none).
  new Function("window", "location", "sessionStorage", "document", "agaveHost", code)(
    win,
    win.location,
    win.sessionStorage,
    document,
    agaveHost,
  );
  const preloaded = links.filter((l) => l.rel === "preload");
  return {
    preloaded: preloaded.map((l) => l.href),
    styles: preloaded.filter((l) => l.as === "style").map((l) => l.href),
    previewLayout: /\bns-preview\b/.test(document.documentElement.className),
    written,
    officeSkipped: win.NextStepOfficeSkipped === true,
  };
}

/** office.js's script tag, as Office asks for it: its CDN address, in the head. */
const OFFICE_TAG =
  /^\s*<script\s[^>]*src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"[^>]*>\s*<\/script>/;

describe("taskpane.html preloads each start's chunks: the preview's outside Office, the pane's inside", () => {
  test("a plain browser tab preloads the preview's first half only (its React half waits for the first counts)", () => {
    expect(preloads(plainWindow())).toMatchObject({
      preloaded: ["preview-boot.abc.chunk.js", "12.def.chunk.js"],
      styles: [],
      previewLayout: true,
    });
  });

  test("a plain browser tab does not run office.js: the tag after the script becomes a text/plain script's content", () => {
    const { written, officeSkipped } = preloads(plainWindow());
    expect(officeSkipped).toBe(true);
    expect(written).toEqual(['<script type="text/plain" data-office-skipped>']);
    // The written start tag swallows office.js's own tag and ends with its end tag: so that tag must come next, with
    // no comment between (a "<!--" would change how the tokenizer reads script text).
    expect(afterScript).toMatch(OFFICE_TAG);
  });

  const hosts: [string, Partial<FakeWindow>][] = [
    ["_host_Info query", { location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } }],
    ["framed (Office on the web)", { top: {} }],
    ["hostInfo in window.name", { name: JSON.stringify({ hostInfo: "Excel|Win32|16.01|en-US" }) }],
    ["hostInfoValue in sessionStorage", { sessionStorage: { getItem: () => "Excel|Win32|16.01|en-US" } }],
    ["native bridge", { external: { GetHostInfo: () => "Excel|Win32" } }],
  ];
  test.each(hosts)("%s: only the pane's chunks are preloaded, office.js runs, hostSignals agrees", (_, patch) => {
    const win = plainWindow(patch);
    expect(preloads(win)).toEqual({
      preloaded: ["hosted.mno.chunk.js", "griffel.jkl.chunk.css"],
      styles: ["griffel.jkl.chunk.css"],
      previewLayout: false,
      written: [],
      officeSkipped: false,
    });
    expect(hostedBy(readHostSignals(win as unknown as Parameters<typeof readHostSignals>[0]))).toBeDefined();
  });

  test("an agaveHost global (office.js reads the host from it first) counts as hosted, here and in hostSignals", () => {
    const agaveHost = { GetHostInfo: () => "Excel|Mac|16.01" };
    expect(preloads(plainWindow(), agaveHost)).toMatchObject({
      written: [],
      officeSkipped: false,
      previewLayout: false,
    });
    const win = { ...plainWindow(), agaveHost };
    expect(hostedBy(readHostSignals(win as unknown as Parameters<typeof readHostSignals>[0]))).toBe("nativeBridge");
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
