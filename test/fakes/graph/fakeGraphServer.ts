import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TokenSource } from "../../../src/outlook/graphClient";
import { AuthRequiredError } from "../../../src/outlook/graphErrors";
import { runFakeBatch } from "./fakeBatch";
import { eventRoutes, type EventStore } from "./fakeEventRoutes";

/** A fault the fake answers with instead of the real response. */
export type Fault =
  | { kind: "429"; retryAfter?: number }
  | { kind: "503"; retryAfter?: number }
  | { kind: "401" }
  /**
   * The item changed under the write (Outlook itself touches an event when its reminder fires, is snoozed or
   * dismissed): 412 ErrorIrresolvableConflict "…the change key passed in the request does not match the current change
   * key for the item", even for a PATCH that sent no change key (msgraph-sdk-dotnet 1201: PreconditionFailed; davmail
   * 491: 412; graph-docs-contrib 7934). Transient: the same sparse PATCH goes through when sent again.
   */
  | { kind: "conflict" }
  /** Destroy the socket; `afterWrite`: only after the request (or the batch up to this item) took effect. */
  | { kind: "drop"; afterWrite?: boolean };

export interface FaultRule {
  /** "request": a whole HTTP request; "item": one request inside a $batch. */
  scope: "request" | "item";
  fault: Fault;
  /** How many matching requests get the fault; default 1. */
  count?: number;
  /** Let this many matching requests through first. */
  skip?: number;
  method?: string;
  path?: RegExp;
}

export interface FakeStats {
  requests: number;
  batches: number;
  batchItems: number;
  gets: number;
  posts: number;
  patches: number;
  deletes: number;
  dedupedPosts: number;
  rejected: number;
  faults: number;
  maxConcurrentMailbox: number;
  throttledByConcurrency: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const newStats = (): FakeStats => ({
  requests: 0,
  batches: 0,
  batchItems: 0,
  gets: 0,
  posts: 0,
  patches: 0,
  deletes: 0,
  dedupedPosts: 0,
  rejected: 0,
  faults: 0,
  maxConcurrentMailbox: 0,
  throttledByConcurrency: 0,
});

export const graphError = (status: number, code: string, message: string, headers?: Record<string, string>): Reply => ({
  status,
  headers,
  body: { error: { code, message } },
});

/**
 * A strict in-process Microsoft Graph on 127.0.0.1: /me/events (+ $filter/$expand/$select/$top paging),
 * /$batch (≤ 20, dependsOn, per-request statuses), /me/mailboxSettings, bearer tokens, transactionId dedupe,
 * Outlook's 4-concurrent-requests-per-mailbox limit, and faults on command.
 */
export class FakeGraph {
  readonly store: EventStore = { events: new Map(), nextId: 1 };
  stats = newStats();
  mailboxTimeZone = "W. Europe Standard Time";
  maxPageSize = 50;
  latencyMs = 1;
  concurrencyLimit = 4;
  /** When true, $filter may hold only the extended-property clause (as Graph's docs show it). */
  rejectsCombinedFilter = false;
  /**
   * The status an extended-property filter combined with the date clause answers instead of a page, e.g. 500:
   * such filters on events have answered 500 (msgraph-sdk-dotnet issue 2375); a persistent 503 looks the same to us.
   */
  combinedFilterFails: 500 | 503 | undefined;
  /**
   * A broken @odata.nextLink, as a misbehaving proxy or service can send: "self" repeats the page's own URL (seen
   * looping forever), "foreign" points at another host, "endless" keeps linking to ever-later empty pages.
   */
  nextLinkFault: "self" | "foreign" | "endless" | undefined;
  /**
   * The signed-in user's mailbox is one Graph cannot serve (on-premises Exchange in a hybrid tenant without an
   * Exchange Online licence, a guest, a consumer mailbox not yet moved): every /me mailbox call answers 404
   * MailboxNotEnabledForRESTAPI "REST API is not yet supported for this mailbox." (microsoft-graph-docs issues 6305,
   * 8520, 10745; python-o365 438 and 588 against /me/calendar/events). Retrying never helps.
   */
  mailboxNotEnabled = false;
  /** When true, a forced refresh hands back the same (expired) token: the rep must sign in. */
  refusesRefresh = false;
  /**
   * Runs before each page of a /me/events listing is cut (with that page's $skip): lets a test insert or delete
   * events between page fetches, as another device or the rep in Outlook can. Graph's event nextLinks page by
   * $skip over the live collection (Graph paging docs: "either a $skiptoken or a $skip"), so an insertion shifts
   * the next page back (the same event twice) and a deletion shifts it forward (one event never listed).
   */
  beforeListPage: ((skip: number) => void) | undefined;
  private rules: (FaultRule & { seen: number; used: number })[] = [];
  private valid = new Set<string>();
  private current: string | undefined;
  private tokenCount = 0;
  private inFlight = 0;
  private server: http.Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/v1.0`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  resetStats(): void {
    this.stats = newStats();
  }

  issueToken(): string {
    this.current = `token-${++this.tokenCount}`;
    this.valid.add(this.current);
    return this.current;
  }

  expireTokens(): void {
    this.valid.clear();
  }

  /** The token source a test hands to GraphClient: refresh gets a new token unless `refusesRefresh`. */
  tokenSource(): TokenSource {
    return {
      getToken: async ({ forceRefresh }) => {
        if (this.current && (!forceRefresh || this.refusesRefresh)) {
          if (forceRefresh && this.refusesRefresh) throw new AuthRequiredError();
          return this.current;
        }
        return this.issueToken();
      },
    };
  }

  inject(rule: FaultRule): void {
    this.rules.push({ ...rule, seen: 0, used: 0 });
  }

  clearFaults(): void {
    this.rules = [];
  }

  /** Events per "kind|key" slot, from the extended properties: the duplicate detector. */
  slots(): Map<string, number> {
    const out = new Map<string, number>();
    for (const e of this.store.events.values()) {
      const p = (n: string) => e.props.find((x) => x.id.endsWith(`Name NextStep.${n}`))?.value ?? "";
      const slot = `${p("Kind")}|${p("Key")}`;
      out.set(slot, (out.get(slot) ?? 0) + 1);
    }
    return out;
  }

  /** The fault for this request, if a rule matches (and consumes it). */
  takeFault(scope: FaultRule["scope"], method: string, path: string): Fault | undefined {
    for (const r of this.rules) {
      if (r.scope !== scope || (r.method && r.method !== method) || (r.path && !r.path.test(path))) continue;
      r.seen++;
      if (r.seen <= (r.skip ?? 0) || r.used >= (r.count ?? 1)) continue;
      r.used++;
      this.stats.faults++;
      return r.fault;
    }
    return undefined;
  }

  faultReply(f: Exclude<Fault, { kind: "drop" }>): Reply {
    if (f.kind === "401")
      return graphError(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.");
    if (f.kind === "conflict")
      return graphError(
        412,
        "ErrorIrresolvableConflict",
        "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
      );
    const headers = { "Retry-After": String(f.retryAfter ?? 1) };
    if (f.kind === "429")
      return graphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", headers);
    return graphError(503, "ServiceUnavailable", "Service Unavailable", headers);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    this.stats.requests++;
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const send = (r: Reply): void => {
      if (r.status >= 400 && r.status !== 429 && r.status !== 503) this.stats.rejected++;
      res.writeHead(r.status, { "Content-Type": "application/json", ...r.headers });
      res.end(r.body === undefined ? undefined : JSON.stringify(r.body));
    };
    const f = this.takeFault("request", method, path);
    if (f?.kind === "drop" && !f.afterWrite) return void req.socket.destroy();
    if (f && f.kind !== "drop") return send(this.faultReply(f));
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "");
    if (!auth || !this.valid.has(auth[1])) {
      return send(graphError(401, "InvalidAuthenticationToken", "Access token is empty, expired or invalid."));
    }
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send(graphError(400, "BadRequest", "Unable to read JSON request payload."));
      }
    }
    if ((method === "POST" || method === "PATCH") && !/application\/json/.test(req.headers["content-type"] ?? "")) {
      return send(graphError(415, "UnsupportedMediaType", "Content-Type application/json is required."));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const reply =
      method === "POST" && path.split("?")[0] === "/v1.0/$batch"
        ? await runFakeBatch(this, body, () => req.socket.destroy())
        : await this.mailboxOp(method, path, body, headers);
    if (reply === "dropped") return;
    if (f?.kind === "drop") return void req.socket.destroy();
    send(reply);
  }

  /** One mailbox operation, counted against Outlook's concurrency limit. */
  async mailboxOp(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Reply> {
    this.inFlight++;
    try {
      this.stats.maxConcurrentMailbox = Math.max(this.stats.maxConcurrentMailbox, this.inFlight);
      if (this.inFlight > this.concurrencyLimit) {
        this.stats.throttledByConcurrency++;
        return graphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", {
          "Retry-After": "1",
        });
      }
      await new Promise((r) => setTimeout(r, this.latencyMs));
      if (this.mailboxNotEnabled && /^\/v1\.0\/me\//.test(path)) {
        return graphError(404, "MailboxNotEnabledForRESTAPI", "REST API is not yet supported for this mailbox.");
      }
      return eventRoutes(this, method, path, body, headers);
    } finally {
      this.inFlight--;
    }
  }
}
