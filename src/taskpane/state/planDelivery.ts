/**
 * Where "Add today's plan to Outlook" puts the day's one event, and what the rep is told: through Graph where sign-in
 * is set up (created once a day, then updated in place, or left alone when unchanged), else an .ics file or an
 * Outlook on the web link. Graph turning out not to be set up falls back to the .ics file.
 */
import { writeIcs } from "../../core/reminders/icsWriter";
import { outlookWebLink } from "../../core/reminders/outlookWebLink";
import type { DesiredReminder } from "../../core/reminders/reminderTypes";
import type { FollowUpOutlook } from "./followUpOutlook";
import type { FollowUpModel } from "./followUpModel";

export type PlanVia = "outlook" | "ics" | "link";

export interface PlanDeliveryDeps {
  outlook?: Pick<FollowUpOutlook, "addPlan">;
  saveIcs(ics: string, fileName: string): void;
  openLink(url: string): void;
  /** ms since the epoch, for the .ics file's stamp. */
  now(): number;
}

export interface PlanDelivered {
  message: NonNullable<FollowUpModel["message"]>;
  /** Graph is not set up after all: the pane stops offering it. */
  noGraph?: true;
}

/** Example: 3 calls through Graph on the first run → "Today's plan is in your Outlook calendar at 08:30: 3 calls." */
export async function deliverPlan(
  how: PlanVia,
  event: DesiredReminder,
  day: { iso: string; calls: string; dayStart: string },
  deps: PlanDeliveryDeps,
): Promise<PlanDelivered> {
  if (how === "outlook" && deps.outlook) {
    const result = await deps.outlook.addPlan(event).catch(() => undefined);
    if (result && !result.ok && "notAvailable" in result) {
      return { ...(await deliverPlan("ics", event, day, deps)), noGraph: true };
    }
    if (!result) return failed("Outlook did not take today's plan. Try again, or use the .ics file.");
    if (!result.ok) {
      return failed(
        result.authRequired
          ? "Outlook needs you to sign in: open Create reminders and sign in, then add the plan again. Or use the .ics file."
          : result.message,
      );
    }
    const text = {
      created: `Today's plan is in your Outlook calendar at ${day.dayStart}: ${day.calls}.`,
      updated: `Today's plan in Outlook updated: ${day.calls}, done ones ticked.`,
      unchanged: `Today's plan in Outlook is already up to date: ${day.calls}.`,
    }[result.outcome];
    return { message: { intent: "success", text } };
  }
  if (how === "link") {
    deps.openLink(outlookWebLink(event));
    return { message: { intent: "success", text: `Today's plan: ${day.calls}. Save the event in Outlook.` } };
  }
  deps.saveIcs(writeIcs([event], { now: deps.now() }), `NextStep plan ${day.iso}.ics`);
  return {
    message: {
      intent: "success",
      text: `Today's plan: ${day.calls}. Open the file to add it to Outlook; importing it again later today updates the same event.`,
    },
  };
}

const failed = (text: string): PlanDelivered => ({ message: { intent: "error", text } });
