import { fillCjkLater } from "./cjkWords";
import { foldedHeader, headerForm, stripHints } from "./normalizeHeader";
import {
  DEAL_NAMES,
  DIRECT_PHONE_WORDS,
  EXACT_ONLY,
  FAX_WORDS,
  GENERIC_DATES,
  FOREIGN_FIRST,
  FOREIGN_HEADS,
  NEGATIVE_WORDS,
  OUR_SIDE_WORDS,
  ROLE_SYNONYMS,
  SUFFIX_ONLY,
  SWITCHBOARD_PHONE_WORDS,
} from "./roleSynonyms";
import { ALL_ROLES, type Role } from "./types";

/** How well a header names a role: exact synonym, synonym as the last words (the head noun), or inside. */
const EXACT = 3;
const SUFFIX = 2;
const INSIDE = 1;

export interface HeaderMatch {
  role: Role;
  /** Higher is better: quality first, then the length of the synonym (more specific wins). */
  score: number;
}

interface Synonym {
  role: Role;
  compact: string;
  level: typeof EXACT | typeof SUFFIX | typeof INSIDE;
  singleWord: boolean;
  /** Taken off the score: deal names lose to the account or company column. */
  penalty: number;
  /** "Date" alone or as the head of a header ("Invoice date"): loses to any column that names the follow-up. */
  genericDate: boolean;
}

/** Enough to put an exact deal name below any exact or suffix organisation name, yet still a strong match. */
const DEAL_PENALTY = 600;
/**
 * Puts "Date" and "<anything> date" below any header that names the follow-up ("Follow-up Deadline", "Due"); among
 * themselves they keep their order (a bare "Date" still beats "Invoice date").
 */
const GENERIC_DATE_PENALTY = 1500;

const compact = (s: string): string => s.split(" ").join("");

function synonym(role: Role, text: string): Synonym {
  const form = headerForm(text);
  return {
    role,
    compact: compact(form),
    level: EXACT_ONLY.has(text) ? EXACT : SUFFIX_ONLY.has(text) ? SUFFIX : INSIDE,
    singleWord: !form.includes(" "),
    penalty: role === "prospect" && DEAL_NAMES.has(text) ? DEAL_PENALTY : 0,
    genericDate: role === "date" && GENERIC_DATES.has(text),
  };
}

/** Synonyms by their compact form, so a header looks up its word ranges instead of trying every synonym. */
const BY_COMPACT = new Map<string, Synonym[]>();
/** Single words that, as a header's last word, say which role the header is about ("Contact date" is a date). */
const HEAD_OWNER = new Map<string, Role>();
/** Negative words in header form (accents folded), as normalizeHeader gives a header's words. */
const NEGATIVE = new Set<string>();

/**
 * Adds the synonyms and negative words `picks` accepts, in table order. The Japanese and Chinese ones come later
 * (writtenInCjk): their compact forms and words hold Han or kana, the others' never do, so no lookup of a header
 * without Han or kana can tell the difference.
 */
function addWords(picks: (text: string) => boolean): void {
  for (const role of ALL_ROLES) {
    for (const text of ROLE_SYNONYMS[role]) {
      if (!picks(text)) continue;
      const syn = synonym(role, text);
      const same = BY_COMPACT.get(syn.compact);
      if (same) same.push(syn);
      else BY_COMPACT.set(syn.compact, [syn]);
      if (syn.level !== EXACT && syn.singleWord) HEAD_OWNER.set(syn.compact, syn.role);
    }
  }
  for (const word of NEGATIVE_WORDS) if (picks(word)) NEGATIVE.add(headerForm(word));
}
/** Before the words of a header are matched: the Japanese and Chinese synonyms, once such words come. */
const withCjkWords = fillCjkLater(addWords);

/**
 * Every role a header cell could name, best first. The list is shared between calls with the same text: do not change it.
 * Example: matchHeader("Next Step Date") → [{ role: "date", … }] (not nextStep: its last word says it is a date).
 */
export function matchHeader(text: string): HeaderMatch[] {
  const known = MATCHES_OF.get(text);
  if (known !== undefined) return known;
  const matches = withPhonePreference(text, withJoinedRoles(text, headFirstMatches(foldedHeader(text))));
  if (MATCHES_OF.size >= 4096) MATCHES_OF.clear();
  MATCHES_OF.set(text, matches);
  return matches;
}

/**
 * A header naming someone on our side ("Owner", "Owner Email", "Sales Rep Phone"): its values are never the prospect's
 * email or phone, even when they are addresses (exports often fill "Owner" with the owner's login).
 */
export function namesOurSide(text: string): boolean {
  return foldedHeader(text).some((w) => OUR_SIDE_WORDS.has(w));
}

/** Prepositions after the head noun in Romance headers: "Telefone de Contato", "Fecha del próximo contacto". */
const HEAD_FIRST_LINKS = new Set(["de", "da", "do", "das", "dos", "del", "della", "delle", "dello", "di", "du", "des"]);

/**
 * Romance languages put the head noun first: "Telefone de Contato" is a phone, "CNPJ da Empresa" a tax number. Unless
 * the whole header is a synonym, such a header is read in English order ("Contato Telefone"), so its head decides.
 */
function headFirstMatches(words: string[]): HeaderMatch[] {
  const matches = matchWords(words);
  if (words.length < 3 || !HEAD_FIRST_LINKS.has(words[1]) || matches.some((m) => m.score >= EXACT * 1000))
    return matches;
  return matchWords([...words.slice(2), words[0]]);
}

/** "Next Step & Status", "次のステップ & 状況", "Notes / Next Action": two names joined, each naming a role. */
const JOINER = /\s*(?:&|＆|\+|・|\/)\s*/;

/**
 * A header joining two names ("次のステップ & 状況") names both roles: the first name, read as the last words would
 * make it a status only. Each side that names a role exactly counts as a suffix match, so the column can take either.
 */
function withJoinedRoles(text: string, matches: HeaderMatch[]): HeaderMatch[] {
  // Hints are not names: "Appuntamento (data/ora)" is one name.
  const sides = stripHints(text).split(JOINER);
  if (sides.length !== 2 || sides.some((side) => side.trim() === "")) return matches;
  const best = new Map(matches.map((m) => [m.role, m.score]));
  for (const side of sides) {
    for (const m of matchWords(foldedHeader(side))) {
      if (m.score < EXACT * 1000) continue;
      const score = SUFFIX * 1000 + (m.score % 1000);
      if (score > (best.get(m.role) ?? 0)) best.set(m.role, score);
    }
  }
  return [...best].map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score);
}

/** Each header text's matches, remembered: a sheet is analysed again on every edit, with the same header. */
const MATCHES_OF = new Map<string, HeaderMatch[]>();

/**
 * A numbered column ("Mobile 1", "Email 2", "Reminder Date_1") is read as its name, one step weaker than the name alone:
 * it is one of several, and the unnumbered column, if any, comes first.
 */
const NUMBER = /^\d+$/;

function matchWords(words: string[], numbered = false): HeaderMatch[] {
  const n = words.length;
  if (n === 0) return [];
  withCjkWords(words);
  if (!numbered && n > 1 && NUMBER.test(words[n - 1])) return matchWords(words.slice(0, -1), true);
  // A history word ("Created", "Last") or a head-first attribute ("Tipo de cliente") allows exact matches only.
  const loose = !words.some((w) => NEGATIVE.has(w)) && !(n > 1 && FOREIGN_FIRST.has(words[0]));
  const head = words[n - 1];
  const headOwner = HEAD_OWNER.get(head);
  const foreignHead = FOREIGN_HEADS.has(head);
  const ourSide = n > 1 && words.some((w) => OUR_SIDE_WORDS.has(w));
  // "…DateTime" holds a whole timestamp ("ScheduledResumeDateTime"): never the separate time column.
  const timestamp = n > 2 && words[n - 2] === "date" && head === "time";
  const best = new Map<Role, number>();
  // Every run of consecutive words, joined without spaces, is a candidate synonym.
  for (let i = 0; i < n; i++) {
    let joined = "";
    for (let j = i; j < n; j++) {
      joined += words[j];
      const found = BY_COMPACT.get(joined);
      if (!found) continue;
      const quality = i === 0 && j === n - 1 ? (numbered ? SUFFIX : EXACT) : j === n - 1 ? SUFFIX : INSIDE;
      for (const syn of found) {
        if (quality !== EXACT && (!loose || syn.level === EXACT)) continue;
        if (ourSide && (syn.role === "email" || syn.role === "phone")) continue;
        if (timestamp && syn.role === "time") continue;
        if (quality === INSIDE && (syn.level !== INSIDE || foreignHead || (headOwner && headOwner !== syn.role)))
          continue;
        const penalty = syn.genericDate && quality !== INSIDE ? GENERIC_DATE_PENALTY : syn.penalty;
        const score = quality * 1000 + syn.compact.length - penalty;
        if (score > (best.get(syn.role) ?? 0)) best.set(syn.role, score);
      }
    }
  }
  return [...best].map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score);
}

/** Brackets dropped, so a hint's words count: "Phone (mobile)", "電話番号（携帯）", "Tel. (fax)". */
const BRACKETS = /[()[\]（）]/g;

/** The phone match moved by the header's words, hints included; a fax column is no phone. */
function withPhonePreference(text: string, matches: HeaderMatch[]): HeaderMatch[] {
  const phone = matches.find((m) => m.role === "phone");
  if (phone === undefined) return matches;
  const words = foldedHeader(text.replace(BRACKETS, " "));
  if (words.some((w) => FAX_WORDS.has(w))) return matches.filter((m) => m.role !== "phone");
  const preference = phonePreference(words);
  if (preference === 0) return matches;
  return matches
    .map((m) => (m.role === "phone" ? { role: m.role, score: m.score + preference } : m))
    .sort((a, b) => b.score - a.score);
}

/**
 * Within one match quality, the mobile or direct line comes before an unmarked phone, and the landline or switchboard
 * after it ("Mobile 1" beats "Landline 1"); never so much that a weaker match overtakes a better one.
 */
const PHONE_PREFERENCE = 100;
function phonePreference(words: readonly string[]): number {
  if (words.some((w) => DIRECT_PHONE_WORDS.has(w))) return PHONE_PREFERENCE;
  if (words.some((w) => SWITCHBOARD_PHONE_WORDS.has(w))) return -PHONE_PREFERENCE;
  return 0;
}
