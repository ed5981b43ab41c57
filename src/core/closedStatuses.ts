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
  const seen = new Map<string, boolean>();
  return (status: string): boolean => {
    if (status === "") return false;
    const hit = seen.get(status);
    if (hit !== undefined) return hit;
    const answer = closed.has(normalizeWords(status));
    if (seen.size < 10000) seen.set(status, answer);
    return answer;
  };
}
