import { daysInMonth, dayFromYmd, ymdFromDay } from "./dayNumber";
import { weekdayOfWord } from "./dateTokens";
import { normalizeWords } from "./normalizeWords";
import { parseTimeText } from "./parseTime";

/** Monday = 0 … Sunday = 6 of a day number (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The first day after today that is the given weekday. */
const nextWeekday = (today: number, weekday: number): number => today + 1 + ((weekday - weekdayOf(today) + 6) % 7);

// A Map, not an object: a cell saying "in constructor days" must not find Object.prototype's.
const COUNTS = new Map<string, number>([
  ["a", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
]);

/**
 * "Today", "tomorrow" and "the day after" in the languages whose dates NextStep reads (French, German, Spanish,
 * Italian, Portuguese, Dutch, Japanese, Chinese, Korean), as normalizeWords leaves them ("aujourd'hui" and "après-demain" are two words once normalised).
 */
const TODAY_WORDS = new Set(["heute", "hoy", "oggi", "hoje", "vandaag", "今日", "本日", "今天", "오늘"]);
const TOMORROW_WORDS = new Set([
  "demain",
  "morgen",
  "mañana",
  "manana",
  "domani",
  "amanhã",
  "amanha",
  "明日",
  "明天",
  "내일",
]);
const DAY_AFTER_WORDS = new Set([
  ...["übermorgen", "ubermorgen", "overmorgen", "dopodomani", "après", "apres", "明後日", "あさって", "后天", "모레"],
]);

/**
 * The first words of every relative phrase relativeDay reads (weekday names are checked apart): promise reading asks
 * this before trying a phrase, so the two never disagree about a language.
 */
export const RELATIVE_STARTS: ReadonlySet<string> = new Set([
  ...["today", "tonight", "tomorrow", "tmrw", "tmr", "tomorow", "eow", "eom", "next", "this", "coming", "day", "end"],
  ...["in", "aujourd"],
  ...TODAY_WORDS,
  ...TOMORROW_WORDS,
  ...DAY_AFTER_WORDS,
]);

/** How many words the last relative phrase took; module state so dayOfWords can return a plain number. */
let used = 0;

/** The day meant by the first words (their count in `used`); NaN when they are not a relative day. */
function dayOfWords(words: string[], today: number): number {
  const [first, second, third] = words;
  used = 1;
  if (first === "today" || first === "tonight") return today;
  if (first === "tomorrow" || first === "tmrw" || first === "tmr" || first === "tomorow") return today + 1;
  if (TODAY_WORDS.has(first)) return today;
  if (first === "aujourd" && second === "hui") {
    used = 2;
    return today;
  }
  if (TOMORROW_WORDS.has(first)) return today + 1;
  if (DAY_AFTER_WORDS.has(first)) {
    if (first !== "après" && first !== "apres") return today + 2;
    if (second === "demain") {
      used = 2;
      return today + 2;
    }
    return NaN;
  }
  const weekday = weekdayOfWord(first);
  if (weekday >= 0) return nextWeekday(today, weekday);
  if (first === "eow") return weekdayOf(today) === 4 ? today : nextWeekday(today, 4);
  if (first === "eom") return lastOfMonth(today);
  used = 2;
  const named = second === undefined ? -1 : weekdayOfWord(second);
  if ((first === "next" || first === "this" || first === "coming") && named >= 0) return nextWeekday(today, named);
  if (first === "next" && second === "week") return nextWeekday(today, 0);
  if (first === "next" && second === "month") {
    const [y, m] = ymdFromDay(today);
    return m === 12 ? dayFromYmd(y + 1, 1, 1) : dayFromYmd(y, m + 1, 1);
  }
  used = 3;
  if (first === "day" && second === "after" && third === "tomorrow") return today + 2;
  if (first === "end" && second === "of" && third === "week")
    return weekdayOf(today) === 4 ? today : nextWeekday(today, 4);
  if (first === "end" && second === "of" && third === "month") return lastOfMonth(today);
  if (first === "in" && second !== undefined && third !== undefined) {
    const n = /^\d{1,3}$/.test(second) ? Number(second) : COUNTS.get(second);
    if (n === undefined) return NaN;
    if (third === "day" || third === "days") return today + n;
    if (third === "week" || third === "weeks") return today + 7 * n;
  }
  return NaN;
}

function lastOfMonth(today: number): number {
  const [y, m] = ymdFromDay(today);
  return dayFromYmd(y, m, daysInMonth(y, m));
}

/** What may follow a relative day besides a time: "tomorrow morning", "Monday EOD". */
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night", "am", "pm", "eod", "cob", "end of day"]);

/** What follows the first n words of the text (letters and digits of any script make a word, as normalizeWords has it). */
function afterWords(text: string, n: number): string {
  const words = new RegExp(`^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]*){${n}}`, "u");
  return text.replace(words, "");
}

/**
 * The day a relative date most likely means if it was typed today: "tomorrow", "Monday", "next Fri 10am", "EOW",
 * "end of month", "in 2 weeks", alone or followed by a time; NaN for anything else ("Friday 13th", "today we spoke").
 * Such words change meaning as days pass, so the core never takes them as the date: this only makes the message's
 * suggestion concrete.
 * Example: relativeDay("Monday", day of Wed 2026-11-25) → day of 2026-11-30.
 */
export function relativeDay(text: string, todayDay: number): number {
  if (text.length > 40) return NaN;
  const day = dayOfWords(normalizeWords(text).split(" "), todayDay);
  if (Number.isNaN(day)) return NaN;
  const rest = afterWords(text, used).trim();
  return rest === "" || parseTimeText(rest) >= 0 || DAY_PARTS.has(normalizeWords(rest)) ? day : NaN;
}
