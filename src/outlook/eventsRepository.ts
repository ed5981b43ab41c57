import type { DesiredReminder, ExistingReminder, ReminderKind } from "../core/reminders/reminderTypes";
import type { GraphClient } from "./graphClient";
import { GraphRequestError } from "./graphErrors";
import { HASH_PROPERTY, KEY_PROPERTY, KIND_PROPERTY, MARKER_PROPERTY, MARKER_VALUE } from "./graphTypes";
import type { BatchRequestItem, GraphEventRead, GraphEventWrite } from "./graphTypes";

/** Page size for the lookup; Graph may return fewer and a nextLink. */
const PAGE = 100;

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
/** Graph's dateTime form without zone designator; we always ask for and send UTC. */
const utc = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** Read as UTC: we send `Prefer: outlook.timezone="UTC"`. */
function parseUtc(dateTime: string | undefined): number {
  if (!dateTime) return NaN;
  return Date.parse(dateTime.replace(/(\.\d{3})\d*$/, "$1") + (/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? "" : "Z"));
}

/** The body Graph gets for a reminder; text only, never HTML built from cells. */
export function eventPayload(d: DesiredReminder): GraphEventWrite {
  return {
    subject: d.subject,
    body: { contentType: "text", content: d.body },
    // UTC instants computed in the rep's zone: Graph's create/update accept only a subset of zone names.
    start: { dateTime: utc(d.startUtc), timeZone: "UTC" },
    end: { dateTime: utc(d.endUtc), timeZone: "UTC" },
    isReminderOn: true,
    reminderMinutesBeforeStart: d.reminderMinutesBefore,
    showAs: "free",
    categories: ["Follow-up"],
    singleValueExtendedProperties: [
      { id: MARKER_PROPERTY, value: MARKER_VALUE },
      { id: KEY_PROPERTY, value: d.key },
      { id: KIND_PROPERTY, value: d.kind },
      { id: HASH_PROPERTY, value: d.contentHash },
    ],
  };
}

const JSON_HEADERS = { "Content-Type": "application/json" };

/** NextStep's events in the rep's calendar: found by our extended properties, written in batches. */
export class EventsRepository {
  /** The mailbox refused the marker filter combined with the date clause once: ask by the marker alone from then on. */
  private markerOnly = false;

  constructor(private readonly graph: GraphClient) {}

  /** The lookup URL: every NextStep event starting at or after `fromUtc`, with our properties expanded. */
  static lookupPath(fromUtc: number | undefined): string {
    const marker = `singleValueExtendedProperties/Any(ep: ep/id eq ${quote(MARKER_PROPERTY)} and ep/value eq ${quote(MARKER_VALUE)})`;
    const filter = fromUtc === undefined ? marker : `${marker} and start/dateTime ge ${quote(utc(fromUtc))}`;
    const expand = `singleValueExtendedProperties($filter=id eq ${quote(KEY_PROPERTY)} or id eq ${quote(KIND_PROPERTY)} or id eq ${quote(HASH_PROPERTY)})`;
    const q = [
      `$filter=${encodeURIComponent(filter)}`,
      `$expand=${encodeURIComponent(expand)}`,
      `$select=id,subject,start`,
      `$top=${PAGE}`,
    ];
    return `/me/events?${q.join("&")}`;
  }

  /** NextStep events from `fromUtc` on (today's and future ones; past events are history and left alone). */
  async listReminders(fromUtc: number, onPage?: (count: number) => void): Promise<ExistingReminder[]> {
    const headers = { Prefer: 'outlook.timezone="UTC"' };
    let events: GraphEventRead[] | undefined;
    if (!this.markerOnly) {
      try {
        events = await this.graph.getAllPages<GraphEventRead>(EventsRepository.lookupPath(fromUtc), headers, onPage);
      } catch (e) {
        // Graph documents the extended-property filter alone; if a tenant refuses it combined with the date
        // clause (400), or such a filter fails on the server (5xx after retries: msgraph-sdk-dotnet 2375), list by
        // the marker only and drop past events here.
        if (!(e instanceof GraphRequestError) || (e.status !== 400 && e.status < 500)) throw e;
        this.markerOnly = true;
      }
    }
    events ??= await this.graph.getAllPages<GraphEventRead>(EventsRepository.lookupPath(undefined), headers, onPage);
    const out: ExistingReminder[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      // $skip paging over a changing calendar can list one event on two pages: it is still one event.
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const props = new Map((e.singleValueExtendedProperties ?? []).map((p) => [p.id.toLowerCase(), p.value]));
      const key = props.get(KEY_PROPERTY.toLowerCase());
      const kind = props.get(KIND_PROPERTY.toLowerCase());
      if (!key || (kind !== "main" && kind !== "dayBefore")) continue;
      if (parseUtc(e.start?.dateTime) < fromUtc) continue;
      out.push({
        eventId: e.id,
        key,
        kind: kind as ReminderKind,
        contentHash: props.get(HASH_PROPERTY.toLowerCase()) ?? "",
        startUtc: parseUtc(e.start?.dateTime),
        subject: e.subject ?? "",
      });
    }
    return out;
  }

  /** POST with this run's transactionId for the reminder: Graph drops a retried duplicate within the run. */
  createItem(id: string, d: DesiredReminder, transactionId: string): BatchRequestItem {
    return {
      id,
      method: "POST",
      url: "/me/events",
      body: { ...eventPayload(d), transactionId },
      headers: JSON_HEADERS,
    };
  }

  updateItem(id: string, eventId: string, d: DesiredReminder): BatchRequestItem {
    return {
      id,
      method: "PATCH",
      url: `/me/events/${encodeURIComponent(eventId)}`,
      body: eventPayload(d),
      headers: JSON_HEADERS,
    };
  }

  deleteItem(id: string, eventId: string): BatchRequestItem {
    return { id, method: "DELETE", url: `/me/events/${encodeURIComponent(eventId)}` };
  }
}
