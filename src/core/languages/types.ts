import type { Role } from "../types";

/**
 * Everything NextStep knows about one language a rep writes a prospect sheet in: the words of its dates (for the date
 * tokenizer), the header words that name each role, the words that make a date column a history date, the statuses
 * that close a row and the header words of an opt-out column. One table per language, so adding a language is one
 * file; everything is lower-case and written as a rep types it (accents and hyphens included: the readers normalise).
 */
export interface LanguageTable {
  /** ISO 639-1 code: "en", "fr", … */
  code: string;
  /** Spellings of each month, January first (12 lists). */
  months: readonly (readonly string[])[];
  /** Spellings of each weekday, Monday first (7 lists). */
  weekdays: readonly (readonly string[])[];
  /** Header words naming each role. */
  roles: Partial<Record<Role, readonly string[]>>;
  /** Words that make a date header a history date ("created", "last", "close"): never the follow-up date. */
  history: readonly string[];
  /** Statuses that end a prospect's pipeline, matched as whole words at the start of a status. */
  closed: readonly string[];
  /** Words that, before a closed word, cancel it ("not closed yet", "nicht verloren"). */
  negations: readonly string[];
  /** Header words of a column whose yes/true closes the row (opt-out, do not contact). */
  optOut: readonly string[];
  /** Cell values that mean yes in an opt-out column. */
  yes: readonly string[];
  /** Header words of a column whose no/false closes the row ("Active", "Aktiv"): matched as the whole header. */
  active: readonly string[];
  /** Cell values that mean no in such a column. */
  no: readonly string[];
  /** Labels of rows that sum the list ("Total", "Summe"), never prospects. */
  totals: readonly string[];
  /**
   * Words written without spaces that must stay whole when a header or status is cut into words (Japanese, Chinese):
   * "受注見込み" is an open status, not the closed word "受注" followed by more.
   */
  compounds?: readonly string[];
}
