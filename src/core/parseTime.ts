const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160;
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Minutes after midnight of a time written in s[from, to): "14:30", "10:00 AM", "2:30 p.m.", "10am", "9.15",
 * "14:30:00", "noon", "midnight", or a bare hour "14"; -1 when it is not a time of day. Reads without copying.
 * Example: parseTimeRange("10:00 AM", 0, 8) === 600; parseTimeRange("25:00", 0, 5) === -1.
 */
export function parseTimeRange(s: string, from: number, to: number): number {
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  if (from >= to || to - from > 16) return -1;
  let i = from;
  let hour = 0;
  let digits = 0;
  while (i < to && isDigit(s.charCodeAt(i)) && digits < 3) {
    hour = hour * 10 + s.charCodeAt(i) - 48;
    i++;
    digits++;
  }
  if (digits === 0) return wordTime(s, from, to);
  if (digits > 2) return -1;
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
  }
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  const meridiem = readMeridiem(s, i, to);
  if (meridiem < 0) return -1;
  if (minute > 59) return -1;
  if (meridiem === 0) return hour <= 23 ? hour * 60 + minute : -1;
  if (hour < 1 || hour > 12) return -1;
  return ((hour % 12) + (meridiem === 2 ? 12 : 0)) * 60 + minute;
}

/** 0 = nothing follows, 1 = am, 2 = pm, -1 = something else follows. Accepts "am", "a.m.", "a", "PM", "p. m.". */
function readMeridiem(s: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = lower(s.charCodeAt(i));
  if (c !== 97 && c !== 112) return -1;
  let j = i + 1;
  if (j < to && s.charCodeAt(j) === 46) j++;
  while (j < to && isSpace(s.charCodeAt(j))) j++;
  if (j < to && lower(s.charCodeAt(j)) === 109) {
    j++;
    if (j < to && s.charCodeAt(j) === 46) j++;
  }
  return j === to ? (c === 97 ? 1 : 2) : -1;
}

function wordTime(s: string, from: number, to: number): number {
  const word = s.slice(from, to).toLowerCase();
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
