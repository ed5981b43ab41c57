/**
 * The follow-up loop's Graph steps as the port runs them: move the reminders of prospects whose date or step the
 * loop just wrote (one PATCH per moved follow-up, and its day-before reminder with it), and upsert today's plan. Errors become values with a sentence.
 */
import { planReminders, type PlanInput } from "../core/reminders/planReminders";
import type { DesiredReminder } from "../core/reminders/reminderTypes";
import { FollowUpEvents, type PlanOutcome } from "./followUpEvents";
import type { GraphClient } from "./graphClient";

export interface FollowUpMoves {
  /** Prospect keys whose Outlook reminder now matches the sheet after one PATCH. */
  moved: string[];
  /** Their reminder already matched: no request wrote anything. */
  unchanged: string[];
  /** No Graph reminder to move (never created, deleted in Outlook, or the new date gets none). */
  noEvent: string[];
  /** Not moved because Graph refused or could not be reached: the reminders list marks these as changed. */
  failed: string[];
  /** Outlook needs the rep to sign in (nothing more was tried). */
  authRequired: boolean;
  message?: string;
}

export type PlanResult = { ok: true; outcome: PlanOutcome } | { ok: false; authRequired: boolean; message: string };

const isAuth = (e: unknown): boolean => (e as { name?: string } | undefined)?.name === "AuthRequiredError";

const MOVE_FAILED = "Outlook did not take the change (connection or Outlook busy).";
const PLAN_FAILED = "Outlook did not take today's plan (connection or Outlook busy). Try again, or use the .ics file.";

/**
 * One lookup and at most one PATCH per key (two when the rep also has a day-before reminder, which follows its
 * follow-up), one key at a time (the mailbox allows few concurrent writes).
 */
export async function moveFollowUps(
  graph: GraphClient,
  input: PlanInput,
  keys: readonly string[],
): Promise<FollowUpMoves> {
  const wanted = new Set(keys);
  const plan = planReminders({ ...input, rows: input.rows.filter((r) => wanted.has(r.key)) });
  const mains = new Map(plan.reminders.filter((r) => r.kind === "main").map((r) => [r.key, r]));
  const dayBefores = new Map(plan.reminders.filter((r) => r.kind === "dayBefore").map((r) => [r.key, r]));
  const out: FollowUpMoves = { moved: [], unchanged: [], noEvent: [], failed: [], authRequired: false };
  const events = new FollowUpEvents(graph);
  for (const key of keys) {
    const desired = mains.get(key);
    if (!desired) {
      out.noEvent.push(key);
      continue;
    }
    if (out.authRequired) {
      out.failed.push(key);
      continue;
    }
    try {
      const outcome = await events.moveFollowUp(desired, dayBefores.get(key));
      (outcome === "moved" ? out.moved : outcome === "unchanged" ? out.unchanged : out.noEvent).push(key);
    } catch (error) {
      out.failed.push(key);
      out.authRequired = isAuth(error);
      out.message = out.authRequired ? (error as Error).message : MOVE_FAILED;
    }
  }
  return out;
}

export async function upsertPlan(graph: GraphClient, plan: DesiredReminder): Promise<PlanResult> {
  try {
    return { ok: true, outcome: await new FollowUpEvents(graph).upsertPlan(plan) };
  } catch (error) {
    return isAuth(error)
      ? { ok: false, authRequired: true, message: (error as Error).message }
      : { ok: false, authRequired: false, message: PLAN_FAILED };
  }
}
