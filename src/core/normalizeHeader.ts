import { hasCjk } from "./cjkWords";
import { normalizeWords } from "./normalizeWords";

/** Headers longer than this many words are sentences (titles, instructions), not column names. */
const MAX_HEADER_WORDS = 8;

/** Dynamics 365 exports start with hidden bookkeeping columns named "(Do Not Modify) …": never a role. */
const BOOKKEEPING = /^\s*\(do not modify\)/i;

/**
 * The text without "(…)", "[…]" and full-width "（…）" hints, in one pass: each opening bracket jumps to its closing one, and an opening
 * bracket that is never closed ends the stripping (no later one can be closed either), so 1,000 "(" cost 1,000 steps,
 * not a million.
 */
export function stripHints(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 40 && c !== 91 && c !== 0xff08) continue;
    const close = text.indexOf(c === 40 ? ")" : c === 91 ? "]" : "）", i + 1);
    if (close < 0) break;
    out += text.slice(from, i) + " ";
    from = close + 1;
    i = close;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Salesforce API names of custom fields end in "__c" ("Next_Step_Date__c"), of person-account and relationship fields
 * in "__pc" and "__r": the suffix says how the field is stored, not what it holds.
 */
const SALESFORCE_SUFFIX = /__(?:c|pc|r)\s*$/i;

/**
 * "AccountName" → "Account Name", "hasOptedOutOfEmail" → "has Opted Out Of Email": CRM field names as words; and a
 * number after a name stands apart ("SalesMgr1", "Mobile2", "Email2": exports number their repeated columns).
 */
const splitCamel = (text: string): string =>
  ASCII_LOWER_WORDS.test(text)
    ? text
    : text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/(\p{L})(\p{N})/gu, "$1 $2");

/** Lower-case ASCII words without digits: nothing to split, nothing to fold (most synonyms and many headers). */
const ASCII_LOWER_WORDS = /^[a-z\s.,:;'"&/_()-]*$/;

/**
 * Accents dropped ("Próximo paso" → "Proximo paso"), so a header typed without them matches too. Japanese kana keep
 * their voicing marks: "プ" is not "フ".
 */
const foldAccents = (text: string): string =>
  isAscii(text) || hasCjk(text) ? text : text.normalize("NFD").replace(/\p{M}+/gu, "");

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The words of a header cell, lower-case, without punctuation, emoji or parenthetical hints, camelCase split.
 * Example: normalizeHeader("Follow-up Date (MM/DD) 📅") → ["follow", "up", "date"]; normalizeHeader("F/U") → ["f", "u"];
 * normalizeHeader("NextStep") → ["next", "step"]; normalizeHeader("Fecha de creación") → ["fecha", "de", "creación"].
 * The list returned is shared between calls with the same text: do not change it.
 */
export function normalizeHeader(text: string): string[] {
  const known = WORDS_OF.get(text);
  if (known !== undefined) return known;
  const words = wordsOf(text);
  // A sheet is analysed again on every edit, with the same header: its words are remembered (within reason).
  if (WORDS_OF.size >= REMEMBERED) WORDS_OF.clear();
  WORDS_OF.set(text, words);
  return words;
}

/** Header texts whose words are remembered at most; the table starts over beyond it. */
const REMEMBERED = 4096;
const WORDS_OF = new Map<string, string[]>();

function wordsOf(text: string): string[] {
  if (BOOKKEEPING.test(text)) return [];
  // "(MM/DD)", "[optional]" are hints for the rep, not part of the name; keep them only if nothing else is left.
  const stripped = stripHints(text).replace(SALESFORCE_SUFFIX, "");
  const words = normalizeWords(splitCamel(stripped.trim() ? stripped : text));
  if (!words) return [];
  const list = words.split(" ");
  return list.length > MAX_HEADER_WORDS ? [] : list;
}

/**
 * The header's words without accents, as role matching compares them, so a header typed without accents matches
 * too: "Próximo paso" → ["proximo", "paso"]. Shared between calls with the same text: do not change it.
 */
export function foldedHeader(text: string): string[] {
  const known = FOLDED_OF.get(text);
  if (known !== undefined) return known;
  const words = normalizeHeader(text).map((w) => {
    const folded = foldAccents(w);
    return folded === "" ? w : folded;
  });
  if (FOLDED_OF.size >= REMEMBERED) FOLDED_OF.clear();
  FOLDED_OF.set(text, words);
  return words;
}
const FOLDED_OF = new Map<string, string[]>();

/** A synonym or word list entry in the form matching compares: "Próximo paso" → "proximo paso". */
export const headerForm = (text: string): string => (isPlainWords(text) ? text : foldedHeader(text).join(" "));

/**
 * Lower-case a-z words, single-spaced, at most MAX_HEADER_WORDS: already in header form (nothing to strip, split, fold
 * or cut). Most table entries are, and the tables are put in header form as the pane starts: they skip the general
 * path and its caches.
 */
function isPlainWords(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  let words = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c !== 32 || i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32) return false;
    words++;
  }
  return words <= MAX_HEADER_WORDS;
}
