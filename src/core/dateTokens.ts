/**
 * A tiny tokenizer for date text. Tokens live in preallocated typed arrays that are reused on every call, so reading
 * a 100k-row sheet allocates nothing per date.
 */

export const NUM = 1;
export const WORD = 2;
export const SEP = 3;

/** Dates are short; longer text ("call after the conference in May…") is not a date. */
export const MAX_TOKENS = 16;

export const kind = new Uint8Array(MAX_TOKENS);
/** NUM: value; WORD: month 1..12, or 20 + weekday, or one of the W_* codes; SEP: the char code. */
export const value = new Int32Array(MAX_TOKENS);
/** NUM: number of digits. */
export const width = new Uint8Array(MAX_TOKENS);
/** Where each token starts in the text, so the time after a date can be read in place. */
export const start = new Int32Array(MAX_TOKENS);

export const WEEKDAY = 20;
export const W_AT = 40;
export const W_OF = 41;
export const W_ORDINAL = 42;
export const W_OTHER = 49;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Every accepted spelling, lower-case, to its code: full names, three-letter forms and the usual longer cuts. */
const WORDS = new Map<string, number>();
MONTHS.forEach((m, i) => {
  WORDS.set(m, i + 1);
  WORDS.set(m.slice(0, 3), i + 1);
});
WORDS.set("sept", 9);
WEEKDAYS.forEach((d, i) => {
  WORDS.set(d, WEEKDAY + i);
  WORDS.set(d.slice(0, 3), WEEKDAY + i);
});
for (const [w, i] of [
  ["tues", 1],
  ["weds", 2],
  ["thur", 3],
  ["thurs", 3],
] as const)
  WORDS.set(w, WEEKDAY + i);
WORDS.set("at", W_AT);
WORDS.set("of", W_OF);
for (const w of ["st", "nd", "rd", "th"]) WORDS.set(w, W_ORDINAL);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160 || c === 10 || c === 13;

/**
 * Splits s[from, to) into tokens; returns their count, or -1 for a character no date uses (emoji, "?", "#")
 * or too many tokens. Spaces separate tokens and are not tokens themselves.
 */
export function tokenize(s: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (n === MAX_TOKENS) return -1;
    start[n] = i;
    if (isDigit(c)) {
      let v = 0;
      let w = 0;
      while (i < to && isDigit(s.charCodeAt(i))) {
        if (w < 9) v = v * 10 + s.charCodeAt(i) - 48;
        w++;
        i++;
      }
      kind[n] = NUM;
      value[n] = v;
      width[n] = w > 255 ? 255 : w;
    } else if (isLetter(c)) {
      const b = i;
      while (i < to && isLetter(s.charCodeAt(i))) i++;
      kind[n] = WORD;
      value[n] = i - b > 9 ? W_OTHER : (WORDS.get(s.slice(b, i).toLowerCase()) ?? W_OTHER);
    } else if (c === 47 || c === 45 || c === 46 || c === 44 || c === 58 || c === 64) {
      // / - . , : @
      kind[n] = SEP;
      value[n] = c;
      i++;
    } else {
      return -1;
    }
    n++;
  }
  return n;
}
