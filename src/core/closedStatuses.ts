import { normalizeWords } from "./normalizeWords";

/** Statuses that end a prospect's pipeline: such rows need no next step. */
export const DEFAULT_CLOSED_STATUSES: readonly string[] = [
  "won",
  "lost",
  "closed",
  "closed won",
  "closed lost",
  "dead",
  "disqualified",
  "not interested",
];

/**
 * A predicate telling closed statuses, compared case-, space- and punctuation-insensitively
 * ("Closed - Won", "CLOSED/WON ✅" and "closed won" are the same). Answers are cached per distinct cell text,
 * because a sheet repeats a handful of statuses over thousands of rows.
 * Example: closedMatcher(DEFAULT_CLOSED_STATUSES)("Closed – Lost") === true.
 */
export function closedMatcher(statuses: readonly string[]): (status: string) => boolean {
  const closed = new Set<string>();
  for (const s of statuses) if (typeof s === "string" && normalizeWords(s)) closed.add(normalizeWords(s));
  // First and last character of each closed word: most open statuses ("New", "Proposal") differ there, and telling
  // that from the cell's own ends is cheaper than a lookup.
  const ends = new Uint8Array(128 * 128);
  for (const word of closed) {
    const a = word.charCodeAt(0);
    const z = word.charCodeAt(word.length - 1);
    if (a < 128 && z < 128) ends[a * 128 + z] = 1;
  }
  const seen = new Map<string, boolean>();
  return (status: string): boolean => {
    if (status === "") return false;
    const first = status.charCodeAt(0);
    const last = status.charCodeAt(status.length - 1);
    // Both ends plain letters or digits: they are the ends of the normalised status, so they must match a word's.
    if (first >= 48 && last >= 48 && isWordCode(first | 32) && isWordCode(last | 32)) {
      if (ends[(first | 32) * 128 + (last | 32)] === 0) return false;
    }
    const hit = seen.get(status);
    if (hit !== undefined) return hit;
    const answer = closed.has(normalizeWords(status));
    if (seen.size < 10000) seen.set(status, answer);
    return answer;
  };
}

/**
 * A lower-case ASCII letter or a digit. Setting bit 5 lower-cases ASCII letters and keeps digits; from code 48 up,
 * nothing else lands in these ranges.
 */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
