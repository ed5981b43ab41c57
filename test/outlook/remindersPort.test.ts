import fs from "node:fs";
import path from "node:path";
import { createRemindersPort } from "../../src/outlook/index";
import { createGraphSession } from "../../src/outlook/graphSession";
import { readOutlookConfig } from "../../src/outlook/config";
import { makeRow, makeRows, NOW, SOURCE } from "../core/reminders/makeRows";
import { FakeGraph } from "../fakes/graph/fakeGraphServer";

const MAILBOX_NOT_ENABLED =
  "Outlook can't be reached from add-ins for your mailbox (it is on your company's own Exchange server, or has no Exchange Online licence). Use Download .ics or Open in Outlook instead, or ask IT.";

describe("RemindersPort on a fake Graph", () => {
  let fake: FakeGraph;
  beforeEach(async () => {
    fake = await new FakeGraph().start();
    fake.mailboxTimeZone = "Romance Standard Time";
  });
  afterEach(() => fake.stop());
  const port = () =>
    createRemindersPort({
      session: async () =>
        createGraphSession(readOutlookConfig({}), {
          baseUrl: fake.url,
          tokens: fake.tokenSource(),
          sleep: async () => undefined,
        }),
    });

  it("previews with the mailbox zone, executes with progress, and a second click writes nothing", async () => {
    const p = port();
    const request = { rows: makeRows(25), now: NOW, source: SOURCE };
    const first = await p.preview(request);
    if (!first.ok) throw new Error(first.message);
    expect(first.zone).toEqual({ timeZone: "Europe/Paris", source: "mailbox" });
    expect(first.preview.counts).toMatchObject({ create: 25, update: 0, remove: 0 });
    const seen: number[] = [];
    const result = await p.execute(first.preview, { onProgress: (x) => seen.push(x.done) });
    expect(result).toMatchObject({ created: 25, failures: [] });
    expect(seen.at(-1)).toBe(25);
    const again = await p.preview(request);
    expect(again.ok && again.preview.counts.unchanged).toBe(25);
  });

  it("turns a refused sign-in into a value the pane can show", async () => {
    fake.refusesRefresh = true;
    fake.issueToken();
    fake.expireTokens();
    const out = await port().preview({ rows: makeRows(2), now: NOW, source: SOURCE });
    expect(out).toEqual({
      ok: false,
      authRequired: true,
      message: "Your Microsoft sign-in expired. Sign in again, then retry.",
    });
  });

  it("a mailbox Graph cannot serve (MailboxNotEnabledForRESTAPI) says so and offers the no-sign-in paths", async () => {
    fake.mailboxNotEnabled = true;
    const p = port();
    const request = { rows: makeRows(3), now: NOW, source: SOURCE };
    const out = await p.preview(request);
    expect(out).toEqual({ ok: false, authRequired: false, message: MAILBOX_NOT_ENABLED });
    // Not a connection problem: the client gave up at once instead of retrying a 404.
    const tried = fake.stats.requests;
    const again = await p.preview(request);
    expect(again).toEqual(out);
    expect(fake.stats.requests - tried).toBeLessThanOrEqual(2);
    expect(fake.store.events.size).toBe(0);
  });

  it("plans offline for .ics and web links without touching Graph", () => {
    const p = createRemindersPort({ config: readOutlookConfig({}) });
    expect(p.graphAvailability()).toMatchObject({ available: false, reason: "noClientId" });
    const plan = p.planOffline({ rows: [makeRow(1)], now: NOW, source: SOURCE, timeZone: "Europe/Paris" });
    expect(p.webLink(plan.reminders[0])).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/deeplink\/compose\?/);
    expect(fake.stats.requests).toBe(0);
  });
});

describe("lazy loading", () => {
  /** Follows value imports (not `import type`) from a file, like a bundler deciding the initial chunk. */
  function staticGraph(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms)) {
      const spec = m[1];
      if (!spec.startsWith(".")) {
        seen.add(spec);
        continue;
      }
      // As a bundler resolves it: "./x" is x.ts, or x/index.ts for a folder module.
      const base = path.resolve(path.dirname(file), spec);
      staticGraph(fs.existsSync(base + ".ts") ? base + ".ts" : path.join(base, "index.ts"), seen);
    }
    return seen;
  }

  it("keeps MSAL, the Graph client and the sync out of the port's static imports", () => {
    const reached = [...staticGraph(path.resolve(__dirname, "../../src/outlook/index.ts"))].map((f) =>
      path.basename(f),
    );
    expect(reached).not.toContain("@azure/msal-browser");
    expect(reached).not.toContain("graphClient.ts");
    expect(reached).not.toContain("syncReminders.ts");
    expect(reached).not.toContain("graphSession.ts");
    expect(fs.readFileSync(path.resolve(__dirname, "../../src/outlook/index.ts"), "utf8")).toContain(
      'import("./graphSession")',
    );
  });
});
