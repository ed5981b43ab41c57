/**
 * The languages NextStep reads, English first. The date tokenizer takes its month and weekday words from here, header
 * matching its role words, history words and opt-out words, the closed-status matcher its closed words and negations.
 */
import { DE } from "./de";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import { IT } from "./it";
import { JA } from "./ja";
import { KO } from "./ko";
import { NL } from "./nl";
import { PL } from "./pl";
import { PT } from "./pt";
import { SV } from "./sv";
import { ZH } from "./zh";
import type { LanguageTable } from "./types";

export type { LanguageTable } from "./types";

export const LANGUAGES: readonly LanguageTable[] = [EN, FR, DE, ES, IT, PT, NL, PL, SV, JA, ZH, KO];

/** Every language's words of one kind, in language order, without repeats. */
export function allWords(pick: (table: LanguageTable) => readonly string[]): string[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}
