import { diffReminders } from "../core/reminders/diffReminders";
import type { ReminderDiff } from "../core/reminders/diffReminders";
import { planReminders } from "../core/reminders/planReminders";
import type { PlanInput } from "../core/reminders/planReminders";
import type { DesiredReminder, ReminderKind, ReminderPlan } from "../core/reminders/reminderTypes";
import { utcToWallTime, wallTimeToUtc } from "../core/reminders/zonedTime";
import { EventsRepository } from "./eventsRepository";
import { newRunId, runTransactionId } from "./transactionIds";
import { runBatches } from "./graphBatch";
import type { BatchOutcome } from "./graphBatch";
import type { GraphClient } from "./graphClient";
import { AuthRequiredError, describeStatus } from "./graphErrors";
import type { BatchRequestItem } from "./graphTypes";

export interface SyncCounts {
  create: number;
  update: number;
  remove: number;
  unchanged: number;
  skipped: number;
  overdue: number;
}

/** What the rep confirms before anything is written. */
export interface SyncPreview {
  plan: ReminderPlan;
  diff: ReminderDiff;
  counts: SyncCounts;
}

export type SyncOp = "create" | "update" | "remove";

export interface SyncProgress {
  done: number;
  total: number;
  created: number;
  updated: number;
  removed: number;
  failed: number;
  /** Set while waiting out throttling before a retry round (ms); absent otherwise. */
  retryingInMs?: number;
}

export interface SyncFailure {
  op: SyncOp;
  key: string;
  kind: ReminderKind;
  prospect: string;
  /** The event, for updates and removals. */
  eventId?: string;
  status: number;
  /** A sentence the rep can act on. */
  message: string;
  /** The run it failed in: "Retry failed" re-sends its creates with that run's transactionIds. */
  runId: string;
}

export interface SyncResult {
  created: number;
  updated: number;
  removed: number;
  failures: SyncFailure[];
  /** The token was refused after a refresh: show "Sign in", then retry. */
  authRequired: boolean;
}

export interface ExecuteOptions {
  /** Event ids the rep ticked for removal; nothing else is removed. */
  removeEventIds?: readonly string[];
  /** Reuse this run's transactionIds (a retry of that run); default: a new run. */
  runId?: string;
  onProgress?: (p: SyncProgress) => void;
}

interface Op {
  op: SyncOp;
  key: string;
  kind: ReminderKind;
  prospect: string;
  eventId?: string;
  item: BatchRequestItem;
}

/** Where the lookup starts: the start of today in the plan's zone (earlier events are history). */
function lookupFrom(plan: ReminderPlan): number {
  const today = utcToWallTime(plan.now, plan.timeZone).date;
  return wallTimeToUtc(today, "00:00", plan.timeZone) ?? plan.now;
}

/** Plan → preview (one lookup) → execute (re-check, batched writes) → result with retryable failures. */
export class ReminderSync {
  readonly repo: EventsRepository;

  constructor(private readonly graph: GraphClient) {
    this.repo = new EventsRepository(graph);
  }

  /** Plans from the rows, reads NextStep's events from the start of today (rep's zone) and diffs. No writes. */
  async preview(input: PlanInput): Promise<SyncPreview> {
    const plan = planReminders(input);
    const existing = await this.repo.listReminders(lookupFrom(plan));
    const diff = diffReminders(plan, existing);
    return {
      plan,
      diff,
      counts: {
        create: diff.create.length,
        update: diff.update.length,
        remove: diff.remove.length,
        unchanged: diff.unchanged.length,
        skipped: plan.skipped.length,
        overdue: plan.overdue.length,
      },
    };
  }

  /** Writes the preview: creates, updates and the confirmed removals, in batches; never throws for Graph failures. */
  async execute(preview: SyncPreview, options: ExecuteOptions = {}): Promise<SyncResult> {
    let checked = preview;
    try {
      checked = await this.recheckCreates(preview);
    } catch (e) {
      if (!(e instanceof AuthRequiredError)) throw e;
      checked = preview; // the writes below meet the same refusal and report it per reminder
    }
    return this.write(checked, options);
  }

  /**
   * Looks again, just before POSTing, for the slots the preview wants to create: a lookup that paged while the rep
   * deleted an event may have skipped another one ($skip shifts), and a POST for it would duplicate it. A slot that
   * exists now becomes an update (or nothing, when its content already matches).
   */
  private async recheckCreates(preview: SyncPreview): Promise<SyncPreview> {
    if (preview.diff.create.length === 0) return preview;
    const existing = await this.repo.listReminders(lookupFrom(preview.plan));
    const bySlot = new Map(existing.map((e) => [`${e.kind}\u0000${e.key}`, e]));
    const create: DesiredReminder[] = [];
    const update = [...preview.diff.update];
    for (const d of preview.diff.create) {
      const found = bySlot.get(`${d.kind}\u0000${d.key}`);
      if (!found) create.push(d);
      else if (found.contentHash !== d.contentHash) {
        update.push({
          eventId: found.eventId,
          desired: d,
          changes: found.startUtc !== d.startUtc ? ["date"] : ["text"],
        });
      }
    }
    return { ...preview, diff: { ...preview.diff, create, update } };
  }

  private async write(preview: SyncPreview, options: ExecuteOptions): Promise<SyncResult> {
    const runId = options.runId ?? newRunId();
    const ops = this.operations(preview, new Set(options.removeEventIds ?? []), runId);
    const byId = new Map(ops.map((o) => [o.item.id, o]));
    const progress: SyncProgress = { done: 0, total: ops.length, created: 0, updated: 0, removed: 0, failed: 0 };
    const result: SyncResult = { created: 0, updated: 0, removed: 0, failures: [], authRequired: false };
    const settledIds = new Set<string>();
    const fail = (o: Op, status: number): void => {
      result.failures.push({
        op: o.op,
        key: o.key,
        kind: o.kind,
        prospect: o.prospect,
        eventId: o.eventId,
        status,
        message: describeStatus(status),
        runId,
      });
    };
    const onSettled = (outcomes: BatchOutcome[]): void => {
      for (const out of outcomes) {
        const o = byId.get(out.id);
        if (!o) continue;
        settledIds.add(out.id);
        const okStatus = (out.status >= 200 && out.status < 300) || (o.op === "remove" && out.status === 404);
        if (!okStatus) {
          fail(o, out.status);
          progress.failed++;
        } else if (o.op === "create") progress.created++;
        else if (o.op === "update") progress.updated++;
        else progress.removed++;
        progress.done++;
      }
      options.onProgress?.({ ...progress });
    };
    options.onProgress?.({ ...progress });
    try {
      await runBatches(
        this.graph,
        ops.map((o) => o.item),
        {
          onSettled,
          onWait: (ms) => options.onProgress?.({ ...progress, retryingInMs: ms }),
          isSuccess: (item, s) => (s >= 200 && s < 300) || (item.method === "DELETE" && s === 404),
        },
      );
    } catch (e) {
      if (!(e instanceof AuthRequiredError)) throw e;
      result.authRequired = true;
      for (const o of ops) if (!settledIds.has(o.item.id)) fail(o, 401);
    }
    result.created = progress.created;
    result.updated = progress.updated;
    result.removed = progress.removed;
    return result;
  }

  /**
   * Retries failures the safe way: a fresh lookup first (a "failed" create may have landed before the network
   * dropped), then only the writes still needed for the failed reminders.
   */
  async retryFailures(
    input: PlanInput,
    failures: readonly SyncFailure[],
    options: ExecuteOptions = {},
  ): Promise<SyncResult> {
    const fresh = await this.preview(input);
    const slots = new Set(failures.filter((f) => f.op !== "remove").map((f) => `${f.kind}\u0000${f.key}`));
    const removals = new Set(failures.filter((f) => f.op === "remove").map((f) => f.eventId ?? ""));
    const inSlot = (kind: string, key: string): boolean => slots.has(`${kind}\u0000${key}`);
    const diff: ReminderDiff = {
      create: fresh.diff.create.filter((d) => inSlot(d.kind, d.key)),
      update: fresh.diff.update.filter((u) => inSlot(u.desired.kind, u.desired.key)),
      remove: fresh.diff.remove.filter((r) => removals.has(r.eventId)),
      unchanged: [],
      leftAlone: fresh.diff.leftAlone,
    };
    return this.execute({ ...fresh, diff }, { ...options, removeEventIds: [...removals], runId: failures[0]?.runId });
  }

  private operations(preview: SyncPreview, removeIds: Set<string>, runId: string): Op[] {
    const ops: Op[] = [];
    const { diff } = preview;
    for (const d of diff.create) {
      ops.push({
        op: "create",
        key: d.key,
        kind: d.kind,
        prospect: d.prospect,
        item: this.repo.createItem(`c${ops.length}`, d, runTransactionId(runId, d.key, d.kind)),
      });
    }
    for (const u of diff.update) {
      const d = u.desired;
      const item = this.repo.updateItem(`u${ops.length}`, u.eventId, d);
      ops.push({ op: "update", key: d.key, kind: d.kind, prospect: d.prospect, eventId: u.eventId, item });
    }
    for (const r of diff.remove) {
      if (!removeIds.has(r.eventId)) continue;
      const item = this.repo.deleteItem(`r${ops.length}`, r.eventId);
      ops.push({ op: "remove", key: r.key, kind: r.kind, prospect: r.subject, eventId: r.eventId, item });
    }
    return ops;
  }
}
