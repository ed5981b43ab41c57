import { eventPayload } from "../../src/outlook/eventsRepository";
import { planReminders } from "../../src/core/reminders/planReminders";
import { makeRows, NOW, SOURCE } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";
import { expectOnePerProspect, runOnce, type Harness } from "./syncHarness";

/**
 * The calendar changes while the lookup pages through it (fake Graph pages by $skip over the live collection, as
 * Graph's event nextLinks do): an insertion repeats an event on the next page, a deletion hides one.
 */
describe("the lookup when the calendar changes between pages", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.fake.stop());
  const rows = makeRows(120); // 3 lookup pages of 50

  /** A NextStep-looking event created elsewhere (another device's run), starting before all of ours. */
  function insertEarlyEvent(): string {
    const [r] = planReminders({ rows: makeRows(1), now: NOW, timeZone: "UTC", source: SOURCE }).reminders;
    const early = { ...r, key: "other workbook prospect", startUtc: NOW + 3600_000, endUtc: NOW + 4500_000 };
    const body = eventPayload(early);
    const id = `AAMkEarly${h.fake.store.nextId++}`;
    h.fake.store.events.set(id, {
      id,
      ...body,
      startUtc: new Date(early.startUtc).toISOString().slice(0, 19),
      props: body.singleValueExtendedProperties,
    });
    return id;
  }

  test("an event listed twice (insertion between pages) is never offered for removal", async () => {
    await runOnce(h, rows);
    h.fake.beforeListPage = (skip) => {
      if (skip === 50) insertEarlyEvent();
    };
    const { preview } = await runOnce(h, rows);
    const kept = new Set([
      ...preview.diff.unchanged.map((u) => u.eventId),
      ...preview.diff.update.map((u) => u.eventId),
    ]);
    expect(preview.diff.remove.filter((r) => kept.has(r.eventId))).toEqual([]);
    expect(preview.diff.remove.filter((r) => r.reason === "duplicateEvent")).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 0, update: 0, unchanged: 120 });
    expect(h.fake.stats.posts + h.fake.stats.patches + h.fake.stats.deletes).toBe(0);
  });

  test("the rep deleting an event while the lookup pages does not make the next run duplicate another", async () => {
    await runOnce(h, rows);
    const victim = [...h.fake.store.events.values()].sort((a, b) => (a.startUtc < b.startUtc ? -1 : 1))[0];
    h.fake.beforeListPage = (skip) => {
      if (skip === 50) h.fake.store.events.delete(victim.id); // page 2 now starts one later: one event is never seen
    };
    const { result } = await runOnce(h, rows);
    h.fake.beforeListPage = undefined;
    // The event hidden by the shift exists: no POST for it (a per-run transactionId would not save us).
    expect(result).toMatchObject({ created: 0, failures: [] });
    expect(h.fake.stats.posts).toBe(0);
    // The rep's deletion is seen by the next run, which makes that one reminder again and nothing else.
    const next = await runOnce(h, rows);
    expect(next.result.created).toBe(1);
    expectOnePerProspect(h, rows);
  });
});
