/**
 * The follow-up loop's door to Outlook, in the loop's chunk, over the reminders controller (so the loop reuses its
 * lazily loaded flow and its own-rows request): move the reminders of follow-ups the loop just moved, add today's plan, tell who is signed
 * in. When a reminder cannot follow (no sign-in, Outlook refused), the reminders list marks that follow-up changed.
 */
import type { DesiredReminder } from "../../core/reminders/reminderTypes";
import type { PlanResult, RemindersFlow, RemindersRequest } from "./remindersFlow";
import { plural } from "./wording";

export interface FollowUpOutlookDeps {
  load(): Promise<RemindersFlow>;
  /** The reminders request over the rep's own rows (null before the sheet was read). */
  request(): RemindersRequest | null;
  /** The reminders controller's marks: follow-ups whose reminder did not follow, shown as changed in its list. */
  changed: Map<string, string>;
}

/** The loop's Outlook steps over the pane's reminders controller (its flow, request and marks). */
export function loopOutlookOf(reminders: {
  loadFlow(): Promise<RemindersFlow>;
  ownRequest(): RemindersRequest | null;
  changedFollowUps: Map<string, string>;
}): FollowUpOutlook {
  return new FollowUpOutlook({
    load: () => reminders.loadFlow(),
    request: () => reminders.ownRequest(),
    changed: reminders.changedFollowUps,
  });
}

/** What "Add today's plan to Outlook" did through Graph, or why it could not. */
export type PlanThroughOutlook = PlanResult | { ok: false; notAvailable: true; message: string };

const OFFLINE_CHANGED =
  "Moved in the sheet after your calendar file: download the .ics again (importing it updates the event).";
const SIGN_IN_CHANGED = "Moved in the sheet, and Outlook was not signed in: update it here.";
const FAILED_CHANGED = "Moved in the sheet, and Outlook did not take the change: update it here.";

export class FollowUpOutlook {
  /** Follow-ups moved in the sheet whose Outlook reminder did not follow: key → what the line says. */
  private readonly changed: Map<string, string>;

  constructor(private readonly deps: FollowUpOutlookDeps) {
    this.changed = deps.changed;
  }

  private async flow(): Promise<RemindersFlow | undefined> {
    try {
      return await this.deps.load();
    } catch {
      return undefined;
    }
  }

  /**
   * After the loop's write and re-read: moves these follow-ups' Outlook reminders (one PATCH each) when Outlook is
   * signed in; otherwise marks them changed in the reminders list. Returns the sentence to add to the loop's message
   * (undefined when there is nothing to say: nothing moved, or no reminder existed).
   */
  async moved(keys: readonly string[]): Promise<string | undefined> {
    const request = this.deps.request();
    // Team sheets: a teammate's row moved under "Everyone" has no reminder of the rep's to move.
    const own = new Set(request?.rows.map((r) => r.key));
    const mine = keys.filter((k) => own.has(k));
    if (!request || mine.length === 0) return undefined;
    const flow = await this.flow();
    if (!flow || !flow.availability().graph) {
      for (const key of mine) this.changed.set(key, OFFLINE_CHANGED);
      return `If ${mine.length === 1 ? "it has a reminder" : "they have reminders"} in Outlook, Create reminders lists ${mine.length === 1 ? "it" : "them"} as changed: download the .ics again there to update ${mine.length === 1 ? "it" : "them"}.`;
    }
    const result = await flow.moveFollowUps(request, mine);
    for (const key of [...result.moved, ...result.unchanged, ...result.noEvent]) this.changed.delete(key);
    for (const key of result.failed) this.changed.set(key, result.authRequired ? SIGN_IN_CHANGED : FAILED_CHANGED);
    const moved = result.moved.length ? `${plural(result.moved.length, "Outlook reminder")} moved too.` : "";
    if (result.failed.length === 0) return moved || undefined;
    const what = plural(result.failed.length, "reminder");
    const fix = result.authRequired
      ? `Outlook needs you to sign in, so ${what} did not move: open Create reminders, sign in, and update the follow-ups it lists as changed.`
      : `${result.message ?? "Outlook did not take the change."} ${what} did not move: open Create reminders and update the follow-ups it lists as changed.`;
    return [moved, fix].filter(Boolean).join(" ");
  }

  /** Whether Outlook can be reached through Graph in this deployment (sign-in set up and supported). */
  async graphAvailable(): Promise<boolean> {
    return (await this.flow())?.availability().graph ?? false;
  }

  /** Today's plan as one event through Graph (created once a day, then updated in place). */
  async addPlan(plan: DesiredReminder): Promise<PlanThroughOutlook> {
    const flow = await this.flow();
    if (!flow || !flow.availability().graph)
      return { ok: false, notAvailable: true, message: "Outlook sign-in isn't available here: use the .ics file." };
    return flow.upsertPlan(plan);
  }

  /** The signed-in rep (Microsoft 365 name and e-mail), when Graph has signed in this session. */
  async user(): Promise<{ name?: string; email?: string } | undefined> {
    const account = (await this.flow())?.account();
    if (!account) return undefined;
    const email = account.username.includes("@") ? account.username : undefined;
    return { ...(account.name ? { name: account.name } : {}), ...(email ? { email } : {}) };
  }
}
