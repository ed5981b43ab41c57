/** When and how long to wait before trying a Graph request again. */

export interface RetryOptions {
  /** Attempts per request, first one included; default 6. */
  maxAttempts: number;
  /** Exponential backoff base when the server gives no Retry-After; default 1000. */
  baseDelayMs: number;
  /** Cap for any single wait, Retry-After included; default 60 000. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** Statuses Graph documents as transient: throttled, unavailable, gateway timeout. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * Outlook's change-key conflict: 412 (or 409) ErrorIrresolvableConflict when the item changed under a write, which
 * Outlook does on its own when an event's reminder fires or is snoozed or dismissed; it comes even for a PATCH that
 * sent no change key (msgraph-sdk-dotnet 1201, davmail 491, graph-docs-contrib 7934). Our writes are sparse and
 * idempotent, so sending the same one again is right.
 */
export function isChangeKeyConflict(status: number, body: unknown): boolean {
  if (status !== 412 && status !== 409) return false;
  return (body as { error?: { code?: unknown } } | undefined)?.error?.code === "ErrorIrresolvableConflict";
}

/** Retry-After in ms: delta-seconds or an HTTP date (relative to `now`); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before attempt `attempt + 1` (attempt counts from 1): Retry-After if given, else 1s, 2s, 4s… capped. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, options: RetryOptions): number {
  const backoff = options.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(options.maxDelayMs, retryAfterMs ?? backoff);
}
