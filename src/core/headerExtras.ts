/**
 * What a header row says beyond one column per role: more status-like columns (a sheet with both "Status" and
 * "Stage"), opt-out columns ("Do Not Call", "Email Opt Out"), history dates ("Create Date", "Last Activity Date") and
 * the languages its names are written in.
 */
import { cellText } from "./cellText";
import { fillCjkLater } from "./cjkWords";
import { LANGUAGES } from "./languages/index";
import { matchHeader } from "./matchHeader";
import { foldedHeader, headerForm } from "./normalizeHeader";
import { ACTIVE_HEADERS, NEGATIVE_WORDS, OPT_OUT_HEADERS } from "./roleSynonyms";
import { ALL_ROLES } from "./types";

const OPT_OUT_FORMS: string[] = [];
const ACTIVE_FORMS = new Set<string>();

/**
 * A header that is only an active flag ("Active", "Active?", "Is active", "Aktiv"): its no/false closes the row. The
 * whole header must be the flag ("Active since", "Last active" are something else).
 */
export function isActiveFlagHeader(text: string): boolean {
  return ACTIVE_FORMS.has(withCjkEntries(foldedHeader(text)).join(" "));
}
const HISTORY_FORMS = new Set<string>();

/** Header forms that only a language other than English uses, to the codes of those languages. */
const FOREIGN_FORMS = new Map<string, string[]>();
const ENGLISH_FORMS = new Set(ALL_ROLES.flatMap((role) => (LANGUAGES[0].roles[role] ?? []).map(headerForm)));

/** Single closed words of every language ("won", "lost", "gagné", "verloren"), in header form. */
const VERDICT_WORDS = new Set<string>();

/**
 * Fills this file's tables with the entries `picks` accepts, in table order. The Japanese and Chinese ones
 * (writtenInCjk) come with the first header whose words hold Han or kana: only such a header can match one, and
 * cutting them into dictionary words is most of what building these tables costs.
 */
function addEntries(picks: (text: string) => boolean): void {
  const forms = (list: readonly string[]): string[] =>
    list.filter(picks).flatMap((text) => {
      const form = headerForm(text);
      return form === "" ? [] : [form];
    });
  OPT_OUT_FORMS.push(...forms(OPT_OUT_HEADERS));
  for (const form of forms(ACTIVE_HEADERS)) ACTIVE_FORMS.add(form);
  for (const word of NEGATIVE_WORDS) if (picks(word)) HISTORY_FORMS.add(headerForm(word));
  for (const language of LANGUAGES.slice(1)) {
    for (const role of ALL_ROLES) {
      for (const form of forms(language.roles[role] ?? [])) {
        if (ENGLISH_FORMS.has(form)) continue;
        FOREIGN_FORMS.set(form, [...(FOREIGN_FORMS.get(form) ?? []), language.code]);
      }
    }
  }
  for (const form of forms(LANGUAGES.flatMap((language) => language.closed)))
    if (!form.includes(" ")) VERDICT_WORDS.add(form);
}

/** A header's words, once the tables hold the Japanese and Chinese entries they may need. */
const withCjkEntries = fillCjkLater(addEntries);

/**
 * A header made only of verdict words ("Won/Lost", "Gewonnen / Verloren"): the column says how a deal ended, so a
 * closed word in it closes the row, as in a second status column.
 */
export function isVerdictHeader(text: string): boolean {
  const words = withCjkEntries(foldedHeader(text));
  return words.length > 0 && words.every((word) => VERDICT_WORDS.has(word));
}

/**
 * Words that make a status column about the record rather than the deal: Salesforce's CleanStatus (Data.com: Matched,
 * Inactive, NotFound…), an e-mail's or a sync's status. Their "Inactive" or "Cancelled" says nothing of the prospect.
 */
const RECORD_STATUS_WORDS = new Set(["clean", "sync", "email", "e mail", "import", "verification", "enrichment"]);

/** A status-like header about the record, not the deal ("CleanStatus", "Email Status", "Sync status"). */
export function isRecordStatusHeader(text: string): boolean {
  const words = foldedHeader(text);
  return words.some((word) => RECORD_STATUS_WORDS.has(word));
}

/** True when the words hold the phrase as whole words. */
function holdsPhrase(form: string, phrase: string): boolean {
  return (" " + form + " ").includes(" " + phrase + " ");
}

/** A header naming an opt-out: its yes/true closes the row, and it is never a contact or email column. */
export function isOptOutHeader(text: string): boolean {
  let known = OPT_OUT_OF.get(text);
  if (known === undefined) {
    const form = withCjkEntries(foldedHeader(text)).join(" ");
    known = form !== "" && OPT_OUT_FORMS.some((phrase) => holdsPhrase(form, phrase));
    if (OPT_OUT_OF.size >= 4096) OPT_OUT_OF.clear();
    OPT_OUT_OF.set(text, known);
  }
  return known;
}
const OPT_OUT_OF = new Map<string, boolean>();

/** A header with a history word ("Created", "Last contacted", "Fecha de alta"). */
export function hasHistoryWord(text: string): boolean {
  return withCjkEntries(foldedHeader(text)).some((word) => HISTORY_FORMS.has(word));
}

/** A header that would name the date but for its history word: "Create Date", "Last Activity Date", "Close date". */
export function isHistoryDateHeader(text: string): boolean {
  if (!hasHistoryWord(text)) return false;
  const withoutHistory = foldedHeader(text)
    .filter((word) => !HISTORY_FORMS.has(word))
    .join(" ");
  return withoutHistory !== "" && matchHeader(withoutHistory).some((m) => m.role === "date" || m.role === "time");
}

const OBJECT_LABEL = /\s[-–—]\s/;
/** "Negócio - Data da próxima atividade" is 35 characters; a longer cell is a sentence, not an object's field. */
const MAX_OBJECT_LABEL = 120;

/** Codes of the languages other than English that the header row's names are written in. */
export function headerLanguages(row: readonly unknown[], width: number): string[] {
  const found = new Set<string>();
  for (let col = 0; col < width; col++) {
    if (typeof row[col] !== "string") continue;
    const text = cellText(row[col]);
    // Exports name a field by its object and label ("Negócio - Etapa", "Pessoa - Telefone"): each part may tell.
    for (const code of FOREIGN_FORMS.get(withCjkEntries(foldedHeader(text)).join(" ")) ?? []) found.add(code);
    if (text.length > MAX_OBJECT_LABEL || !OBJECT_LABEL.test(text)) continue;
    for (const part of text.split(OBJECT_LABEL)) {
      for (const code of FOREIGN_FORMS.get(withCjkEntries(foldedHeader(part)).join(" ")) ?? []) found.add(code);
    }
  }
  return [...found];
}
