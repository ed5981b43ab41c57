import { normalizeHeader } from "./normalizeHeader";
import { EXACT_ONLY, FOREIGN_HEADS, NEGATIVE_WORDS, ROLE_SYNONYMS, SUFFIX_ONLY } from "./roleSynonyms";
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
}

const compact = (s: string): string => s.split(" ").join("");

const SYNONYMS: Synonym[] = ALL_ROLES.flatMap((role) =>
  ROLE_SYNONYMS[role].map((text) => ({
    role,
    compact: compact(text),
    level: EXACT_ONLY.has(text) ? EXACT : SUFFIX_ONLY.has(text) ? SUFFIX : INSIDE,
    singleWord: !text.includes(" "),
  })),
);

/** Single words that, as a header's last word, say which role the header is about ("Contact date" is a date). */
const HEAD_OWNER = new Map<string, Role>();
for (const s of SYNONYMS) if (s.level !== EXACT && s.singleWord) HEAD_OWNER.set(s.compact, s.role);

/**
 * Every role a header cell could name, best first per role.
 * Example: matchHeader("Next Step Date") → [{ role: "date", … }] (not nextStep: its last word says it is a date).
 */
export function matchHeader(text: string): HeaderMatch[] {
  const words = normalizeHeader(text);
  const n = words.length;
  if (n === 0) return [];
  const full = words.join("");
  const loose = !words.some((w) => NEGATIVE_WORDS.has(w));
  const head = words[n - 1];
  const headOwner = HEAD_OWNER.get(head);
  const foreignHead = FOREIGN_HEADS.has(head);
  const best = new Map<Role, number>();
  for (const syn of SYNONYMS) {
    let quality = 0;
    if (full === syn.compact) quality = EXACT;
    else if (loose && syn.level !== EXACT) {
      quality = wordRangeMatch(words, syn.compact);
      if (quality === INSIDE && (syn.level !== INSIDE || foreignHead || (headOwner && headOwner !== syn.role))) {
        quality = 0;
      }
    }
    if (quality === 0) continue;
    const score = quality * 1000 + syn.compact.length;
    if (score > (best.get(syn.role) ?? 0)) best.set(syn.role, score);
  }
  return [...best].map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score);
}

/** SUFFIX when the synonym equals the header's last words, INSIDE when it equals other whole words, else 0. */
function wordRangeMatch(words: string[], target: string): number {
  const n = words.length;
  let found = 0;
  for (let i = 0; i < n; i++) {
    let joined = "";
    for (let j = i; j < n; j++) {
      joined += words[j];
      if (joined.length > target.length) break;
      if (joined === target) {
        if (j === n - 1) return SUFFIX;
        found = INSIDE;
      }
    }
  }
  return found;
}
