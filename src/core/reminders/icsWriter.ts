import { hashText } from "./hashText";
import { escapeText, joinLines, paramValue } from "./icsText";
import type { DesiredReminder } from "./reminderTypes";
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

/** Stable per prospect key: re-importing the file updates the same Outlook item instead of adding one. */
export function icsUid(key: string): string {
  return `${hashText(key)}-${hashText(`uid:${key}`)}@nextstep.reminders`;
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
 * One VCALENDAR with a VEVENT per prospect (its main reminder) and one VALARM per configured reminder:
 * TRIGGER:-PT{N}M, plus an absolute TRIGGER for the day-before reminder when the plan has one.
 * Example: writeIcs(plan.reminders, { now }) → "BEGIN:VCALENDAR\r\n…END:VCALENDAR\r\n".
 */
export function writeIcs(reminders: readonly DesiredReminder[], options: IcsOptions): string {
  const mode = options.times ?? "tzid";
  const mains = reminders.filter((r) => r.kind === "main");
  const dayBefore = new Map(reminders.filter((r) => r.kind === "dayBefore").map((r) => [r.key, r]));
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NextStep//Follow-up reminders//EN", "CALSCALE:GREGORIAN"];
  lines.push("METHOD:PUBLISH");

  const zones = new Map<string, { min: number; max: number }>();
  for (const r of mains) {
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
  for (const r of mains) {
    const useUtc = mode === "utc" || r.timeZone === "UTC";
    const time = (name: string, ms: number): string =>
      useUtc ? `${name}:${utcStamp(ms)}` : `${name};TZID=${paramValue(r.timeZone)}:${localStamp(ms, r.timeZone)}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsUid(r.key)}`,
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
    );
    const before = dayBefore.get(r.key);
    if (before) {
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(before.subject)}`,
        `TRIGGER;VALUE=DATE-TIME:${utcStamp(before.startUtc)}`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return joinLines(lines);
}
