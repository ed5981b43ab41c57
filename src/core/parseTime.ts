const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160;
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Longest time text read: "around 10:00 a.m. until 11:00 a.m." fits. */
const MAX_TIME_TEXT = 40;

/**
 * Minutes after midnight of a time written in s[from, to): "14:30", "10:00 AM", "2:30 p.m.", "10am", "9.15", "9h30",
 * "14h", "14:30:00", "noon", "midnight", or a bare hour "14"; a range ("3pm-4pm", "10-11am", "10:00 to 11:00") gives
 * its start, and "at", "@", "~", "around", "?", "ish" and "o'clock" around the time are read past. -1 when it is not a
 * time of day. Reads without copying.
 * Example: parseTimeRange("10:00 AM", 0, 8) === 600; parseTimeRange("25:00", 0, 5) === -1.
 */
export function parseTimeRange(s: string, from: number, to: number): number {
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  if (from >= to || to - from > MAX_TIME_TEXT) return -1;
  from = skipLeadIn(s, from, to);
  to = skipTail(s, from, to);
  if (from >= to) return -1;
  let i = readTime(s, from, to);
  if (i < 0) return -1;
  const hour = clockHour;
  const minute = clockMinute;
  let meridiem = clockMeridiem;
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  if (i < to) {
    // A range: only its start matters, but an unmarked start takes its half of the day from the end.
    const afterDash = rangeDash(s, i, to);
    if (afterDash < 0) return -1;
    i = afterDash;
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to || readTime(s, i, to) !== to) return -1;
    // The end must be a time too: "10-25" is no range (and in a time column more likely a date).
    if (clockMeridiem === 0 ? clockHour > 23 : clockHour < 1 || clockHour > 12) return -1;
    if (meridiem === 0 && clockMeridiem !== 0 && hour >= 1 && hour <= 12) {
      // "10-11am" starts at 10 am, "1-2pm" at 1 pm; a start past the end is the other half: "11-1pm" from 11 am,
      // "11-1am" from 11 pm, "10-noon" from 10 am.
      const later = hour % 12 > clockHour % 12;
      meridiem = later ? 3 - clockMeridiem : clockMeridiem;
    }
  }
  if (meridiem === 0) return hour <= 23 ? hour * 60 + minute : -1;
  if (hour < 1 || hour > 12) return -1;
  return ((hour % 12) + (meridiem === 2 ? 12 : 0)) * 60 + minute;
}

/** A clock time or "noon" / "midday" / "midnight" at i, into the clock* state; the index after it, or -1. */
function readTime(s: string, i: number, to: number): number {
  if (isDigit(s.charCodeAt(i))) return readClock(s, i, to);
  const word = wordAt(s, i, to);
  const minutes = wordTime(word);
  if (minutes < 0) return -1;
  clockHour = 12;
  clockMinute = 0;
  clockMeridiem = minutes === 0 ? 1 : 2;
  return i + word.length;
}

// What readClock found; module state so the per-row path allocates nothing.
let clockHour = 0;
let clockMinute = 0;
/** 0 none, 1 am, 2 pm. */
let clockMeridiem = 0;

/**
 * One clock time from s[i]: hour, optional ":mm" / ".mm" / "hmm" (and ":ss", dropped), optional am/pm. Returns the
 * index after it, or -1 when there is no valid clock there.
 */
function readClock(s: string, i: number, to: number): number {
  let hour = 0;
  let digits = 0;
  while (i < to && isDigit(s.charCodeAt(i)) && digits < 3) {
    hour = hour * 10 + s.charCodeAt(i) - 48;
    i++;
    digits++;
  }
  if (digits === 0 || digits > 2) return -1;
  let minute = 0;
  const sep = i < to ? s.charCodeAt(i) : 0;
  if (sep === 58 || sep === 46) {
    // ":" or "."; "9.15" is how some reps write 9:15.
    if (i + 3 > to || !isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2))) return -1;
    minute = (s.charCodeAt(i + 1) - 48) * 10 + s.charCodeAt(i + 2) - 48;
    i += 3;
    if (sep === 58 && i < to && s.charCodeAt(i) === 58) {
      // Seconds (and a fraction) are read and dropped: reminders are per minute.
      if (i + 3 > to || !isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2))) return -1;
      if ((s.charCodeAt(i + 1) - 48) * 10 + s.charCodeAt(i + 2) - 48 > 59) return -1;
      i += 3;
      if (i < to && s.charCodeAt(i) === 46) for (i++; i < to && isDigit(s.charCodeAt(i));) i++;
    }
  } else if (lower(sep) === 104) {
    // "9h30", "14h", "14h00": the European way.
    i++;
    if (i + 1 < to && isDigit(s.charCodeAt(i)) && isDigit(s.charCodeAt(i + 1))) {
      minute = (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
      i += 2;
    }
    if (i < to && isDigit(s.charCodeAt(i))) return -1;
  }
  if (minute > 59) return -1;
  let j = i;
  while (j < to && isSpace(s.charCodeAt(j))) j++;
  const end = readMeridiem(s, j, to);
  clockHour = hour;
  clockMinute = minute;
  clockMeridiem = end < 0 ? 0 : meridiemFound;
  return end < 0 ? i : end;
}

let meridiemFound = 0;

/** Index after an "am", "a.m.", "a", "PM", "p. m." at i (its kind in meridiemFound: 1 am, 2 pm), or -1 for none. */
function readMeridiem(s: string, i: number, to: number): number {
  if (i >= to) return -1;
  const c = lower(s.charCodeAt(i));
  if (c !== 97 && c !== 112) return -1;
  let j = i + 1;
  if (j < to && s.charCodeAt(j) === 46) j++;
  while (j < to && isSpace(s.charCodeAt(j))) j++;
  if (j < to && lower(s.charCodeAt(j)) === 109) {
    j++;
    if (j < to && s.charCodeAt(j) === 46) j++;
  }
  // "a" or "p" must end the word: "10 apples" is no time.
  if (j < to && isLetter(s.charCodeAt(j))) return -1;
  meridiemFound = c === 97 ? 1 : 2;
  return j;
}

const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** Index after a range separator ("-", "–", "—", "to", "until") at i, or -1. */
function rangeDash(s: string, i: number, to: number): number {
  const c = s.charCodeAt(i);
  if (c === 45 || c === 8211 || c === 8212) return i + 1;
  const word = wordAt(s, i, to);
  return word === "to" || word === "until" || word === "till" ? i + word.length : -1;
}

/** The lower-case run of letters at i. */
function wordAt(s: string, i: number, to: number): string {
  let j = i;
  while (j < to && isLetter(s.charCodeAt(j))) j++;
  return s.slice(i, j).toLowerCase();
}

/** Past "at", "@", "~", "around", "about", "approx." and "ca." before a time. */
function skipLeadIn(s: string, i: number, to: number): number {
  const c = s.charCodeAt(i);
  if (c === 64 || c === 126) i++;
  else {
    const word = wordAt(s, i, to);
    if (word === "at" || word === "around" || word === "about" || word === "approx" || word === "ca") {
      i += word.length;
      if (i < to && s.charCodeAt(i) === 46) i++;
      // "at" must be a word of its own: "atm" is no lead-in (nothing is left to read).
      if (i < to && !isSpace(s.charCodeAt(i)) && !isDigit(s.charCodeAt(i))) return to;
    }
  }
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Before a trailing "?", "ish", "o'clock", "oclock" or "Uhr". */
function skipTail(s: string, from: number, to: number): number {
  while (to > from && s.charCodeAt(to - 1) === 63) to--;
  const tail = s.slice(Math.max(from, to - 7), to).toLowerCase();
  if (tail.endsWith("o'clock") || tail.endsWith("o’clock")) to -= 7;
  else if (tail.endsWith("oclock")) to -= 6;
  else if (tail.endsWith(" uhr") || /\duhr$/.test(tail)) to -= 3;
  else if (tail.endsWith("ish") && to - 3 > from && !isLetter(s.charCodeAt(to - 4))) to -= 3;
  while (to > from && (isSpace(s.charCodeAt(to - 1)) || s.charCodeAt(to - 1) === 45)) to--;
  return to;
}

/** Minutes of "noon", "midday" or "midnight" (lower case), else -1. */
function wordTime(word: string): number {
  if (word === "noon" || word === "midday") return 720;
  if (word === "midnight") return 0;
  return -1;
}

/** parseTimeRange over a whole string. Example: parseTimeText("14:30") === 870. */
export function parseTimeText(text: string): number {
  return parseTimeRange(text, 0, text.length);
}

/**
 * Minutes after midnight from a time-column cell: an Excel fraction (0.4375 = 10:30; a full date-time serial
 * keeps its time part), a whole hour 0..23, or text; -1 when there is no usable time.
 * Example: timeFromCell(0.4375) === 630; timeFromCell("2:30 pm") === 870; timeFromCell("later") === -1.
 */
export function timeFromCell(value: unknown): number {
  if (typeof value === "number") {
    if (!(value >= 0) || !Number.isFinite(value)) return -1;
    if (Number.isInteger(value)) return value <= 23 ? value * 60 : -1;
    const m = Math.round((value - Math.floor(value)) * 1440);
    return m >= 1440 ? 0 : m;
  }
  if (typeof value === "string") return parseTimeRange(value, 0, value.length);
  return -1;
}
