/**
 * On the fake Graph: a follow-up moved by "Done…" or a bulk move moves its existing reminder with one PATCH, and
 * today's plan is one event per day, updated in place, never listed among the reminders.
 */
import { buildDayPlan, planEvent } from "../../src/core/followup";
import { dayFromIso } from "../../src/core/dayNumber";
import { planReminders } from "../../src/core/reminders";
import { FollowUpEvents } from "../../src/outlook/followUpEvents";
import { moveFollowUps } from "../../src/outlook/followUpSync";
import { makeRow, makeRows, NOW, SOURCE } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";
import { runOnce, writes, type Harness } from "./syncHarness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.fake.stop());

const mainOf = (row: ReturnType<typeof makeRow>) =>
  planReminders({ rows: [row], now: NOW, timeZone: "Europe/Paris", source: SOURCE }).reminders[0];

test("a follow-up whose date moved moves its existing reminder with one PATCH, and nothing else", async () => {
  const rows = makeRows(5);
  await runOnce(h, rows);
  const moved = { ...rows[2], due: "2026-12-20T11:00", fields: { ...rows[2].fields, nextStep: "Send the contract" } };
  h.fake.resetStats();
  expect(await new FollowUpEvents(h.graph).moveReminder(mainOf(moved))).toBe("moved");
  expect(h.fake.stats).toMatchObject({ patches: 1, posts: 0, deletes: 0 });
  const event = [...h.fake.store.events.values()].find((e) => e.subject.includes("Send the contract"));
  expect(event?.start.dateTime).toMatch(/^2026-12-20T10:00/); // 11:00 in Paris
  // The reminders list now agrees: nothing left to update for that prospect.
  const again = await runOnce(h, [...rows.slice(0, 2), moved, ...rows.slice(3)]);
  expect(again.preview.counts).toMatchObject({ create: 0, update: 0, remove: 0 });
});

test("with the event id from the reminders list, the move is the PATCH alone", async () => {
  const rows = makeRows(2);
  await runOnce(h, rows);
  const [id] = [...h.fake.store.events.keys()];
  h.fake.resetStats();
  await new FollowUpEvents(h.graph).moveReminder(mainOf({ ...rows[0], due: "2026-12-21" }), id);
  expect(h.fake.stats).toMatchObject({ requests: 1, patches: 1 });
});

test("a prospect without a Graph reminder gets none from a move: no request writes", async () => {
  h.fake.resetStats();
  expect(await new FollowUpEvents(h.graph).moveReminder(mainOf(makeRow(9)))).toBe("noEvent");
  expect(writes(h)).toBe(0);
});

describe("a follow-up with a day-before reminder moves both", () => {
  const dayBefore = { dayBefore: true };
  const plannedOf = (row: ReturnType<typeof makeRow>) =>
    planReminders({ rows: [row], now: NOW, timeZone: "Europe/Paris", source: SOURCE, prefs: dayBefore }).reminders;
  const eventOfKind = (kind: string) =>
    [...h.fake.store.events.values()].find((e) => e.props.some((p) => p.id.endsWith("Kind") && p.value === kind));

  test("moved to a later day: one lookup, a PATCH for the reminder and one for its day-before reminder", async () => {
    const row = makeRow(1, { due: "2026-12-10" });
    await runOnce(h, [row], { prefs: dayBefore });
    expect(h.fake.slots()).toEqual(
      new Map([
        ["main|" + row.key, 1],
        ["dayBefore|" + row.key, 1],
      ]),
    );
    const moved = { ...row, due: "2026-12-17" };
    const [main, before] = plannedOf(moved);
    h.fake.resetStats();
    expect(await new FollowUpEvents(h.graph).moveFollowUp(main, before)).toBe("moved");
    expect(h.fake.stats).toMatchObject({ patches: 2, posts: 0, deletes: 0 });
    expect(eventOfKind("dayBefore")?.start.dateTime).toMatch(/^2026-12-16T16:00/); // 17:00 in Paris, the day before
    // Create reminders then finds nothing left to do for that prospect.
    const again = await runOnce(h, [moved], { prefs: dayBefore });
    expect(again.preview.counts).toMatchObject({ create: 0, update: 0, remove: 0 });
  });

  test("moved to today: the day-before reminder, now in the past, is removed instead of ringing for the old date", async () => {
    const row = makeRow(1, { due: "2026-12-10" });
    await runOnce(h, [row], { prefs: dayBefore });
    const [main, before] = plannedOf({ ...row, due: "2026-12-01T16:00" });
    expect(before).toBeUndefined();
    h.fake.resetStats();
    expect(await new FollowUpEvents(h.graph).moveFollowUp(main, undefined)).toBe("moved");
    expect(h.fake.stats).toMatchObject({ patches: 1, deletes: 1, posts: 0 });
    expect(h.fake.slots()).toEqual(new Map([["main|" + row.key, 1]]));
  });

  test("the loop's move (moveFollowUps) takes the day-before reminder along", async () => {
    const row = makeRow(1, { due: "2026-12-10" });
    const { input } = await runOnce(h, [row], { prefs: dayBefore });
    const moved = { ...row, due: "2026-12-15" };
    h.fake.resetStats();
    const result = await moveFollowUps(h.graph, { ...input, rows: [moved] }, [row.key]);
    expect(result).toMatchObject({ moved: [row.key], failed: [] });
    expect(h.fake.stats).toMatchObject({ patches: 2 });
    expect(eventOfKind("dayBefore")?.start.dateTime).toMatch(/^2026-12-14T16:00/);
  });

  test("nothing changed: the lookup alone, no write", async () => {
    const row = makeRow(1, { due: "2026-12-10" });
    await runOnce(h, [row], { prefs: dayBefore });
    const [main, before] = plannedOf(row);
    h.fake.resetStats();
    expect(await new FollowUpEvents(h.graph).moveFollowUp(main, before)).toBe("unchanged");
    expect(writes(h)).toBe(0);
  });
});

test("today's plan: created once, unchanged on a second run, updated in place when a call is done", async () => {
  const today = dayFromIso("2026-12-02") as number;
  const rows = [
    makeRow(1, { state: "dueToday", due: "2026-12-02T14:00" }),
    makeRow(2, { state: "overdue", due: "2026-11-30" }),
  ];
  const events = new FollowUpEvents(h.graph);
  const morning = buildDayPlan(rows, today);
  const first = planEvent(morning, { dayStart: "08:30", timeZone: "Europe/Paris" })!;
  expect(await events.upsertPlan(first)).toBe("created");
  h.fake.resetStats();
  expect(
    await events.upsertPlan(planEvent(buildDayPlan(rows, today), { dayStart: "08:30", timeZone: "Europe/Paris" })!),
  ).toBe("unchanged");
  expect(writes(h)).toBe(0);
  const done = [{ ...rows[0], state: "scheduled" as const, due: "2026-12-09" }, rows[1]];
  const later = planEvent(
    buildDayPlan(
      done,
      today,
      morning.items.map((i) => i.key),
    ),
    { dayStart: "08:30", timeZone: "Europe/Paris" },
  )!;
  expect(await events.upsertPlan(later)).toBe("updated");
  expect(h.fake.stats).toMatchObject({ posts: 0, patches: 1 });
  const stored = [...h.fake.store.events.values()];
  expect(stored).toHaveLength(1);
  expect(stored[0].subject).toBe("Today's calls: 2 (1 done)");
  expect(stored[0].body.content).toContain("[x] done · Prospect 1");
  // The reminders flow never sees the plan: nothing to remove.
  const reminders = await runOnce(h, done);
  expect(reminders.preview.counts.remove).toBe(0);
  expect(h.fake.store.events.size).toBe(2);
});

test("today's plan deleted by the rep in Outlook is added again the same day (no per-day transactionId to swallow it)", async () => {
  const today = dayFromIso("2026-12-02") as number;
  const rows = [makeRow(1, { state: "dueToday", due: "2026-12-02T14:00" })];
  const events = new FollowUpEvents(h.graph);
  const plan = planEvent(buildDayPlan(rows, today), { dayStart: "08:30", timeZone: "Europe/Paris" })!;
  expect(await events.upsertPlan(plan)).toBe("created");
  h.fake.store.events.clear(); // the rep deletes it in Outlook
  expect(await events.upsertPlan(plan)).toBe("created");
  expect(h.fake.stats.dedupedPosts).toBe(0);
  expect(h.fake.store.events.size).toBe(1);
});
