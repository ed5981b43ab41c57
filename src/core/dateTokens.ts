/**
 * A tiny tokenizer for date text. Tokens live in preallocated typed arrays that are reused on every call, so reading
 * a 100k-row sheet allocates nothing per date.
 */

import { LANGUAGES } from "./languages/index";

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
/** "de", "del", "le", "der": the little words other languages put around a date ("30 de noviembre de 2026"). */
export const W_FILLER = 43;
export const W_OTHER = 49;

/**
 * Every accepted spelling, lower-case, to its code: month and weekday words of each language NextStep reads (see
 * languages/), English first. Weekday short forms stay English only ("mar" is March in English and Tuesday in Spanish),
 * and foreign short month forms are those that are neither English words nor names ("ago" and "Marco" are left out).
 */
const WORDS = new Map<string, number>();
for (const language of LANGUAGES) {
  language.months.forEach((names, i) => names.forEach((name) => WORDS.set(name, i + 1)));
  language.weekdays.forEach((names, i) => names.forEach((name) => WORDS.set(name, WEEKDAY + i)));
}
WORDS.set("at", W_AT);
WORDS.set("of", W_OF);
for (const w of ["st", "nd", "rd", "th"]) WORDS.set(w, W_ORDINAL);
for (const w of ["de", "del", "le", "der", "den"]) WORDS.set(w, W_FILLER);
WORDS.set("er", W_ORDINAL); // "1er décembre"
for (const w of ["à", "um"]) WORDS.set(w, W_AT); // "à 10h", "um 10 Uhr"

/** Monday = 0 … Sunday = 6 for a lower-case weekday name or short form ("monday", "fri", "thurs", "lundi"), else -1. */
export function weekdayOfWord(word: string): number {
  const code = WORDS.get(word);
  return code !== undefined && code >= WEEKDAY && code < WEEKDAY + 7 ? code - WEEKDAY : -1;
}

/** Longest spelling in WORDS: longer words are no date words, and are not looked up. */
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** ASCII, Latin-1 and Latin Extended-A letters ("é", "ä", "ç"; Polish "ź", "ś", "ń"), as month names use them. */
const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 192 && c <= 255 && c !== 215 && c !== 247) ||
  (c >= 256 && c <= 383);
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
      value[n] = i - b > LONGEST_WORD ? W_OTHER : (WORDS.get(s.slice(b, i).toLowerCase()) ?? W_OTHER);
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
