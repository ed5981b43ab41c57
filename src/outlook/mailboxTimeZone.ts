import { isValidTimeZone } from "../core/reminders/zonedTime";
import type { GraphClient } from "./graphClient";
import { WINDOWS_TO_IANA } from "./windowsZones";

export interface ZoneChoice {
  /** IANA name to plan in. */
  timeZone: string;
  /** Where it came from, for the preview's "times in Europe/Paris (from your Outlook settings)". */
  source: "mailbox" | "browser" | "utc" | "given";
}

/** The browser's own IANA zone, if it has one. */
export function browserTimeZone(): string | undefined {
  try {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return tz && isValidTimeZone(tz) ? tz : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Picks the zone reminders are planned in: the mailbox's (Windows name mapped to IANA, or already IANA),
 * else the browser's, else UTC.
 * Example: resolveTimeZone("Romance Standard Time", "America/New_York") → { timeZone: "Europe/Paris", source: "mailbox" }.
 */
export function resolveTimeZone(mailboxZone: string | undefined, browserZone: string | undefined): ZoneChoice {
  const mapped = mailboxZone ? (WINDOWS_TO_IANA[mailboxZone] ?? mailboxZone) : undefined;
  if (mapped && isValidTimeZone(mapped)) return { timeZone: mapped, source: "mailbox" };
  if (browserZone && isValidTimeZone(browserZone)) return { timeZone: browserZone, source: "browser" };
  return { timeZone: "UTC", source: "utc" };
}

/** Reads mailboxSettings.timeZone (MailboxSettings.Read); undefined when Graph can't tell us. */
export async function readMailboxTimeZone(graph: GraphClient): Promise<string | undefined> {
  const res = await graph.request("GET", "/me/mailboxSettings");
  const tz = (res.body as { timeZone?: unknown } | undefined)?.timeZone;
  return res.status === 200 && typeof tz === "string" ? tz : undefined;
}
