import { makeRows } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";
import { expectOnePerProspect, runOnce, writes, type Harness } from "./syncHarness";

describe.each([1, 20, 21, 500])("Create reminders on %i rows", (n) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.fake.stop());
  const rows = makeRows(n);
  const batchesFor = (k: number) => Math.ceil(k / 20);

  it("first run creates exactly N events in ceil(N/20) batches, within 4 concurrent mailbox requests", async () => {
    const { result, preview, progress } = await runOnce(h, rows);
    expect(preview.counts).toMatchObject({ create: n, update: 0, remove: 0 });
    expect(result).toMatchObject({ created: n, failures: [], authRequired: false });
    expect(h.fake.stats.posts).toBe(n);
    expect(h.fake.stats.batches).toBe(batchesFor(n));
    expect(h.fake.stats.maxConcurrentMailbox).toBeLessThanOrEqual(4);
    expect(progress.at(-1)).toMatchObject({ done: n, total: n, created: n });
    expectOnePerProspect(h, rows);
  });

  it("writes reminders the way the issue describes them", () => {
    const e = [...h.fake.store.events.values()][0];
    expect(e).toMatchObject({
      showAs: "free",
      categories: ["Follow-up"],
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
    });
    expect(e.body.contentType).toBe("text");
    expect(e.subject).toMatch(/^Follow up: Prospect 0 — Call about offer 0$/);
    expect([...h.fake.store.events.values()].every((x) => x.body.contentType === "text")).toBe(true);
  });

  it("a second run makes zero writes", async () => {
    const { preview } = await runOnce(h, rows);
    expect(preview.counts).toMatchObject({ create: 0, update: 0, remove: 0, unchanged: n });
    expect(writes(h)).toBe(0);
    expect(h.fake.stats.batches).toBe(0);
    expect(h.fake.stats.requests).toBe(Math.ceil(n / 50)); // the lookup pages only
  });

  it("sorting the rows then running makes zero writes", async () => {
    const sorted = [...rows].reverse().map((r, i) => ({ ...r, row: i + 2 }));
    await runOnce(h, sorted);
    expect(writes(h)).toBe(0);
  });

  it("changing 10 dates makes exactly 10 PATCHes (or N when fewer)", async () => {
    const k = Math.min(10, n);
    const changed = rows.map((r, i) => (i < k ? { ...r, due: "2027-01-15T11:00" } : r));
    const { result, preview } = await runOnce(h, changed);
    expect(preview.diff.update.every((u) => u.changes.includes("date"))).toBe(true);
    expect(result.updated).toBe(k);
    expect(h.fake.stats.patches).toBe(k);
    expect(h.fake.stats.posts + h.fake.stats.deletes).toBe(0);
    expect(h.fake.stats.batches).toBe(1);
    expectOnePerProspect(h, changed);
    await runOnce(h, changed);
    expect(writes(h)).toBe(0);
  });
});

describe("removals", () => {
  it("offers closed prospects for removal and removes only what the rep confirms", async () => {
    const h = await startHarness();
    try {
      const rows = makeRows(6);
      await runOnce(h, rows);
      const closed = rows.map((r, i) => (i < 3 ? { ...r, state: "closed" as const } : r));
      const offered = await runOnce(h, closed);
      expect(offered.preview.counts.remove).toBe(3);
      expect(offered.preview.diff.remove.every((r) => r.reason === "closed" && r.suggested)).toBe(true);
      expect(h.fake.stats.deletes).toBe(0);
      const pick = offered.preview.diff.remove.slice(0, 2).map((r) => r.eventId);
      const confirmed = await runOnce(h, closed, { removeEventIds: pick });
      expect(confirmed.result.removed).toBe(2);
      expect(h.fake.store.events.size).toBe(4);
    } finally {
      await h.fake.stop();
    }
  });

  it("looks up only today's and future events: yesterday's reminder is history, never offered for removal", async () => {
    const h = await startHarness();
    try {
      const rows = makeRows(2);
      await runOnce(h, rows);
      const [first] = [...h.fake.store.events.values()];
      first.startUtc = "2026-11-30T08:00:00";
      const { preview } = await runOnce(
        h,
        rows.map((r) => ({ ...r, state: "closed" as const })),
      );
      expect(preview.diff.remove.map((r) => r.eventId)).not.toContain(first.id);
      expect(preview.counts.remove).toBe(1);
    } finally {
      await h.fake.stop();
    }
  });

  it("still finds its events where Graph refuses the combined date filter", async () => {
    const h = await startHarness();
    try {
      const rows = makeRows(30);
      await runOnce(h, rows);
      // Someone dragged one event to yesterday: it is history, and its row (still in the future) gets a new one.
      [...h.fake.store.events.values()][0].startUtc = "2026-11-30T08:00:00";
      h.fake.rejectsCombinedFilter = true;
      const { preview } = await runOnce(h, rows);
      expect(preview.counts).toMatchObject({ create: 1, unchanged: 29, remove: 0 });
      expect(h.fake.stats.rejected).toBe(1);
    } finally {
      await h.fake.stop();
    }
  });

  it("creates a day-before event per prospect as its own kind", async () => {
    const h = await startHarness();
    try {
      const rows = makeRows(5);
      const { result } = await runOnce(h, rows, { prefs: { dayBefore: true } });
      expect(result.created).toBe(10);
      expect([...h.fake.slots().keys()].filter((s) => s.startsWith("dayBefore|"))).toHaveLength(5);
      await runOnce(h, rows, { prefs: { dayBefore: true } });
      expect(writes(h)).toBe(0);
    } finally {
      await h.fake.stop();
    }
  });
});
