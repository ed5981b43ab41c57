import { clipText } from "../cutText";
import type { DesiredReminder } from "./reminderTypes";

/** Work/school accounts; personal accounts use outlook.live.com. */
export type OutlookHost = "office" | "live";

/** Long URLs get cut by browsers and proxies; the full text lives in the .ics and Graph paths. */
const MAX_BODY_CHARS = 1500;

/** "YYYY-MM-DDTHH:mm:ssZ" */
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + "Z";

/**
 * A prefilled "new event" link for Outlook on the web. The compose deeplink is undocumented, so this is
 * best effort: times are sent as UTC ISO 8601 (Outlook shows them in the rep's zone), every value is
 * percent-encoded (spaces as %20, never "+"), and the body is clipped to keep the URL short.
 * Example: outlookWebLink(r) → "https://outlook.office.com/calendar/deeplink/compose?path=…&subject=Follow%20up%3A%20…".
 */
export function outlookWebLink(reminder: DesiredReminder, host: OutlookHost = "office"): string {
  const body = clipText(reminder.body, MAX_BODY_CHARS);
  const params: [string, string][] = [
    ["path", "/calendar/action/compose"],
    ["rru", "addevent"],
    ["subject", reminder.subject],
    ["startdt", iso(reminder.startUtc)],
    ["enddt", iso(reminder.endUtc)],
    ["body", body],
  ];
  const origin = host === "live" ? "https://outlook.live.com" : "https://outlook.office.com";
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  return `${origin}/calendar/deeplink/compose?${query}`;
}
