import { ConcurrencyLimiter } from "./concurrencyLimiter";
import { AuthRequiredError, GraphRequestError } from "./graphErrors";
import type { GraphErrorBody, GraphPage, HttpMethod } from "./graphTypes";
import { DEFAULT_RETRY, isChangeKeyConflict, isRetryableStatus, parseRetryAfter, retryDelay } from "./retryPolicy";
import type { RetryOptions } from "./retryPolicy";

/** Where tokens come from (MSAL in the add-in, the fake's issuer in tests). */
export interface TokenSource {
  getToken(options: { forceRefresh: boolean }): Promise<string>;
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface GraphClientOptions {
  tokens: TokenSource;
  /** Default "https://graph.microsoft.com/v1.0". */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Injectable so tests don't wait for real Retry-After seconds. */
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock for HTTP-date Retry-After values. */
  now?: () => number;
  /** Concurrent HTTP requests; default 4 (Outlook's per-mailbox limit). */
  maxConcurrent?: number;
  retry?: Partial<RetryOptions>;
}

export interface GraphResponse {
  status: number;
  body: unknown;
  retryAfterMs?: number;
}

/** Counters for tests and the bench: every request is deliberate. */
export interface GraphStats {
  requests: number;
  batches: number;
  batchItems: number;
  retries: number;
  waitedMs: number;
  tokenRefreshes: number;
}

/** 500 pages of 100: far more NextStep events than any rep has from today on; beyond that the paging is broken. */
const MAX_PAGES = 500;

const pagingError = (what: string): GraphRequestError =>
  new GraphRequestError(
    0,
    `Outlook's calendar list came back broken (${what}), so nothing was changed. Try again in a few minutes.`,
    "InvalidNextLink",
  );

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A small Graph client over fetch: bearer token with one forced refresh on 401, at most 4 requests in flight,
 * Retry-After honoured on 429/503/504 with capped exponential backoff, network failures retried, and paging.
 * Callers make POSTs safe to retry (NextStep sends a transactionId).
 */
export class GraphClient {
  readonly baseUrl: string;
  readonly stats: GraphStats = { requests: 0, batches: 0, batchItems: 0, retries: 0, waitedMs: 0, tokenRefreshes: 0 };
  readonly retry: RetryOptions;
  readonly limiter: ConcurrencyLimiter;
  private readonly doFetch: FetchLike;
  private readonly sleepFn: (ms: number) => Promise<void>;
  /** Wall clock, for HTTP-date Retry-After values. */
  readonly now: () => number;
  private token: Promise<string> | undefined;

  constructor(private readonly options: GraphClientOptions) {
    this.baseUrl = (options.baseUrl ?? "https://graph.microsoft.com/v1.0").replace(/\/+$/, "");
    this.doFetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.sleepFn = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.limiter = new ConcurrencyLimiter(options.maxConcurrent ?? 4);
  }

  async sleep(ms: number): Promise<void> {
    if (ms <= 0) return;
    this.stats.waitedMs += ms;
    await this.sleepFn(ms);
  }

  private currentToken(forceRefresh: boolean): Promise<string> {
    if (forceRefresh || !this.token) {
      if (forceRefresh) this.stats.tokenRefreshes++;
      this.token = this.options.tokens.getToken({ forceRefresh });
      // A failed acquisition must not stick: the next call asks again.
      this.token.catch(() => (this.token = undefined));
    }
    return this.token;
  }

  /** Absolute URL for a path; refuses other origins so the token never leaves Graph (e.g. a forged nextLink). */
  resolve(pathOrUrl: string): string {
    if (!/^https?:\/\//i.test(pathOrUrl)) return this.baseUrl + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
    if (new URL(pathOrUrl).origin !== new URL(this.baseUrl).origin) {
      throw new GraphRequestError(0, `Refusing to send the Graph token to ${new URL(pathOrUrl).origin}`);
    }
    return pathOrUrl;
  }

  /**
   * One HTTP exchange (no retries): 401 → refresh the token once and resend; a second 401 → AuthRequiredError.
   * A network failure (fetch rejects, socket dropped) comes back as status 0.
   */
  async send(
    method: HttpMethod,
    pathOrUrl: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<GraphResponse> {
    const url = this.resolve(pathOrUrl);
    for (let refreshed = false; ; refreshed = true) {
      let token: string;
      try {
        token = await this.currentToken(refreshed);
      } catch (e) {
        // Silent acquisition failed (consent, expired session): only the rep signing in fixes that.
        throw e instanceof AuthRequiredError ? e : new AuthRequiredError();
      }
      const res = await this.limiter.run(async () => {
        this.stats.requests++;
        try {
          const r = await this.doFetch(url, {
            method,
            headers: {
              Authorization: `Bearer ${token}`,
              Accept: "application/json",
              ...(body === undefined ? {} : { "Content-Type": "application/json" }),
              ...headers,
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await r.text();
          return { status: r.status, text, retryAfter: r.headers.get("Retry-After") ?? undefined };
        } catch {
          return { status: 0, text: "", retryAfter: undefined };
        }
      });
      if (res.status === 401 && !refreshed) continue;
      if (res.status === 401) throw new AuthRequiredError();
      let parsed: unknown = undefined;
      try {
        parsed = res.text ? JSON.parse(res.text) : undefined;
      } catch {
        parsed = res.text;
      }
      return { status: res.status, body: parsed, retryAfterMs: parseRetryAfter(res.retryAfter, this.now()) };
    }
  }

  /** send() with retries for 429/503/504 and dropped connections. Non-retryable statuses are returned as they are. */
  async request(
    method: HttpMethod,
    pathOrUrl: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<GraphResponse> {
    for (let attempt = 1; ; attempt++) {
      const res = await this.send(method, pathOrUrl, body, headers);
      const transient = res.status === 0 || isRetryableStatus(res.status) || isChangeKeyConflict(res.status, res.body);
      if (!transient || attempt >= this.retry.maxAttempts) return res;
      this.stats.retries++;
      await this.sleep(retryDelay(attempt, res.retryAfterMs, this.retry));
    }
  }

  /** GET that must succeed; throws GraphRequestError with Graph's code otherwise. */
  async getJson<T>(pathOrUrl: string, headers?: Record<string, string>): Promise<T> {
    const res = await this.request("GET", pathOrUrl, undefined, headers);
    if (res.status < 200 || res.status > 299) {
      const err = (res.body as GraphErrorBody | undefined)?.error;
      throw new GraphRequestError(res.status, err?.message ?? `GET failed with ${res.status}`, err?.code);
    }
    return res.body as T;
  }

  /**
   * Every item of a collection, following the server's own @odata.nextLink (never a $skip of ours). A link that
   * repeats an earlier one, leaves the collection (another host or path), or more than `maxPages` pages end the
   * listing with an error instead of looping (a self-referencing nextLink otherwise loops forever).
   */
  async getAllPages<T>(
    path: string,
    headers?: Record<string, string>,
    onPage?: (count: number) => void,
    maxPages = MAX_PAGES,
  ): Promise<T[]> {
    const items: T[] = [];
    const collection = new URL(this.resolve(path)).pathname;
    const seen = new Set<string>();
    let next: string | undefined = path;
    while (next) {
      const url = this.resolve(next);
      if (new URL(url).pathname !== collection) throw pagingError("a link outside the list");
      if (seen.has(url)) throw pagingError("the same page twice");
      if (seen.size >= maxPages) throw pagingError(`more than ${maxPages} pages`);
      seen.add(url);
      const page: GraphPage<T> = await this.getJson<GraphPage<T>>(url, headers);
      items.push(...(page.value ?? []));
      onPage?.(items.length);
      next = page["@odata.nextLink"];
    }
    return items;
  }
}
