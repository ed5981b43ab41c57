import type { GraphClient } from "./graphClient";
import type { BatchRequestItem, BatchResponseItem } from "./graphTypes";
import { isChangeKeyConflict, isRetryableStatus, parseRetryAfter, retryDelay } from "./retryPolicy";

/** Graph's JSON batch limit. */
export const MAX_BATCH = 20;

export interface BatchOutcome {
  id: string;
  /** Final status; 0 when the network never answered. */
  status: number;
  body: unknown;
}

export interface BatchRunOptions {
  /** Called as items reach a final outcome (success or give-up), for progress bars. */
  onSettled?: (outcomes: BatchOutcome[]) => void;
  /** Called before each wait between retry rounds, so the pane can say "Outlook is busy, retrying in 30 s". */
  onWait?: (ms: number, pending: number) => void;
  /** Treat these statuses as success for an item (e.g. 404 on DELETE: already gone). */
  isSuccess?: (item: BatchRequestItem, status: number) => boolean;
}

const ok = (status: number): boolean => status >= 200 && status < 300;

/**
 * Runs writes as JSON batches of ≤ 20 and retries what failed transiently, per request.
 *
 * Each batch is a dependsOn chain, so Outlook executes its requests one after another; with the client's
 * limit of 4 batches in flight, the mailbox never sees more than 4 concurrent writes (its documented limit)
 * while N writes still cost ceil(N/20) requests. A 20-wide parallel batch would trip that limit and come back
 * as a storm of 429s. The price of a chain: after a failure the rest of that batch answers 424, and those are
 * simply re-sent in the next round without counting as an attempt of theirs.
 */
export async function runBatches(
  graph: GraphClient,
  items: readonly BatchRequestItem[],
  options: BatchRunOptions = {},
): Promise<Map<string, BatchOutcome>> {
  const done = new Map<string, BatchOutcome>();
  const attempts = new Map<string, number>(items.map((i) => [i.id, 0]));
  const isSuccess = options.isSuccess ?? ((_: BatchRequestItem, s: number) => ok(s));
  let pending = [...items];
  let round = 0;
  while (pending.length > 0) {
    round++;
    const chunks: BatchRequestItem[][] = [];
    for (let i = 0; i < pending.length; i += MAX_BATCH) chunks.push(pending.slice(i, i + MAX_BATCH));
    const again: BatchRequestItem[] = [];
    let wait = 0;
    await Promise.all(
      chunks.map(async (chunk) => {
        const responses = await sendChunk(graph, chunk);
        const settled: BatchOutcome[] = [];
        for (const item of chunk) {
          const r = responses.get(item.id) ?? { id: item.id, status: 0 };
          const status = r.status;
          if (isSuccess(item, status)) {
            settled.push({ id: item.id, status, body: r.body });
            continue;
          }
          const transient =
            status === 0 || status === 424 || isRetryableStatus(status) || isChangeKeyConflict(status, r.body);
          const used = (attempts.get(item.id) ?? 0) + (status === 424 ? 0 : 1);
          attempts.set(item.id, used);
          if (transient && used < graph.retry.maxAttempts && round < graph.retry.maxAttempts * MAX_BATCH) {
            again.push(item);
            const header = r.headers?.["Retry-After"] ?? r.headers?.["retry-after"];
            const after = parseRetryAfter(header, graph.now());
            wait = Math.max(wait, status === 424 ? 0 : retryDelay(Math.max(1, used), after, graph.retry));
          } else settled.push({ id: item.id, status, body: r.body });
        }
        for (const s of settled) done.set(s.id, s);
        if (settled.length) options.onSettled?.(settled);
      }),
    );
    if (again.length === 0) break;
    graph.stats.retries += again.length;
    // Keep the original order so a retried chain replays in the same sequence.
    const order = new Map(items.map((i, n) => [i.id, n]));
    pending = again.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    if (wait > 0) options.onWait?.(wait, pending.length);
    await graph.sleep(wait);
  }
  return done;
}

/** One POST /$batch; a whole-request failure is reported as that status on every item. */
async function sendChunk(graph: GraphClient, chunk: BatchRequestItem[]): Promise<Map<string, BatchResponseItem>> {
  const requests = chunk.map((item, i) => ({ ...item, ...(i > 0 ? { dependsOn: [chunk[i - 1].id] } : {}) }));
  graph.stats.batches++;
  graph.stats.batchItems += chunk.length;
  const res = await graph.send("POST", "/$batch", { requests });
  const out = new Map<string, BatchResponseItem>();
  const list = (res.body as { responses?: BatchResponseItem[] } | undefined)?.responses;
  if (res.status === 200 && Array.isArray(list)) {
    for (const r of list) out.set(String(r.id), r);
    return out;
  }
  const retryAfter = res.retryAfterMs === undefined ? undefined : String(Math.ceil(res.retryAfterMs / 1000));
  for (const item of chunk) {
    out.set(item.id, { id: item.id, status: res.status, headers: retryAfter ? { "Retry-After": retryAfter } : {} });
  }
  return out;
}
