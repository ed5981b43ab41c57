/**
 * The follow-up loop's Graph writes: moving a prospect's existing reminder when "Done…" or a bulk move changed its
 * date (one PATCH; nothing is created here — a prospect without an event gets one from "Create reminders"), and
 * today's plan as one event per day (found again by its key: a second run updates it, or writes nothing when it is
 * unchanged). Uses the reminders' GraphClient and payloads; the plan event carries no NextStep marker, so the
 * reminders lookup never lists it (and never offers it for removal).
 */
import type { DesiredReminder } from "../core/reminders/reminderTypes";
import { newRunId, runTransactionId } from "./transactionIds";
import { eventPayload } from "./eventsRepository";
import type { GraphClient } from "./graphClient";
import { GraphRequestError } from "./graphErrors";
import { HASH_PROPERTY, KEY_PROPERTY, KIND_PROPERTY, type GraphEventRead, type GraphEventWrite } from "./graphTypes";

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const JSON_HEADERS = { "Content-Type": "application/json" };

/** The kind written on plan events (reminders are "main" / "dayBefore"). */
export const PLAN_KIND = "plan";

interface KeyedEvent {
  eventId: string;
  kind: string;
  contentHash: string;
}

export type MoveOutcome = "moved" | "unchanged" | "noEvent";
export type PlanOutcome = "created" | "updated" | "unchanged";

/** Graph answered with an error status. */
function failed(status: number, body: unknown, doing: string): GraphRequestError {
  const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return new GraphRequestError(status, err?.message ?? `${doing} failed with ${status}`, err?.code);
}

export class FollowUpEvents {
  constructor(private readonly graph: GraphClient) {}

  /** The lookup for one key: the documented extended-property filter alone, and our kind and hash expanded. */
  static keyPath(key: string): string {
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq ${quote(KEY_PROPERTY)} and ep/value eq ${quote(key)})`;
    const expand = `singleValueExtendedProperties($filter=id eq ${quote(KIND_PROPERTY)} or id eq ${quote(HASH_PROPERTY)})`;
    return `/me/events?$filter=${encodeURIComponent(filter)}&$expand=${encodeURIComponent(expand)}&$select=id,subject,start&$top=50`;
  }

  /** Every event carrying this key (its reminders, or a day's plan). */
  async eventsOf(key: string): Promise<KeyedEvent[]> {
    const events = await this.graph.getAllPages<GraphEventRead>(FollowUpEvents.keyPath(key), {
      Prefer: 'outlook.timezone="UTC"',
    });
    const seen = new Set<string>();
    const out: KeyedEvent[] = [];
    for (const e of events) {
      if (seen.has(e.id)) continue; // a page overlap lists an event twice: it is still one event
      seen.add(e.id);
      const props = new Map((e.singleValueExtendedProperties ?? []).map((p) => [p.id.toLowerCase(), p.value]));
      out.push({
        eventId: e.id,
        kind: props.get(KIND_PROPERTY.toLowerCase()) ?? "",
        contentHash: props.get(HASH_PROPERTY.toLowerCase()) ?? "",
      });
    }
    return out;
  }

  /**
   * Moves the prospect's existing main reminder to the desired one's time and text: one PATCH (after one lookup,
   * unless the caller knows the event id from the reminders list). "noEvent" when Graph holds none for the key.
   */
  async moveReminder(desired: DesiredReminder, knownEventId?: string): Promise<MoveOutcome> {
    let eventId = knownEventId;
    if (!eventId) {
      const main = (await this.eventsOf(desired.key)).filter((e) => e.kind === "main");
      if (main.length === 0) return "noEvent";
      if (main.every((e) => e.contentHash === desired.contentHash)) return "unchanged";
      eventId = main[0].eventId;
    }
    const res = await this.graph.request(
      "PATCH",
      `/me/events/${encodeURIComponent(eventId)}`,
      eventPayload(desired),
      JSON_HEADERS,
    );
    if (res.status === 404) return "noEvent";
    if (res.status < 200 || res.status > 299) throw failed(res.status, res.body, "Moving the reminder");
    return "moved";
  }

  /**
   * Moves a follow-up's reminders after the loop moved it: the main reminder as moveReminder does, and its day-before
   * reminder with it (a PATCH to its new time, or a DELETE when the new date leaves no day before ahead), so the
   * calendar never keeps a "call tomorrow" for a date that moved. One lookup for both. A day-before reminder the rep
   * does not have yet is left to "Create reminders" (this path never creates events).
   */
  async moveFollowUp(main: DesiredReminder, dayBefore: DesiredReminder | undefined): Promise<MoveOutcome> {
    const events = await this.eventsOf(main.key);
    const mains = events.filter((e) => e.kind === "main");
    if (mains.length === 0) return "noEvent";
    let wrote = false;
    if (mains.some((e) => e.contentHash !== main.contentHash)) {
      const outcome = await this.moveReminder(main, mains[0].eventId);
      if (outcome === "noEvent") return "noEvent";
      wrote = true;
    }
    const before = events.find((e) => e.kind === "dayBefore");
    if (before && !dayBefore) {
      const res = await this.graph.request("DELETE", `/me/events/${encodeURIComponent(before.eventId)}`);
      // Already gone (deleted in Outlook meanwhile) is what was wanted.
      if (res.status !== 404 && (res.status < 200 || res.status > 299))
        throw failed(res.status, res.body, "Removing the day-before reminder");
      wrote = true;
    } else if (before && dayBefore && before.contentHash !== dayBefore.contentHash) {
      const res = await this.graph.request(
        "PATCH",
        `/me/events/${encodeURIComponent(before.eventId)}`,
        eventPayload(dayBefore),
        JSON_HEADERS,
      );
      if (res.status !== 404 && (res.status < 200 || res.status > 299))
        throw failed(res.status, res.body, "Moving the day-before reminder");
      wrote = true;
    }
    return wrote ? "moved" : "unchanged";
  }

  /** Today's plan as one event: created once per day, updated in place on every later run, untouched when unchanged. */
  async upsertPlan(plan: DesiredReminder): Promise<PlanOutcome> {
    const existing = (await this.eventsOf(plan.key)).filter((e) => e.kind === PLAN_KIND);
    if (existing.length > 0 && existing[0].contentHash === plan.contentHash) return "unchanged";
    const body = planPayload(plan);
    if (existing.length > 0) {
      const res = await this.graph.request(
        "PATCH",
        `/me/events/${encodeURIComponent(existing[0].eventId)}`,
        body,
        JSON_HEADERS,
      );
      if (res.status < 200 || res.status > 299) throw failed(res.status, res.body, "Updating today's plan");
      return "updated";
    }
    const res = await this.graph.request(
      "POST",
      "/me/events",
      // Unique to this call (its retries reuse it): a per-day id could swallow re-adding a plan the rep deleted.
      { ...body, transactionId: runTransactionId(newRunId(), plan.key, PLAN_KIND) },
      JSON_HEADERS,
    );
    if (res.status < 200 || res.status > 299) throw failed(res.status, res.body, "Adding today's plan");
    return "created";
  }
}

/** A reminder's payload with the plan's own properties: key, kind "plan", hash, and no marker. */
export function planPayload(plan: DesiredReminder): GraphEventWrite {
  return {
    ...eventPayload(plan),
    reminderMinutesBeforeStart: 0,
    singleValueExtendedProperties: [
      { id: KEY_PROPERTY, value: plan.key },
      { id: KIND_PROPERTY, value: PLAN_KIND },
      { id: HASH_PROPERTY, value: plan.contentHash },
    ],
  };
}
