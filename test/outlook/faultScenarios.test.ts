import { GraphClient } from "../../src/outlook/graphClient";
import { ReminderSync } from "../../src/outlook/syncReminders";
import { makeRows, NOW, SOURCE } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";
import { expectOnePerProspect, runOnce, writes, type Harness } from "./syncHarness";

const BATCH = /\$batch/;

describe.each([21, 500])("faults on %i rows, then a re-run", (n) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ maxAttempts: 4 });
  });
  afterEach(() => h.fake.stop());
  const rows = makeRows(n);

  const rerunIsClean = async () => {
    h.fake.clearFaults();
    h.fake.refusesRefresh = false;
    await runOnce(h, rows);
    expectOnePerProspect(h, rows);
    await runOnce(h, rows);
    expect(writes(h)).toBe(0);
  };

  it("rides out short 429 bursts inside batches and on whole requests within one run", async () => {
    h.fake.inject({ scope: "item", method: "POST", fault: { kind: "429", retryAfter: 2 }, count: 2 });
    h.fake.inject({ scope: "request", path: BATCH, fault: { kind: "429", retryAfter: 5 }, count: 2 });
    const { result } = await runOnce(h, rows);
    expect(result.failures).toEqual([]);
    expect(result.created).toBe(n);
    // One wait per retry round: the longest Retry-After among the round's throttled requests.
    expect(h.waits).toContain(5000);
    expect(h.fake.stats.faults).toBe(4);
    expectOnePerProspect(h, rows);
    await rerunIsClean();
  });

  it("a 429 storm that outlasts the retries leaves failures to retry; the re-run completes", async () => {
    h.fake.inject({ scope: "item", method: "POST", fault: { kind: "429", retryAfter: 120 }, count: 60 });
    const { result } = await runOnce(h, rows);
    expect(result.created + result.failures.length).toBe(n);
    expect(result.failures.every((f) => f.status === 429 && f.message === "Outlook is busy. Retry in a minute.")).toBe(
      true,
    );
    expect(Math.max(...h.waits)).toBe(60_000); // Retry-After 120 s, capped
    await rerunIsClean();
  });

  it("an update that meets Outlook's change-key conflict (412 ErrorIrresolvableConflict) is sent again and lands", async () => {
    await runOnce(h, rows);
    const k = Math.min(5, n);
    const changed = rows.map((r, i) => (i < k ? { ...r, due: "2027-01-15T11:00" } : r));
    h.fake.inject({ scope: "item", method: "PATCH", fault: { kind: "conflict" }, count: 2 });
    const { result } = await runOnce(h, changed);
    expect(result.failures).toEqual([]);
    expect(result.updated).toBe(k);
    expect(h.fake.stats.faults).toBe(2);
    expectOnePerProspect(h, changed);
    await runOnce(h, changed);
    expect(writes(h)).toBe(0);
  });

  it("503s are retried with their Retry-After", async () => {
    h.fake.inject({ scope: "item", fault: { kind: "503", retryAfter: 4 }, count: 2 });
    const { result } = await runOnce(h, rows);
    expect(result.failures).toEqual([]);
    expect(h.waits).toContain(4000);
    await rerunIsClean();
  });

  it("a connection dropped after the writes landed is re-sent without duplicates (transactionId)", async () => {
    h.fake.inject({ scope: "request", path: BATCH, fault: { kind: "drop", afterWrite: true }, count: 2 });
    const { result } = await runOnce(h, rows);
    expect(result.failures).toEqual([]);
    expect(h.fake.stats.dedupedPosts).toBeGreaterThan(0);
    expectOnePerProspect(h, rows);
    await rerunIsClean();
  });

  it("the network dies after half the batches: the run reports failures, the next run finishes the job", async () => {
    const half = Math.ceil(Math.ceil(n / 20) / 2);
    h.fake.inject({ scope: "item", fault: { kind: "drop", afterWrite: true }, skip: half * 20, count: Infinity });
    const { result } = await runOnce(h, rows);
    expect(result.failures.length).toBeGreaterThan(0);
    expect(result.failures.every((f) => f.status === 0 && /network/i.test(f.message))).toBe(true);
    expect(result.created + result.failures.length).toBe(n);
    await rerunIsClean();
  });

  it("a pane closed mid-run (a new client, a fresh lookup) finishes without duplicates", async () => {
    // Half the batches reach Outlook, then the pane goes away: simulate by stopping after half the writes.
    h.fake.inject({ scope: "request", path: BATCH, skip: Math.ceil(n / 40), fault: { kind: "drop" }, count: Infinity });
    await runOnce(h, rows);
    const landed = h.fake.store.events.size;
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(n);
    h.fake.clearFaults();
    const fresh = new GraphClient({ baseUrl: h.fake.url, tokens: h.fake.tokenSource(), sleep: async () => undefined });
    const sync = new ReminderSync(fresh);
    const preview = await sync.preview({ rows, now: NOW, timeZone: "Europe/Paris", source: SOURCE });
    expect(preview.counts.create).toBe(n - landed);
    await sync.execute(preview);
    expectOnePerProspect(h, rows);
  });

  it("an expired token is refreshed once and the run completes", async () => {
    h.fake.inject({ scope: "request", path: BATCH, skip: 1, fault: { kind: "401" } });
    const { result } = await runOnce(h, rows);
    expect(result).toMatchObject({ created: n, failures: [], authRequired: false });
    expect(h.graph.stats.tokenRefreshes).toBe(1);
    await rerunIsClean();
  });

  it("a token that cannot be refreshed stops the run with 'sign in', and retry after sign-in completes it", async () => {
    const sync = new ReminderSync(h.graph);
    const input = { rows, now: NOW, timeZone: "Europe/Paris", source: SOURCE };
    const preview = await sync.preview(input);
    h.fake.inject({ scope: "request", path: BATCH, skip: 1, fault: { kind: "401" }, count: Infinity });
    h.fake.refusesRefresh = true;
    const result = await sync.execute(preview);
    expect(result.authRequired).toBe(true);
    expect(result.failures.length).toBeGreaterThan(0);
    expect(
      result.failures.every((f) => f.message === "Your Microsoft sign-in expired. Sign in again, then retry."),
    ).toBe(true);
    h.fake.clearFaults();
    h.fake.refusesRefresh = false; // the rep signed in
    const retried = await sync.retryFailures(input, result.failures);
    expect(retried.failures).toEqual([]);
    expectOnePerProspect(h, rows);
  });
});

describe("per-failure retry", () => {
  it("retries a failed create after a fresh lookup, without duplicating one that landed", async () => {
    const h = await startHarness({ maxAttempts: 1 });
    try {
      const rows = makeRows(3);
      h.fake.inject({ scope: "item", method: "POST", skip: 1, fault: { kind: "503" } });
      const { result, sync, input } = await runOnce(h, rows);
      // Only the 503 one failed: the one behind it in the chain (424) was re-sent, it was not its fault.
      expect(result.failures.map((f) => [f.op, f.status])).toEqual([["create", 503]]);
      h.fake.resetStats();
      const retried = await sync.retryFailures(input, result.failures);
      expect(retried.created).toBe(1);
      expect(h.fake.stats.posts).toBe(1);
      expectOnePerProspect(h, rows);
    } finally {
      await h.fake.stop();
    }
  });
});

describe("transactionId: unique per run, reused by the retries of that run", () => {
  it("the rep deletes a reminder in Outlook and runs again: it is created again (Graph's dedupe window is unknown)", async () => {
    const h = await startHarness();
    try {
      const rows = makeRows(5);
      await runOnce(h, rows);
      const [victim] = [...h.fake.store.events.values()];
      h.fake.store.events.delete(victim.id); // the rep deletes it in Outlook
      const { result } = await runOnce(h, rows);
      expect(result).toMatchObject({ created: 1, failures: [] });
      expect(h.fake.stats.dedupedPosts).toBe(0);
      expectOnePerProspect(h, rows);
    } finally {
      await h.fake.stop();
    }
  });

  it("'Retry failed' re-sends creates with the failed run's transactionIds", async () => {
    const h = await startHarness({ maxAttempts: 1 });
    try {
      const rows = makeRows(3);
      h.fake.inject({ scope: "item", fault: { kind: "503" }, method: "POST", count: 3 });
      const first = await runOnce(h, rows);
      expect(first.result.failures).toHaveLength(3);
      const runIds = new Set(first.result.failures.map((f) => f.runId));
      expect(runIds.size).toBe(1);
      const sent: string[] = [];
      const send = h.graph.send.bind(h.graph);
      h.graph.send = (async (method, path, body, headers) => {
        for (const r of (body as { requests?: { body?: { transactionId?: string } }[] })?.requests ?? [])
          if (r.body?.transactionId) sent.push(r.body.transactionId);
        return send(method, path, body, headers);
      }) as typeof h.graph.send;
      const retried = await first.sync.retryFailures(first.input, first.result.failures);
      expect(retried).toMatchObject({ created: 3, failures: [] });
      expect(sent).toHaveLength(3);
      expect(sent.every((id) => id.startsWith(`ns-${[...runIds][0]}-`))).toBe(true);
      expectOnePerProspect(h, rows);
    } finally {
      await h.fake.stop();
    }
  });
});
