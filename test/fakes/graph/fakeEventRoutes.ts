import { wallTimeToUtc } from "../../../src/core/reminders/zonedTime";
import { validateEvent } from "./eventValidation";
import type { FakeGraph, Reply } from "./fakeGraphServer";
import { graphError } from "./fakeGraphServer";
import { parseExpand, parseFilter } from "./odataQuery";

export interface StoredEvent {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  /** start in UTC "YYYY-MM-DDTHH:mm:ss", for filtering. */
  startUtc: string;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  showAs: string;
  categories: string[];
  transactionId?: string;
  props: { id: string; value: string }[];
}

export interface EventStore {
  events: Map<string, StoredEvent>;
  nextId: number;
  /**
   * Every transactionId ever POSTed, with the event it made — deleted events' too. Graph's dedupe window for
   * transactionId is undocumented (graph-docs-contrib resources/event.md): the fake assumes the worst, so a POST
   * repeating an id after the rep deleted that event in Outlook is answered with the old event and creates nothing.
   */
  transactions?: Map<string, StoredEvent>;
}

const LIST_PARAMS = new Set(["$filter", "$expand", "$select", "$top", "$skip"]);

function toUtc(dt: { dateTime: string; timeZone: string }): string {
  const s = dt.dateTime.slice(0, 19).padEnd(19, ":00");
  if (dt.timeZone === "UTC") return s;
  const ms = wallTimeToUtc(s.slice(0, 10), s.slice(11, 16), dt.timeZone);
  return ms === undefined ? s : new Date(ms).toISOString().slice(0, 19);
}

function represent(
  e: StoredEvent,
  expandIds: string[] | undefined,
  select: string[] | undefined,
): Record<string, unknown> {
  const { props, startUtc: _s, ...rest } = e;
  const full: Record<string, unknown> = {
    ...rest,
    start: { dateTime: `${e.startUtc}.0000000`, timeZone: "UTC" },
    end: { dateTime: `${toUtc(e.end)}.0000000`, timeZone: "UTC" },
  };
  const out: Record<string, unknown> = select ? { id: e.id } : full;
  if (select) for (const k of select) if (k in full) out[k] = full[k];
  if (expandIds) {
    const want = new Set(expandIds.map((i) => i.toLowerCase()));
    out.singleValueExtendedProperties = props.filter((p) => want.has(p.id.toLowerCase()));
  }
  return out;
}

function mergeProps(old: StoredEvent["props"], add: StoredEvent["props"] | undefined): StoredEvent["props"] {
  const byId = new Map(old.map((p) => [p.id.toLowerCase(), p]));
  for (const p of add ?? []) byId.set(p.id.toLowerCase(), p);
  return [...byId.values()];
}

/** /me/events and /me/mailboxSettings, strict about what Graph accepts. */
export function eventRoutes(
  fake: FakeGraph,
  method: string,
  path: string,
  body: unknown,
  _headers: Record<string, string>,
): Reply {
  const url = new URL(path, "http://fake");
  const { store } = fake;
  if (url.pathname === "/v1.0/me/mailboxSettings" && method === "GET") {
    fake.stats.gets++;
    return { status: 200, body: { timeZone: fake.mailboxTimeZone, dateFormat: "dd/MM/yyyy", timeFormat: "HH:mm" } };
  }
  if (url.pathname === "/v1.0/me/events" && method === "GET") {
    fake.stats.gets++;
    for (const k of url.searchParams.keys())
      if (!LIST_PARAMS.has(k)) return graphError(400, "BadRequest", `Query option '${k}' is not allowed.`);
    fake.beforeListPage?.(Number(url.searchParams.get("$skip") ?? "0"));
    // A stable order over the live store (by start, then id): pages are cut from it by $skip at request time.
    let list = [...store.events.values()].sort((a, b) =>
      a.startUtc === b.startUtc ? a.id.localeCompare(b.id) : a.startUtc < b.startUtc ? -1 : 1,
    );
    let expandIds: string[] | undefined;
    try {
      const filter = url.searchParams.get("$filter");
      if (filter !== null) {
        if (fake.rejectsCombinedFilter && / and start\//.test(filter))
          throw new Error("The query filter contains one or more invalid nodes.");
        if (fake.combinedFilterFails && / and start\//.test(filter)) {
          return graphError(
            fake.combinedFilterFails,
            "ErrorInternalServerTransientError",
            "An internal server error occurred.",
          );
        }
        const pred = parseFilter(filter);
        list = list.filter((e) => pred({ props: e.props, startUtc: e.startUtc, subject: e.subject }));
      }
      const expand = url.searchParams.get("$expand");
      if (expand !== null) expandIds = parseExpand(expand);
    } catch (err) {
      return graphError(400, "BadRequest", (err as Error).message);
    }
    const top = Number(url.searchParams.get("$top") ?? "10");
    const skip = Number(url.searchParams.get("$skip") ?? "0");
    if (!Number.isInteger(top) || top < 1 || top > 1000 || !Number.isInteger(skip) || skip < 0) {
      return graphError(400, "BadRequest", "Invalid $top or $skip.");
    }
    const select = url.searchParams
      .get("$select")
      ?.split(",")
      .map((s) => s.trim());
    const size = Math.min(top, fake.maxPageSize);
    const page = list.slice(skip, skip + size);
    const result: Record<string, unknown> = { value: page.map((e) => represent(e, expandIds, select)) };
    if (skip + size < list.length || fake.nextLinkFault === "endless") {
      const next = new URL(fake.url + "/me/events");
      url.searchParams.forEach((v, k) => k !== "$skip" && next.searchParams.set(k, v));
      next.searchParams.set("$skip", String(skip + size));
      result["@odata.nextLink"] = next.toString();
    }
    if (fake.nextLinkFault === "self") result["@odata.nextLink"] = fake.url.replace(/\/v1\.0$/, "") + path;
    if (fake.nextLinkFault === "foreign")
      result["@odata.nextLink"] = "https://graph.evil.example/v1.0/me/events?$skip=50";
    return { status: 200, body: result };
  }
  if (url.pathname === "/v1.0/me/events" && method === "POST") {
    fake.stats.posts++;
    const err = validateEvent(body, "create");
    if (err) return graphError(400, "ErrorInvalidRequest", err);
    const b = body as Omit<StoredEvent, "id" | "startUtc" | "props"> & {
      singleValueExtendedProperties?: StoredEvent["props"];
    };
    store.transactions ??= new Map();
    if (b.transactionId) {
      const dup = store.transactions.get(b.transactionId);
      if (dup) {
        fake.stats.dedupedPosts++;
        return { status: 201, body: represent(dup, undefined, undefined) };
      }
    }
    const e: StoredEvent = {
      id: `AAMkFake${String(store.nextId++).padStart(6, "0")}`,
      subject: b.subject ?? "",
      body: b.body ?? { contentType: "text", content: "" },
      start: b.start,
      end: b.end,
      startUtc: toUtc(b.start),
      isReminderOn: b.isReminderOn ?? true,
      reminderMinutesBeforeStart: b.reminderMinutesBeforeStart ?? 15,
      showAs: b.showAs ?? "busy",
      categories: b.categories ?? [],
      transactionId: b.transactionId,
      props: b.singleValueExtendedProperties ?? [],
    };
    store.events.set(e.id, e);
    if (e.transactionId) store.transactions.set(e.transactionId, e);
    return { status: 201, body: represent(e, undefined, undefined) };
  }
  const one = /^\/v1\.0\/me\/events\/([^/]+)$/.exec(url.pathname);
  if (one) {
    const id = decodeURIComponent(one[1]);
    const e = store.events.get(id);
    if (method === "GET") fake.stats.gets++;
    if (method === "PATCH") fake.stats.patches++;
    if (method === "DELETE") fake.stats.deletes++;
    if (!e) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    if (method === "GET") return { status: 200, body: represent(e, undefined, undefined) };
    if (method === "DELETE") {
      store.events.delete(id);
      return { status: 204 };
    }
    if (method === "PATCH") {
      const err = validateEvent(body, "patch");
      if (err) return graphError(400, "ErrorInvalidRequest", err);
      const b = body as Partial<StoredEvent> & { singleValueExtendedProperties?: StoredEvent["props"] };
      if (b.transactionId !== undefined && b.transactionId !== e.transactionId) {
        return graphError(400, "ErrorInvalidRequest", "transactionId cannot be changed.");
      }
      const { singleValueExtendedProperties, ...fields } = b;
      const next: StoredEvent = { ...e, ...fields, props: mergeProps(e.props, singleValueExtendedProperties) };
      next.startUtc = toUtc(next.start);
      store.events.set(id, next);
      return { status: 200, body: represent(next, undefined, undefined) };
    }
  }
  return graphError(
    method === "GET" || method === "POST" ? 404 : 405,
    "ResourceNotFound",
    `Resource not found for ${method} ${url.pathname}`,
  );
}
