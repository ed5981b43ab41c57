import type { RemindersPort, SyncPreview } from "../../src/outlook";
import { DEFAULT_PREFS } from "../../src/taskpane/state/model";
import { loadReminders } from "../../src/taskpane/state/loadReminders";
import { row } from "./rowFixture";

const request = { rows: [row({ row: 2, due: "2026-12-03" })], prefs: DEFAULT_PREFS, now: 0, sheetName: "Pipeline" };
const plan = {
  reminders: [],
  overdue: [],
  skipped: [{ row: 9, prospect: "Won Co", key: "k", reason: "closed", message: "closed: no reminder" }],
  inactiveKeys: {},
  timeZone: "UTC",
  now: 0,
};
const preview = {
  plan,
  diff: {
    create: [],
    update: [],
    unchanged: [],
    remove: [
      {
        eventId: "e1",
        key: "k",
        kind: "main",
        subject: "Call Won Co",
        startUtc: 1,
        reason: "closed",
        message: "prospect is closed",
        suggested: true,
      },
    ],
  },
  counts: { create: 3, update: 1, remove: 1, unchanged: 2, skipped: 1, overdue: 0 },
} as unknown as SyncPreview;

function fakePort(overrides: Partial<RemindersPort>): { port: RemindersPort; calls: string[] } {
  const calls: string[] = [];
  const port = {
    graphAvailability: () => ({ available: true }),
    preview: async () => ({ ok: true, preview, zone: { timeZone: "UTC", source: "given" } }),
    execute: async (_p: SyncPreview, o?: { removeEventIds?: readonly string[] }) => {
      calls.push(`execute ${o?.removeEventIds?.join(",")}`);
      return {
        created: 2,
        updated: 1,
        removed: 1,
        authRequired: false,
        failures: [
          { op: "create", key: "x", kind: "main", prospect: "Acme", status: 503, message: "Outlook is busy; retry." },
        ],
      };
    },
    retry: async (_r: unknown, failures: readonly unknown[]) => {
      calls.push(`retry ${failures.length}`);
      return { created: 1, updated: 0, removed: 0, authRequired: false, failures: [] };
    },
    planOffline: () => plan,
    webLink: () => "https://outlook.office.com/calendar/deeplink/compose",
    ...overrides,
  } as unknown as RemindersPort;
  return { port, calls };
}

describe("the reminders flow over the Outlook room's port", () => {
  test("with Outlook: counts, removal choices, run with the ticked ids, retry only the failures", async () => {
    const { port, calls } = fakePort({});
    const flow = await loadReminders(port);
    const p = await flow.preview(request);
    expect(p).toMatchObject({ mode: "outlook", create: 3, update: 1, remove: 1, unchanged: 2 });
    expect(p.removals).toEqual([{ eventId: "e1", label: "Call Won Co", why: "prospect is closed", suggested: true }]);
    expect(p.skipped).toEqual([{ prospect: "Won Co", row: 9, why: "closed: no reminder" }]);
    const result = await flow.run(["e1"], () => undefined);
    expect(result.failures).toEqual([{ prospect: "Acme", message: "Outlook is busy; retry." }]);
    await flow.retryFailed(() => undefined);
    expect(calls).toEqual(["execute e1", "retry 1"]);
  });

  test("no client id: the .ics plan, with the Outlook room's reason", async () => {
    const reason = "Outlook sign-in isn't set up for this copy of NextStep.";
    const { port } = fakePort({
      graphAvailability: () => ({ available: false, reason: "noClientId", message: reason }),
    });
    const flow = await loadReminders(port);
    expect(flow.availability()).toEqual({ graph: false, reason });
    expect(await flow.preview(request)).toMatchObject({
      mode: "offline",
      create: 0,
      skipped: [{ prospect: "Won Co" }],
    });
    expect(flow.outlookLink(request)).toBeNull(); // nothing planned, nothing to open
  });

  test("sign-in needed: the offline counts, and the reason says signing in helps", async () => {
    const { port } = fakePort({
      preview: async () => ({ ok: false, authRequired: true, message: "Sign in to Outlook." }),
    });
    const p = await (await loadReminders(port)).preview(request);
    expect(p).toMatchObject({ mode: "offline", problem: { authRequired: true, message: "Sign in to Outlook." } });
  });
});
