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

const DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

interface Pattern {
  month: number;
  /** "-1SU" (last Sunday) or "2SU" (second Sunday). */
  byDay: string;
  /** Local wall time of the change, "HHMMSS", in the offset before it. */
  time: string;
  from: number;
  to: number;
}

/** The yearly rule a transition follows, read from its local date in the offset before it. */
function patternOf(t: ZoneTransition): Pattern {
  const local = new Date(t.at + t.from * 60000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const d = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const weekday = DAYS[local.getUTCDay()];
  const nth = d + 7 > daysInMonth ? -1 : Math.ceil(d / 7);
  const hms = local.toISOString().slice(11, 19).replace(/:/g, "");
  return { month: m + 1, byDay: `${nth}${weekday}`, time: hms, from: t.from, to: t.to };
}

const samePattern = (a: Pattern, b: Pattern): boolean =>
  a.month === b.month && a.byDay === b.byDay && a.time === b.time && a.from === b.from && a.to === b.to;

/**
 * Two yearly RRULE observances when every year in the range has the same two changes (how Outlook itself
 * writes zones, and what its importer understands best); undefined when the rules change within the range.
 */
function yearlyRules(transitions: ZoneTransition[], years: number): [ZoneTransition, Pattern][] | undefined {
  if (transitions.length !== years * 2) return undefined;
  const groups: [ZoneTransition, Pattern][] = [];
  for (const t of transitions) {
    const p = patternOf(t);
    const g = groups.find(([, q]) => q.from === p.from && q.to === p.to);
    if (!g) groups.push([t, p]);
    else if (!samePattern(g[1], p)) return undefined;
  }
  return groups.length === 2 ? groups : undefined;
}

/**
 * VTIMEZONE lines for a zone covering [fromYear, toYear], from the runtime's own tz data. Zones with a steady
 * yearly DST rule get two RRULE observances; zones whose rules change in the range get one observance per
 * transition (explicit DTSTARTs); zones without DST get a single STANDARD. DAYLIGHT = offset above the lowest.
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutesAt(from, timeZone);
  const transitions = zoneTransitions(timeZone, from, to - 1);
  const lowest = Math.min(initial, ...transitions.map((t) => t.to));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const observance = (start: string, fromOff: number, toOff: number, rrule?: string): void => {
    const kind = toOff > lowest ? "DAYLIGHT" : "STANDARD";
    lines.push(`BEGIN:${kind}`, `DTSTART:${start}`);
    if (rrule) lines.push(rrule);
    lines.push(`TZOFFSETFROM:${formatOffset(fromOff)}`, `TZOFFSETTO:${formatOffset(toOff)}`, `END:${kind}`);
  };
  const rules = yearlyRules(transitions, toYear - fromYear + 1);
  if (rules) {
    for (const [first, p] of rules) {
      observance(localStamp(first.at, p.from), p.from, p.to, `RRULE:FREQ=YEARLY;BYMONTH=${p.month};BYDAY=${p.byDay}`);
    }
  } else {
    observance(localStamp(from, initial), initial, initial);
    for (const t of transitions) observance(localStamp(t.at, t.from), t.from, t.to);
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
