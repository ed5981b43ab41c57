/**
 * Pure: the leading parts of closed statuses that close whatever follows them ("Closed Lost -" in "Closed Lost - price
 * (12)"), so the highlight rules test a status's start instead of listing every reason a rep typed: fifty statuses
 * with a reason each outgrow a formula's list, and tomorrow's new reason is covered too.
 *
 * Why a prefix P closes every status that starts with it: the core (closedMatcher) reads a closed phrase among the
 * first three words followed by punctuation, or ending the status, as closed. P ends with a separator right after its
 * last word, so a phrase that closes P at its end is followed by punctuation in any longer status; a phrase that
 * closes P earlier does the same there; and nothing after P can add a negation before it. Each prefix is checked
 * against the core anyway (with and without a word after it), and dropped when the core disagrees.
 */
import { excelClean } from "./ruleLists";

/** Punctuation that ends a status's verdict and starts its reason: dashes, colon, opening bracket, slash. */
const SEPARATOR = /^(.*?[\p{L}\p{N}])\s*([-–—:(/]+)/u;
/** A prefix must leave this much of a reason behind it, or listing the whole text is as short. */
const MIN_REASON = 2;
/** At most this many distinct prefix lengths: each costs one LEFT() of the cell in the formula. */
export const MAX_PREFIX_LENGTHS = 4;

/** The closing prefix of one status as Excel sees it (cleaned), or undefined. */
export function closedPrefix(status: string, isClosed: (status: string) => boolean): string | undefined {
  const text = excelClean(status);
  const m = SEPARATOR.exec(text);
  if (!m) return undefined;
  const prefix = text.slice(0, m[0].length);
  if (text.length - prefix.length < MIN_REASON) return undefined;
  const holds = isClosed(prefix) && isClosed(`${prefix} x`) && isClosed(`${prefix}x`);
  return holds ? prefix : undefined;
}

/**
 * The prefixes of `statuses` (cleaned, folded to lower case, distinct), keeping the lengths most texts share when there
 * are more than MAX_PREFIX_LENGTHS, and the statuses no prefix covers.
 * Example: closedPrefixes(["Lost: price", "Lost: timing", "Won"], isClosed) → { prefixes: ["lost:"], rest: ["Won"] }.
 */
export function closedPrefixes(
  statuses: readonly string[],
  isClosed: (status: string) => boolean,
): { prefixes: string[]; rest: string[] } {
  const found = new Map<string, number>();
  for (const status of statuses) {
    const prefix = closedPrefix(status, isClosed)?.toLowerCase();
    if (prefix) found.set(prefix, (found.get(prefix) ?? 0) + 1);
  }
  const byLength = new Map<number, number>();
  for (const [prefix, count] of found) byLength.set(prefix.length, (byLength.get(prefix.length) ?? 0) + count);
  const lengths = new Set(
    [...byLength]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_PREFIX_LENGTHS)
      .map(([length]) => length),
  );
  const prefixes = [...found.keys()].filter((p) => lengths.has(p.length));
  const rest = statuses.filter((status) => {
    const text = excelClean(status).toLowerCase();
    return !prefixes.some((p) => text.startsWith(p));
  });
  return { prefixes, rest };
}
