import { hhmmFromMinutes, ymdFromDay } from "../dayNumber";
import type { DateOrder } from "../types";
import { weekdayOfDay } from "./shortDate";

/** Languages the sentence is written in: Office's display language when it is one of them, else English. */
export type PromiseLanguage = "en" | "fr" | "de" | "es" | "it" | "pt" | "nl";

interface Words {
  weekdays: readonly string[];
  months: readonly string[];
  /** The whole sentence from its parts (weekday, day of month, month name, "HH:mm" or undefined). */
  sentence(w: string, d: number, m: string, time: string | undefined, order: DateOrder): string;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const LANGUAGES: Record<PromiseLanguage, Words> = {
  en: {
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    months: EN_MONTHS,
    sentence: (w, d, m, t, order) =>
      `I'll follow up with you on ${w}, ${order === "DMY" ? `${d} ${m}` : `${m} ${d}`}${t ? ` at ${t}` : ""}.`,
  },
  fr: {
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    months: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    sentence: (w, d, m, t) => `Je reviendrai vers vous le ${w} ${d === 1 ? "1er" : d} ${m}${t ? ` à ${t}` : ""}.`,
  },
  de: {
    weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    months: [
      "Januar",
      "Februar",
      "März",
      "April",
      "Mai",
      "Juni",
      "Juli",
      "August",
      "September",
      "Oktober",
      "November",
      "Dezember",
    ],
    sentence: (w, d, m, t) => `Ich melde mich am ${w}, ${d}. ${m}${t ? `, um ${t} Uhr` : ""} bei Ihnen.`,
  },
  es: {
    weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    months: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
    sentence: (w, d, m, t) => `Me pondré en contacto con usted el ${w} ${d} de ${m}${t ? ` a las ${t}` : ""}.`,
  },
  it: {
    weekdays: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    months: [
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre",
    ],
    sentence: (w, d, m, t) => `La ricontatterò ${w} ${d} ${m}${t ? ` alle ${t}` : ""}.`,
  },
  pt: {
    weekdays: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    months: [
      "janeiro",
      "fevereiro",
      "março",
      "abril",
      "maio",
      "junho",
      "julho",
      "agosto",
      "setembro",
      "outubro",
      "novembro",
      "dezembro",
    ],
    sentence: (w, d, m, t) => `Volto a falar consigo na ${w}, ${d} de ${m}${t ? `, às ${t}` : ""}.`,
  },
  nl: {
    weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    months: [
      "januari",
      "februari",
      "maart",
      "april",
      "mei",
      "juni",
      "juli",
      "augustus",
      "september",
      "oktober",
      "november",
      "december",
    ],
    sentence: (w, d, m, t) => `Ik neem op ${w} ${d} ${m}${t ? ` om ${t}` : ""} weer contact met u op.`,
  },
};

/**
 * The language of Office's display language tag ("fr-FR" → "fr"), English for any other.
 * Example: promiseLanguage("de-AT") === "de"; promiseLanguage("ja-JP") === "en".
 */
export function promiseLanguage(displayLanguage: string | undefined): PromiseLanguage {
  const base = (displayLanguage ?? "").slice(0, 2).toLowerCase();
  return base in LANGUAGES ? (base as PromiseLanguage) : "en";
}

/**
 * The sentence a rep pastes into an e-mail or voicemail script to say when they will follow up, in the rep's date
 * order (English) or language. minutes < 0 leaves the time out. Weekend days get Saturday and Sunday names like any
 * other: the rep chose the day.
 * Example: promiseSentence(day of 2026-12-08, 600, { order: "MDY" }) === "I'll follow up with you on Tuesday, December 8 at 10:00."
 */
export function promiseSentence(
  day: number,
  minutes: number,
  options: { order: DateOrder; language?: PromiseLanguage },
): string {
  const words = LANGUAGES[options.language ?? "en"];
  const [, month, dayOfMonth] = ymdFromDay(day);
  const weekday = words.weekdays[weekdayOfDay(day)];
  const time = minutes >= 0 && minutes < 1440 ? hhmmFromMinutes(minutes) : undefined;
  return words.sentence(weekday, dayOfMonth, words.months[month - 1], time, options.order);
}
