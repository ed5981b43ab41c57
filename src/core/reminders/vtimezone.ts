import { offsetMinutesAt, utcToWallTime } from "./zonedTime";

const DAY = 86_400_000;

export interface ZoneTransition {
  /** First instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every UTC-offset change of the zone between two instants, found from Intl to the minute. */
export function zoneTransitions(timeZone: string, fromUtc: number, toUtc: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let prev = offsetMinutesAt(fromUtc, timeZone);
  for (let t = fromUtc + DAY; t <= toUtc + DAY; t += DAY) {
    const cur = offsetMinutesAt(t, timeZone);
    if (cur === prev) continue;
    // Binary search the minute where the offset flips inside (t - DAY, t].
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60000) {
      const mid = lo + Math.floor((hi - lo) / 120000) * 60000;
      if (offsetMinutesAt(mid, timeZone) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: prev, to: cur });
    prev = cur;
  }
  return out;
}

/** "+0130" style UTC offset. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(Math.round(minutes));
  return `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}${String(a % 60).padStart(2, "0")}`;
}

/** "YYYYMMDDTHHMMSS" of a wall time at an instant shifted by an offset. */
function localStamp(utcMs: number, offsetMin: number): string {
  const w = utcToWallTime(utcMs + offsetMin * 60000, "UTC");
  return `${w.date.replace(/-/g, "")}T${w.time.replace(":", "")}00`;
}

/**
 * VTIMEZONE lines for a zone covering [fromYear, toYear], from the runtime's own tz data: one observance per
 * transition (explicit DTSTARTs, no RRULE guesswork), plus one for the offset in force at the start of the range.
 * An observance is DAYLIGHT when its offset is above the zone's lowest offset in the range.
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutesAt(from, timeZone);
  const transitions = zoneTransitions(timeZone, from, to);
  const lowest = Math.min(initial, ...transitions.map((t) => t.to));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const observance = (start: string, fromOff: number, toOff: number): void => {
    const kind = toOff > lowest ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${formatOffset(fromOff)}`,
      `TZOFFSETTO:${formatOffset(toOff)}`,
      `END:${kind}`,
    );
  };
  observance(localStamp(from, initial), initial, initial);
  for (const t of transitions) observance(localStamp(t.at, t.from), t.from, t.to);
  lines.push("END:VTIMEZONE");
  return lines;
}
