import { EventsRepository } from "../../src/outlook/eventsRepository";
import { GraphRequestError } from "../../src/outlook/graphErrors";
import { makeRows, NOW } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";
import { runOnce, type Harness } from "./syncHarness";

describe("the Graph lookup on a misbehaving server", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.fake.stop());
  const rows = makeRows(120);

  test.each([500, 503] as const)(
    "the combined filter answering %i: the lookup falls back to the marker alone and finds every event",
    async (status) => {
      await runOnce(h, rows);
      h.fake.combinedFilterFails = status;
      const { preview } = await runOnce(h, rows);
      expect(preview.counts).toMatchObject({ create: 0, update: 0, remove: 0, unchanged: 120 });
      expect(h.fake.stats.posts).toBe(0);
    },
  );

  test.each([
    ["self", "the same page twice"],
    ["foreign", "Refusing to send the Graph token"],
    ["endless", "more than"],
  ] as const)("a %s @odata.nextLink ends the lookup with an error instead of looping", async (fault, words) => {
    await runOnce(h, makeRows(60));
    h.fake.nextLinkFault = fault;
    h.fake.resetStats();
    const repo = new EventsRepository(h.graph);
    const lookup = repo.listReminders(NOW);
    await expect(lookup).rejects.toBeInstanceOf(GraphRequestError);
    await expect(lookup).rejects.toThrow(words);
    // Bounded: at most the page cap of GETs, never an endless loop.
    expect(h.fake.stats.gets).toBeLessThanOrEqual(500);
    expect(h.fake.stats.posts).toBe(0);
  });

  test("a nextLink to another list on the same host is refused (the token and the lookup stay on /me/events)", async () => {
    await expect(h.graph.getAllPages("/me/events?$top=1", undefined, undefined, 10).then(() => "listed")).resolves.toBe(
      "listed",
    );
    const client = h.graph;
    const original = client.getJson.bind(client);
    client.getJson = (async (url: string, headers?: Record<string, string>) => {
      const page = (await original(url, headers)) as Record<string, unknown>;
      return { ...page, "@odata.nextLink": `${h.fake.url}/me/messages?$skip=1` };
    }) as typeof client.getJson;
    await expect(client.getAllPages("/me/events?$top=1")).rejects.toThrow("a link outside the list");
  });
});
