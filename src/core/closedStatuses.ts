import { cjkWords, hasCjk } from "./cjkWords";
import { allWords, LANGUAGES } from "./languages/index";

/** Statuses that end a prospect's pipeline, in English (the Settings default): such rows need no next step. */
export const DEFAULT_CLOSED_STATUSES: readonly string[] = LANGUAGES[0].closed;

/**
 * Every English closed-word list NextStep has shipped as the Settings default, oldest first, the current one last.
 * Saving Settings stores the list as it stood; a stored list equal to one of these was never edited by the rep, so it
 * is read as today's default and picks up words added since. Add the new list here whenever the default changes
 * (a test checks that the current default is the last entry).
 */
export const SHIPPED_CLOSED_DEFAULTS: readonly (readonly string[])[] = [
  ["won", "lost", "closed", "closed won", "closed lost", "dead", "disqualified", "not interested"],
  [
    ...["won", "lost", "closed", "closed won", "closed lost", "dead", "disqualified", "not interested"],
    ...["no longer interested", "rejected", "reject", "declined", "opted out", "opt out", "unsubscribed"],
    ...["do not contact", "churned", "cancelled", "canceled", "withdrawn"],
  ],
  [
    ...["won", "lost", "closed", "closed won", "closed lost", "dead", "disqualified", "not interested"],
    ...["no longer interested", "rejected", "reject", "declined", "opted out", "opt out", "unsubscribed"],
    ...["do not contact", "churned", "cancelled", "canceled", "withdrawn", "completed", "closedwon", "closedlost"],
    "done",
  ],
  [
    ...["inactive", "archived", "won", "lost", "closed", "closed won", "closed lost", "dead", "disqualified"],
    ...["not interested", "no longer interested", "rejected", "reject", "declined", "opted out", "opt out"],
    ...["unsubscribed", "do not contact", "churned", "cancelled", "canceled", "withdrawn", "abandoned", "junk"],
    ...["completed", "closedwon", "closedlost", "done"],
  ],
  [
    ...["inactive", "archived", "won", "lost", "closed", "closed won", "closed lost", "dead", "disqualified"],
    ...["not qualified", "not interested", "no longer interested", "rejected", "reject", "declined", "opted out"],
    ...["opt out", "unsubscribed", "do not contact", "churned", "cancelled", "canceled", "withdrawn", "abandoned"],
    ...["junk", "unqualified", "converted", "completed", "closedwon", "closedlost", "done"],
  ],
  DEFAULT_CLOSED_STATUSES,
];

/** Whether a saved closed-word list is one of the defaults NextStep shipped (same words, any order or case). */
export function isShippedClosedDefault(words: readonly string[]): boolean {
  const saved = new Set(words.map((w) => w.trim().toLowerCase()));
  return SHIPPED_CLOSED_DEFAULTS.some((list) => list.length === saved.size && list.every((w) => saved.has(w)));
}

/** Closed words of every language NextStep reads, for sheets whose headers are in that language. */
export const CLOSED_WORDS_BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map(
  LANGUAGES.map((language) => [language.code, language.closed]),
);

/** Words that cancel a closed word after them ("Not closed yet", "Won't decide until…" is handled apart). */
const NEGATIONS = new Set(allWords((language) => language.negations).map((w) => foldWord(w)));

/** Words that may follow a closed word with only a space between and keep it a verdict ("Lost deal"). */
const FOLLOWERS = new Set(["deal", "lead", "opportunity", "opp"]);

/** A closed word starts among a status's first this many words ("Stage 6 - Closed Won"); later, it is free text. */
const FIRST_WORDS = 3;

/** Lower-case without accents: "Gagné" and "gagne", "Não interessado" and "nao interessado" are the same word. */
function foldWord(text: string): string {
  // Full-width forms read as usual ones; Japanese kana keep their voicing marks ("プ" is not "フ").
  const plain = text.normalize("NFKC").toLowerCase();
  if (hasCjk(plain)) return plain;
  return plain.normalize("NFD").replace(/\p{M}+/gu, "");
}

interface Token {
  word: string;
  /** What stands between this word and the next (or the end): "" for spaces only, else the punctuation. */
  gap: string;
}

/** Words of letters and digits (any script), each with the punctuation after it. */
function tokens(text: string): Token[] {
  const folded = foldWord(text);
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let last: Token | undefined;
  let lastEnd = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (last) last.gap = folded.slice(lastEnd, m.index).trim();
    // Japanese and Chinese statuses have no spaces: "失注(価格)" starts with the word 失注.
    for (const word of cjkWords(m[0])) {
      last = { word, gap: "" };
      out.push(last);
    }
    lastEnd = m.index + m[0].length;
  }
  if (last) last.gap = folded.slice(lastEnd).trim();
  return out;
}

const isDigits = (word: string): boolean => /^\p{N}+$/u.test(word);

/**
 * A predicate telling closed statuses by whole words, in any case and with or without accents: a closed word or
 * phrase ("won", "closed lost", "no longer interested") closes the status when it starts among its first three words,
 * no negation or hedge comes before it ("Not closed yet", "Will be won"), and it ends the status or is followed by
 * punctuation, a number or another closed word. So "Closed Won", "9. Closed Won", "Deal Closed - Won",
 * "Lost – no budget" and "Won (signed 3/12)" close; "Lost contact", "Won back?", "Won't decide until Q2" do not.
 * Answers are cached per distinct cell text, because a sheet repeats a handful of statuses over thousands of rows.
 * Example: closedMatcher(DEFAULT_CLOSED_STATUSES)("Closed – Lost") === true.
 */
export function closedMatcher(statuses: readonly string[]): ((status: string) => boolean) & { seen(): string[] } {
  // Phrases by their first word, longest first.
  const phrases = new Map<string, string[][]>();
  for (const s of statuses) {
    if (typeof s !== "string") continue;
    const words = tokens(s).map((t) => t.word);
    if (words.length === 0) continue;
    const list = phrases.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    phrases.set(words[0], list);
  }
  const startsPhrase = (words: Token[], at: number): boolean => {
    for (const phrase of phrases.get(words[at].word) ?? []) if (matchesAt(words, at, phrase)) return true;
    return false;
  };
  const closesAt = (words: Token[], at: number): boolean => {
    for (const phrase of phrases.get(words[at].word) ?? []) {
      if (!matchesAt(words, at, phrase)) continue;
      const end = at + phrase.length;
      if (end === words.length) return true;
      const gap = words[end - 1].gap;
      // "won't", "won’t": a contraction, not the word.
      if ((gap === "'" || gap === "’") && words[end].word === "t") continue;
      if (gap !== "" || isDigits(words[end].word) || FOLLOWERS.has(words[end].word) || startsPhrase(words, end))
        return true;
    }
    return false;
  };
  const decide = (status: string): boolean => {
    const words = tokens(status);
    for (let at = 0; at < words.length && at < FIRST_WORDS; at++) {
      if (NEGATIONS.has(words[at].word) && !startsPhrase(words, at)) return false;
      if (closesAt(words, at)) return true;
    }
    return false;
  };
  const cache = new Map<string, boolean>();
  const isClosed = (status: string): boolean => {
    if (status === "") return false;
    const hit = cache.get(status);
    if (hit !== undefined) return hit;
    const answer = decide(status);
    if (cache.size < 10000) cache.set(status, answer);
    return answer;
  };
  /** The distinct texts read as closed so far (the highlight rules list them as they are). */
  isClosed.seen = (): string[] => [...cache].filter(([, closed]) => closed).map(([text]) => text);
  return isClosed;
}

function matchesAt(words: Token[], at: number, phrase: string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    if (words[at + i].word !== phrase[i]) return false;
    // A phrase's words stand together: "closed won" is not "Closed. Won?" split by a sentence.
    if (i < phrase.length - 1 && words[at + i].gap !== "" && !/^[-–—/_&+,:]+$/.test(words[at + i].gap)) return false;
  }
  return true;
}
