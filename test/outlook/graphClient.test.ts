import { runBatches } from "../../src/outlook/graphBatch";
import { AuthRequiredError, GraphRequestError } from "../../src/outlook/graphErrors";
import type { BatchRequestItem } from "../../src/outlook/graphTypes";
import { parseRetryAfter, retryDelay, DEFAULT_RETRY } from "../../src/outlook/retryPolicy";
import { startHarness } from "../fakes/graph/harness";

const get = (i: number): BatchRequestItem => ({ id: `g${i}`, method: "GET", url: "/me/mailboxSettings" });

describe("GraphClient", () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.fake.stop());

  it("honours Retry-After on a whole request, then succeeds", async () => {
    h.fake.inject({ scope: "request", fault: { kind: "429", retryAfter: 7 }, count: 2 });
    const res = await h.graph.request("GET", "/me/mailboxSettings");
    expect(res.status).toBe(200);
    expect(h.waits).toEqual([7000, 7000]);
    expect(h.graph.stats.requests).toBe(3);
  });

  it("backs off exponentially on 503 without Retry-After values it cannot read, capped", () => {
    expect([1, 2, 3, 7, 10].map((a) => retryDelay(a, undefined, DEFAULT_RETRY))).toEqual([
      1000, 2000, 4000, 60000, 60000,
    ]);
    expect(retryDelay(1, 120_000, DEFAULT_RETRY)).toBe(60000);
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });

  it("sends a single PATCH again after Outlook's change-key conflict (412 ErrorIrresolvableConflict)", async () => {
    h.fake.inject({ scope: "request", method: "PATCH", fault: { kind: "conflict" }, count: 1 });
    const res = await h.graph.request("PATCH", "/me/events/none", { subject: "x" });
    // Sent twice: the conflict, then the real answer (404 here: there is no such event).
    expect(h.fake.stats.faults).toBe(1);
    expect(res.status).toBe(404);
    expect(h.graph.stats.requests).toBe(2);
  });

  it("gives up after the attempt limit with the last status", async () => {
    h.fake.inject({ scope: "request", fault: { kind: "503", retryAfter: 1 }, count: 99 });
    const res = await h.graph.request("GET", "/me/mailboxSettings");
    expect(res.status).toBe(503);
    expect(h.graph.stats.requests).toBe(6);
  });

  it("retries a dropped connection", async () => {
    h.fake.inject({ scope: "request", fault: { kind: "drop" } });
    expect((await h.graph.request("GET", "/me/mailboxSettings")).status).toBe(200);
    expect(h.waits).toEqual([1000]);
  });

  it("refreshes an expired token once, then asks for sign-in", async () => {
    await h.graph.request("GET", "/me/mailboxSettings");
    h.fake.expireTokens();
    expect((await h.graph.request("GET", "/me/mailboxSettings")).status).toBe(200);
    expect(h.graph.stats.tokenRefreshes).toBe(1);
    h.fake.expireTokens();
    h.fake.refusesRefresh = true;
    await expect(h.graph.request("GET", "/me/mailboxSettings")).rejects.toBeInstanceOf(AuthRequiredError);
  });

  it("never sends the token to another origin, even when a nextLink says so", async () => {
    expect(() => h.graph.resolve("https://evil.example/v1.0/me/events")).toThrow(GraphRequestError);
  });

  it("retries only the throttled requests inside a batch, honouring their Retry-After", async () => {
    h.fake.inject({ scope: "item", fault: { kind: "429", retryAfter: 3 }, skip: 5, count: 1 });
    const out = await runBatches(
      h.graph,
      Array.from({ length: 20 }, (_, i) => get(i)),
    );
    expect([...out.values()].every((o) => o.status === 200)).toBe(true);
    // One batch; the 6th item was throttled and items 7–20 got 424; the second round re-sends those 15.
    expect(h.fake.stats.batches).toBe(2);
    expect(h.fake.stats.batchItems).toBe(35);
    expect(h.waits).toEqual([3000]);
  });

  it("splits 45 writes into 3 batches and keeps at most 4 requests in the mailbox at once", async () => {
    const out = await runBatches(
      h.graph,
      Array.from({ length: 45 }, (_, i) => get(i)),
    );
    expect(out.size).toBe(45);
    expect(h.fake.stats.batches).toBe(3);
    expect(h.fake.stats.maxConcurrentMailbox).toBeLessThanOrEqual(4);
    expect(h.fake.stats.throttledByConcurrency).toBe(0);
  });

  it("re-sends a batch whose connection dropped mid-way", async () => {
    h.fake.inject({ scope: "item", fault: { kind: "drop" }, skip: 10 });
    const out = await runBatches(
      h.graph,
      Array.from({ length: 20 }, (_, i) => get(i)),
    );
    expect([...out.values()].filter((o) => o.status === 200)).toHaveLength(20);
    expect(h.fake.stats.batches).toBe(2);
  });
});
