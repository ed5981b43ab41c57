import { hhmmFromMinutes, isoFromDay } from "../dayNumber";
import { kind as tokenKind, tokenize, value as tokenValue, weekdayOfWord, WEEKDAY, WORD } from "../dateTokens";
import { normalizeWords } from "../normalizeWords";
import { parseDateText, readToday } from "../parseDate";
import { parseTimeText } from "../parseTime";
import { RELATIVE_STARTS, relativeDay } from "../relativeDay";
import type { DateOrder } from "../types";

/** The date and time a next-step text promises ("Call Monday 10am" → next Monday, 10:00). */
export interface PromisedTime {
  /** Day number of the promised day; absent when the text names only a time ("Call at 3pm"). */
  day?: number;
  /** "YYYY-MM-DD" of day. */
  date?: string;
  /** How the day was named: a calendar date ("12/9", "9 déc."), a weekday ("Friday", "lundi") or words that count from today ("tomorrow", "in 2 weeks"). */
  dayKind?: "date" | "weekday" | "relative";
  /** The words that named the day, as typed ("Fri", "12/9", "next Monday"). */
  dayText?: string;
  /** Minutes after midnight, or -1 when the text promises no time. */
  minutes: number;
  /** "HH:mm" when minutes >= 0. */
  time?: string;
  /** The words that named the time, as typed ("10am", "14h", "2:30 pm"). */
  timeText?: string;
}

export interface PromiseOptions {
  /** "YYYY-MM-DD": relative words ("Monday", "demain") are resolved against it. */
  today: string;
  /** How numeric dates are read, as for date cells; default "MDY". */
  dateOrder?: DateOrder;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Next steps longer than this are notes, not promises: not read (keeps the scan cheap on a 1,000-character cell). */
const MAX_TEXT = 300;
/** The longest date phrase tried: "Wednesday, November 25, 2026 at 10:30 a.m." is 7 words. */
const MAX_DATE_WORDS = 8;
/** Words that lead into a time in the supported languages ("at 10", "à 14h", "um 10 Uhr", "a las 10", "alle 10", "às 10", "om 10"). */
const TIME_LEADS = new Set([
  "at",
  "@",
  "à",
  "a",
  "um",
  "gegen",
  "las",
  "alle",
  "às",
  "as",
  "om",
  "vers",
  "around",
  "about",
  "by",
]);
/**
 * Short weekday forms that are also ordinary words ("Sat down with…", "sun", "wed", "rappeler mon client"): they
 * count only when capitalised as a day is, and not as a sentence's first word.
 */
const AMBIGUOUS_SHORT = new Set(["sat", "sun", "wed", "mon"]);

const TRAILING_PUNCT = /[,;:!?.)\]]+$/u;
const LEADING_PUNCT = /^[([]+/u;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let word = m[0];
    const lead = LEADING_PUNCT.exec(word);
    if (lead) {
      start += lead[0].length;
      word = word.slice(lead[0].length);
    }
    word = word.replace(TRAILING_PUNCT, "");
    if (word) words.push({ text: word, start, end: start + word.length });
  }
  return words;
}

/** A month or weekday name (any supported language) or a number: what a calendar date can start with. */
function couldStartDate(word: string): boolean {
  if (hasDigit(word)) return true;
  if (tokenize(word, 0, word.length) !== 1 || tokenKind[0] !== WORD) return false;
  return tokenValue[0] >= 1 && tokenValue[0] < WEEKDAY + 7;
}

/** What a relative phrase can start with: its words, or a weekday name. */
function couldStartRelative(word: string): boolean {
  const lower = word.toLowerCase();
  const first = lower.split(/['’-]/u)[0];
  return RELATIVE_STARTS.has(first) || weekdayOfWord(first) >= 0;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A word that can hold a time: it has a digit, or it is noon / midday / midnight. */
const couldBeTime = (word: string): boolean => hasDigit(word) || /^(noon|midday|midnight)$/iu.test(word);

const slice = (text: string, words: Word[], i: number, j: number): string =>
  text.slice(words[i].start, words[j - 1].end);

/** A lone ambiguous short weekday ("sat") must be written as a day ("Call Sat") to count. */
function plausibleAlone(words: Word[], i: number): boolean {
  const word = words[i].text;
  const lower = word.toLowerCase();
  if (!AMBIGUOUS_SHORT.has(lower)) return true;
  return i > 0 && word[0] !== lower[0];
}

/** A time word or two at words[k]: "10am", "2:30 pm", "14h", "10 Uhr"; bare numbers only after a lead-in ("at 2"). */
function timeAt(text: string, words: Word[], k: number, led: boolean): { minutes: number; end: number } | undefined {
  for (const take of [2, 1]) {
    if (k + take > words.length) continue;
    const phrase = slice(text, words, k, k + take);
    const minutes = parseTimeText(phrase);
    if (minutes < 0) continue;
    const marked = /[:h.]|[ap]\.?m\.?$|uhr$|noon|midnight|midday/iu.test(phrase) || /[ap]m?$/iu.test(words[k].text);
    if (!marked && !led) continue;
    // "2 pm" is a time, "2 proposals" is not: a two-word reading must need its second word.
    if (take === 2 && parseTimeText(words[k].text) === minutes && !/^[ap]\.?m\.?$|^uhr$/iu.test(words[k + 1].text))
      continue;
    return { minutes, end: k + take };
  }
  return undefined;
}

/** The first time in words[from, to) (after an optional lead-in word), or undefined. */
function scanTime(
  text: string,
  words: Word[],
  from: number,
  to: number,
): { minutes: number; text: string } | undefined {
  for (let k = from; k < to; k++) {
    // Every time has a digit, or is noon / midday / midnight.
    if (!couldBeTime(words[k].text)) continue;
    if (TIME_LEADS.has(words[k].text.toLowerCase())) continue;
    const led = k > 0 && TIME_LEADS.has(words[k - 1].text.toLowerCase());
    const found = timeAt(text, words, k, led);
    if (found && found.end <= to) return { minutes: found.minutes, text: slice(text, words, k, found.end) };
  }
  return undefined;
}

function isWeekdayPhrase(phrase: string): boolean {
  return normalizeWords(phrase)
    .split(" ")
    .some((w) => weekdayOfWord(w) >= 0);
}

/**
 * Reads the day and time a next step promises: "Call Monday 10am", "send proposal by Fri", "demo 12/9 at 2pm",
 * "rappeler lundi 14h", "Termin morgen um 10 Uhr". Dates are read as date cells are (options.dateOrder, month and
 * weekday names in English, French, German, Spanish, Italian, Portuguese and Dutch); words that count from a day
 * ("tomorrow", "next week", "demain") count from options.today. Undefined when the text promises neither a day nor a
 * time.
 * Example: readPromise("Call Monday 10am", { today: "2026-12-02" }) → { date: "2026-12-07", time: "10:00", … }.
 */
export function readPromise(text: string, options: PromiseOptions): PromisedTime | undefined {
  if (typeof text !== "string" || text.length > MAX_TEXT) return undefined;
  // Sheets repeat a few steps over many rows, and the pane re-reads them on every change: remember answers.
  const id = `${options.today}|${options.dateOrder ?? "MDY"}|${text}`;
  if (CACHE.has(id)) {
    const hit = CACHE.get(id);
    return hit ? { ...hit } : undefined;
  }
  const found = readUncached(text, options);
  if (CACHE.size >= MAX_CACHE) CACHE.clear();
  CACHE.set(id, found ? { ...found } : undefined);
  return found;
}

const CACHE = new Map<string, PromisedTime | undefined>();
const MAX_CACHE = 50_000;

function readUncached(text: string, options: PromiseOptions): PromisedTime | undefined {
  const today = readToday(options.today);
  const order = options.dateOrder ?? "MDY";
  const words = wordsOf(text);
  // Most texts name no day or time at all: one look at each word settles them.
  if (
    !words.some(
      (w) => /\d|^(noon|midday|midnight)$/iu.test(w.text) || couldStartRelative(w.text) || couldStartDate(w.text),
    )
  )
    return undefined;
  for (let i = 0; i < words.length; i++) {
    // Most words start nothing: only a number or a month or weekday name is tried as a date's first word.
    const dateStart = couldStartDate(words[i].text);
    // A calendar date, longest phrase first so its time comes with it ("12/9 at 2pm").
    for (let j = dateStart ? Math.min(words.length, i + MAX_DATE_WORDS) : i; j > i; j--) {
      const phrase = slice(text, words, i, j);
      if (!/\d/u.test(phrase)) continue;
      const parsed = parseDateText(phrase, order, options.today);
      if (!parsed) continue;
      const promise: PromisedTime = {
        day: parsed.day,
        date: parsed.date,
        dayKind: "date",
        dayText: phrase,
        minutes: -1,
      };
      if (parsed.minutes >= 0) {
        // The date's own words end where its time starts; the phrase as a whole is both.
        const time = scanTime(text, words, i, j);
        promise.dayText = time
          ? text.slice(words[i].start, text.lastIndexOf(time.text, words[j - 1].end)).trim()
          : phrase;
        promise.dayText = promise.dayText.replace(/\s+(at|à|@|um)$/iu, "").replace(/,$/u, "") || phrase;
        return withTime(promise, parsed.minutes, time?.text ?? phrase);
      }
      return withFoundTime(promise, scanTime(text, words, j, words.length) ?? scanTime(text, words, 0, i));
    }
    // Words that name a day from today: shortest phrase first ("Monday", then its time).
    const relativeStart = couldStartRelative(words[i].text);
    for (let j = i + 1; relativeStart && j <= Math.min(words.length, i + 3); j++) {
      const phrase = slice(text, words, i, j);
      if (j === i + 1 && !plausibleAlone(words, i)) break;
      const day = relativeDay(phrase, today.day);
      if (Number.isNaN(day)) continue;
      const promise: PromisedTime = {
        day,
        date: isoFromDay(day),
        dayKind: isWeekdayPhrase(phrase) ? "weekday" : "relative",
        dayText: phrase,
        minutes: -1,
      };
      return withFoundTime(promise, scanTime(text, words, j, words.length) ?? scanTime(text, words, 0, i));
    }
  }
  const time = scanTime(text, words, 0, words.length);
  return time ? withTime({ minutes: -1 }, time.minutes, time.text) : undefined;
}

function withTime(promise: PromisedTime, minutes: number, timeText: string): PromisedTime {
  promise.minutes = minutes;
  promise.time = hhmmFromMinutes(minutes);
  promise.timeText = timeText;
  return promise;
}

function withFoundTime(promise: PromisedTime, time: { minutes: number; text: string } | undefined): PromisedTime {
  return time ? withTime(promise, time.minutes, time.text) : promise;
}
