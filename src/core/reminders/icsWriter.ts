import { hashText } from "./hashText";
import { escapeText, joinLines, paramValue } from "./icsText";
import type { DesiredReminder, ReminderKind } from "./reminderTypes";
import { vtimezoneLines } from "./vtimezone";
import { utcToWallTime } from "./zonedTime";

export interface IcsOptions {
  /** Generation instant (DTSTAMP and SEQUENCE); passed in, the core never reads the clock. */
  now: number;
  /** "tzid" (default): DTSTART;TZID= with a generated VTIMEZONE. "utc": DTSTART in UTC, no VTIMEZONE. */
  times?: "tzid" | "utc";
}

const EPOCH_2024 = Date.UTC(2024, 0, 1);

/** "YYYYMMDDTHHMMSSZ" */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
}

function localStamp(ms: number, timeZone: string): string {
  const w = utcToWallTime(ms, timeZone);
  return `${w.date.replace(/-/g, "")}T${w.time.replace(":", "")}00`;
}

/**
 * Stable per prospect key and kind: re-importing the file updates the same Outlook item instead of adding one.
 * The main event keeps the UID earlier versions wrote; the day-before event shares its key part (tied to the same
 * prospect) with a kind part of its own.
 */
export function icsUid(key: string, kind: ReminderKind = "main"): string {
  const second = kind === "main" ? hashText(`uid:${key}`) : hashText(`uid:${kind}:${key}`);
  return `${hashText(key)}-${second}@nextstep.reminders`;
}

/**
 * SEQUENCE: minutes from 2024-01-01 to the export. It rises with every export, so a re-import after any change
 * wins over the earlier copy; re-importing unchanged content just re-applies the same fields (no duplicate,
 * because the UID is stable). A content-derived number could not be made to increase.
 */
export function icsSequence(now: number): number {
  return Math.max(0, Math.floor((now - EPOCH_2024) / 60000));
}

/**
 * One VCALENDAR with a VEVENT per planned reminder, exactly as the Graph path makes them: the main event, and the
 * day-before reminder as its own small event (own UID, RELATED-TO the main one). Each event holds one VALARM,
 * TRIGGER:-PT{N}M, after all its properties: an Outlook appointment keeps one reminder ([MS-OXCICAL]
 * 2.1.3.1.1.20.62 imports 0 or 1 VALARM per event, so a second one was dropped) and needs TRIGGER ([MS-STANOICAL]).
 * Example: writeIcs(plan.reminders, { now }) → "BEGIN:VCALENDAR\r\n…END:VCALENDAR\r\n".
 */
export function writeIcs(reminders: readonly DesiredReminder[], options: IcsOptions): string {
  const mode = options.times ?? "tzid";
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NextStep//Follow-up reminders//EN", "CALSCALE:GREGORIAN"];
  lines.push("METHOD:PUBLISH");

  const zones = new Map<string, { min: number; max: number }>();
  for (const r of reminders) {
    const y = new Date(r.startUtc).getUTCFullYear();
    const z = zones.get(r.timeZone) ?? { min: y, max: y };
    zones.set(r.timeZone, { min: Math.min(z.min, y), max: Math.max(z.max, y) });
  }
  if (mode === "tzid") {
    for (const [tz, span] of zones) {
      if (tz !== "UTC") lines.push(...vtimezoneLines(tz, span.min - 1, span.max + 1));
    }
  }

  const stamp = utcStamp(options.now);
  const sequence = icsSequence(options.now);
  for (const r of reminders) {
    const useUtc = mode === "utc" || r.timeZone === "UTC";
    const time = (name: string, ms: number): string =>
      useUtc ? `${name}:${utcStamp(ms)}` : `${name};TZID=${paramValue(r.timeZone)}:${localStamp(ms, r.timeZone)}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsUid(r.key, r.kind)}`,
      ...(r.kind === "main" ? [] : [`RELATED-TO:${icsUid(r.key)}`]),
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      time("DTSTART", r.startUtc),
      time("DTEND", r.endUtc),
      `SUMMARY:${escapeText(r.subject)}`,
      `DESCRIPTION:${escapeText(r.body)}`,
      "CATEGORIES:Follow-up",
      "TRANSP:TRANSPARENT",
      "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(r.subject)}`,
      `TRIGGER:-PT${r.reminderMinutesBefore}M`,
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return joinLines(lines);
}
