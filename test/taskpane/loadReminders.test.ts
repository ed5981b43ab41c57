import { createRemindersPort, type RemindersPort, type SyncPreview } from "../../src/outlook";
import type { DesiredReminder, ReminderPlan } from "../../src/core/reminders/reminderTypes";
import { DEFAULT_PREFS } from "../../src/taskpane/state/model";
import { leftAloneSentence, loadReminders, NOT_SET_UP } from "../../src/taskpane/state/loadReminders";
import { remindersIntro, remindTodayLabel } from "../../src/taskpane/state/reminderLists";
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
    leftAlone: [],
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
    // One line per prospect: the closed prospect's leftover event is its line's removal, not a second count.
    expect(p).toMatchObject({ mode: "outlook", counts: { create: 0, update: 0, remove: 1, unchanged: 0, skipped: 0 } });
    expect(p.removals).toEqual([{ eventId: "e1", label: "Call Won Co", why: "prospect is closed", suggested: true }]);
    expect(p.lines).toEqual([
      {
        key: "k",
        prospect: "Won Co",
        row: 9,
        action: "remove",
        why: "prospect is closed: its reminder can go",
        sortUtc: Infinity,
        removals: [{ eventId: "e1", label: "Call Won Co", why: "prospect is closed", suggested: true }],
      },
    ]);
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
    // The rep reads what they can do; the line for IT carries the setup words.
    expect(flow.availability()).toEqual({ graph: false, ...NOT_SET_UP });
    expect(NOT_SET_UP.reason).not.toMatch(/app registration|client id|Graph|MSAL|Entra/i);
    expect(await flow.preview(request)).toMatchObject({
      mode: "offline",
      counts: { create: 0, skipped: 1 },
      lines: [{ prospect: "Won Co", action: "skipped", why: "closed: no reminder" }],
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
    expect(p).toMatchObject({ mode: "offline", counts: { create: 1, skipped: 1 }, fileEvents: 1 });
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
    expect(p.lines.map(({ sortUtc: _t, ...line }) => line)).toEqual([
      {
        key: "p2",
        prospect: "Contoso",
        row: 2,
        action: "create",
        when: "Thu 3 Dec 09:00",
        why: "goes in the calendar file",
        openId: "p2:main",
        removals: [],
      },
      {
        key: "fab",
        prospect: "Fabrikam",
        row: 3,
        action: "skipped",
        why: "overdue: update the date in the sheet",
        overdue: { at: "today 10:30", chosen: false },
        removals: [],
      },
    ]);
  });

  test("the day-before preference plans a second reminder at 17:00 the day before, in the preview and the .ics", async () => {
    const { port, icsPlans } = realPort();
    const flow = await loadReminders(port);
    const request = { ...base, prefs: { ...DEFAULT_PREFS, remindDayBefore: true } };
    const p = await flow.preview(request);
    // The day-before reminder is a property of its follow-up's line, not a line (or a count) of its own.
    expect(p.counts).toMatchObject({ create: 1, skipped: 1 });
    expect(p.lines.map((l) => [l.prospect, l.when, l.dayBefore])).toEqual([
      ["Contoso", "Thu 3 Dec 09:00", "day-before reminder tomorrow 17:00"],
      ["Fabrikam", undefined, undefined],
    ]);
    await flow.downloadIcs(request);
    expect(icsPlans[0].reminders.map((r) => r.kind).sort()).toEqual(["dayBefore", "main"]);
  });

  test("'remind me today' keys move the overdue prospect to today 10:30, in the preview and the .ics", async () => {
    const { port, icsPlans } = realPort();
    const flow = await loadReminders(port);
    const request = { ...base, remindTodayKeys: ["fab"] };
    const p = await flow.preview(request);
    expect(p.counts).toMatchObject({ create: 2, skipped: 0 });
    expect(p.overdueRows[0]).toMatchObject({ chosen: true, at: "today 10:30" });
    expect(p.lines[0]).toMatchObject({
      prospect: "Fabrikam",
      when: "today 10:30",
      why: "overdue: reminded as you asked · goes in the calendar file",
      overdue: { chosen: true },
    });
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

test("in the evening every sentence stays true: the overdue reminder is offered for tomorrow morning", async () => {
  const flow = await loadReminders(
    createRemindersPort({ config: { authority: "https://login.microsoftonline.com/common" } }),
  );
  const now = new Date("2026-12-01T19:30").getTime();
  const rows = [row({ row: 3, due: "2026-11-20", state: "overdue", prospect: "Fabrikam", key: "fab" })];
  const request = { rows, prefs: DEFAULT_PREFS, now, sheetName: "Pipeline" };
  const before = await flow.preview(request);
  expect(before.lines[0].overdue).toEqual({ at: "tomorrow 09:00", chosen: false });
  expect(remindTodayLabel(before.lines[0].overdue!.at)).toBe("Remind me tomorrow 09:00");
  expect(remindersIntro(before.overdueRows[0].at)).not.toMatch(/\btoday\b/);
  const chosen = await flow.preview({ ...request, remindTodayKeys: ["fab"] });
  const text = [chosen.lines[0].when, chosen.lines[0].why, chosen.lines[0].dayBefore].join(" ");
  expect(chosen.lines[0].when).toBe("tomorrow 09:00");
  expect(text).not.toMatch(/\btoday\b/);
});

test("another owner's events are named in one sentence: left alone, never removed", () => {
  expect(leftAloneSentence([])).toBeUndefined();
  expect(leftAloneSentence(["Call Birch", "Send Cobalt the deck", "Demo Elm", "Call Fig"])).toBe(
    "4 events belong to other owners' rows (Call Birch; Send Cobalt the deck; Demo Elm; …): NextStep leaves them alone and never removes them.",
  );
});
