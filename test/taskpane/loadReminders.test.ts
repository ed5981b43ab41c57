import { createRemindersPort, type RemindersPort, type SyncPreview } from "../../src/outlook";
import type { DesiredReminder, ReminderPlan } from "../../src/core/reminders/reminderTypes";
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
    expect(flow.openInOutlook("p2:main")).toBeNull(); // nothing planned, nothing to open
  });

  test("sign-in needed: the offline counts, and the reason says signing in helps", async () => {
    const { port } = fakePort({
      preview: async () => ({ ok: false, authRequired: true, message: "Sign in to Outlook." }),
    });
    const p = await (await loadReminders(port)).preview(request);
    expect(p).toMatchObject({ mode: "offline", problem: { authRequired: true, message: "Sign in to Outlook." } });
  });
});

test("a follow-up due today whose time has passed is told apart from an overdue one", async () => {
  const flow = await loadReminders(
    createRemindersPort({ config: { authority: "https://login.microsoftonline.com/common" } }),
  );
  const now = new Date("2026-12-01T10:07").getTime();
  const rows = [
    row({ row: 4, due: "2026-12-01T08:00", state: "dueToday", prospect: "Litware", key: "lit" }),
    row({ row: 5, due: "2026-11-28", state: "overdue", prospect: "Tailspin", key: "tail" }),
  ];
  const p = await flow.preview({ rows, prefs: DEFAULT_PREFS, now, sheetName: "Pipeline" });
  expect(p.overdueRows.map((o) => [o.prospect, o.why])).toEqual([
    ["Litware", "due today at 08:00, which has passed"],
    ["Tailspin", "overdue: update the date in the sheet"],
  ]);
});

describe("the pane's reminder choices reach the plan (real port, no sign-in)", () => {
  // Local wall times: the offline plan uses the machine's zone, like the browser.
  const now = new Date("2026-12-01T10:07").getTime();
  const rows = [
    row({ row: 2, due: "2026-12-03", state: "scheduled", prospect: "Contoso" }),
    row({ row: 3, due: "2026-11-20", state: "overdue", prospect: "Fabrikam", key: "fab" }),
  ];
  const base = { rows, prefs: DEFAULT_PREFS, now, sheetName: "Pipeline" };

  function realPort(): { port: RemindersPort; icsPlans: ReminderPlan[]; opened: DesiredReminder[] } {
    const port = createRemindersPort({ config: { authority: "https://login.microsoftonline.com/common" } });
    const icsPlans: ReminderPlan[] = [];
    const opened: DesiredReminder[] = [];
    port.downloadIcs = async (plan) => {
      icsPlans.push(plan);
      return { kind: "started", fileName: "NextStep follow-ups.ics", followUps: plan.reminders.length };
    };
    port.openInOutlook = (r) => (opened.push(r), "window");
    return { port, icsPlans, opened };
  }

  test("off by default: one reminder per future follow-up; the overdue one is listed with today's half hour", async () => {
    const flow = await loadReminders(realPort().port);
    const p = await flow.preview(base);
    expect(p).toMatchObject({ mode: "offline", create: 1, dayBefore: 0, overdue: 1 });
    expect(p.overdueRows).toEqual([
      {
        key: "fab",
        prospect: "Fabrikam",
        row: 3,
        at: "today 10:30",
        chosen: false,
        why: "overdue: update the date in the sheet",
      },
    ]);
    expect(p.followUps).toEqual([
      {
        id: "p2:main",
        prospect: "Contoso",
        row: 2,
        kind: "main",
        when: "Thu 3 Dec 09:00",
        status: "file",
        remindToday: false,
      },
    ]);
  });

  test("the day-before preference plans a second reminder at 17:00 the day before, in the preview and the .ics", async () => {
    const { port, icsPlans } = realPort();
    const flow = await loadReminders(port);
    const request = { ...base, prefs: { ...DEFAULT_PREFS, remindDayBefore: true } };
    const p = await flow.preview(request);
    expect(p).toMatchObject({ create: 1, dayBefore: 1 });
    expect(p.followUps.map((f) => [f.kind, f.when])).toEqual([
      ["dayBefore", "tomorrow 17:00"],
      ["main", "Thu 3 Dec 09:00"],
    ]);
    await flow.downloadIcs(request);
    expect(icsPlans[0].reminders.map((r) => r.kind).sort()).toEqual(["dayBefore", "main"]);
  });

  test("'remind me today' keys move the overdue prospect to today 10:30, in the preview and the .ics", async () => {
    const { port, icsPlans } = realPort();
    const flow = await loadReminders(port);
    const request = { ...base, remindTodayKeys: ["fab"] };
    const p = await flow.preview(request);
    expect(p.create).toBe(2);
    expect(p.overdueRows[0]).toMatchObject({ chosen: true, at: "today 10:30" });
    expect(p.followUps[0]).toMatchObject({ prospect: "Fabrikam", when: "today 10:30", remindToday: true });
    await flow.downloadIcs(request);
    expect(icsPlans[0].reminders.find((r) => r.key === "fab")?.startLocal).toBe("2026-12-01T10:30");
  });

  test("'Open in Outlook' opens exactly the follow-up the preview listed", async () => {
    const { port, opened } = realPort();
    const flow = await loadReminders(port);
    await flow.preview({ ...base, prefs: { ...DEFAULT_PREFS, remindDayBefore: true } });
    expect(flow.openInOutlook("p2:dayBefore")).toBe("window");
    expect(opened.map((r) => [r.prospect, r.kind, r.startLocal])).toEqual([
      ["Contoso", "dayBefore", "2026-12-02T17:00"],
    ]);
    expect(flow.openInOutlook("nobody:main")).toBeNull();
  });
});
