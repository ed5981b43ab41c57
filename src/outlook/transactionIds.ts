import { hashText } from "../core/reminders/hashText";

/**
 * Graph's transactionId dedupes "redundant POST operations in case of client retries" (graph-docs-contrib
 * resources/event.md) over an undocumented window: an id derived only from the reminder could swallow a legitimate
 * re-create after the rep deleted the event in Outlook. So each run draws its own id, retries within the run (and
 * "Retry failed" for that run) reuse it, and correctness across runs rests on looking up first.
 */
export function newRunId(randomValues: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(randomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** "ns-<run>-<slot hash>": 31 characters, the same for one (key, kind) throughout a run. */
export function runTransactionId(runId: string, key: string, kind: string): string {
  return `ns-${runId}-${hashText(`${key}\u0000${kind}`)}`;
}
