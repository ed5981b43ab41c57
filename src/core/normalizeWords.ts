/** Case-, space- and punctuation-insensitive form of a text, shared by header, status, placeholder and key matching. */
import { cjkWords, fillCjkLater, hasCjk } from "./cjkWords";

const NON_WORD_ASCII = /[^a-z0-9]+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** True when lower-case text is already words of a-z/0-9 separated by single spaces (nothing to replace). */
function isClean(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c === 32 && i > 0 && i < n - 1 && text.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Lower-case words of letters and digits (any script) joined by single spaces; punctuation, emoji and spacing vanish.
 * Full-width and half-width forms read as their usual ones ("ＴＥＬ" is "tel", "ﾒｰﾙ" is "メール"), and Japanese or
 * Chinese text, written without spaces, is cut into the words NextStep knows (cjkWords.ts).
 * Native toLowerCase and one regex replace keep this cheap; already clean text is returned as is.
 * Example: normalizeWords("  Closed – Won! 🎉") === "closed won"; normalizeWords("E-mail") === "e mail".
 */
export function normalizeWords(text: string): string {
  if (isClean(text)) return text;
  const lower = text.toLowerCase();
  if (isClean(lower)) return lower;
  if (isAscii(lower)) return lower.replace(NON_WORD_ASCII, " ").trim();
  const words = lower.normalize("NFKC").toLowerCase().replace(NON_WORD, " ").trim();
  return hasCjk(words) ? words.split(" ").flatMap(cjkWords).join(" ") : words;
}

/**
 * The words of a name as keys are written (prospect and owner keys): lower-case words of letters and digits, without
 * the full-width folding and Japanese/Chinese cutting of normalizeWords, so a key stored with a reminder by an
 * earlier version still matches its row. Example: keyWords("山田商事") === "山田商事"; keyWords(" ACME Corp. ") === "acme corp".
 */
export function keyWords(text: string): string {
  if (isClean(text)) return text;
  const lower = text.toLowerCase();
  if (isClean(lower)) return lower;
  return lower.replace(isAscii(lower) ? NON_WORD_ASCII : NON_WORD, " ").trim();
}

/** A set of words looked up by their normalizeWords form. */
export interface NormalizedWords {
  has(normalized: string): boolean;
}

/**
 * The normalizeWords forms of `entries`, for lookups of normalized text. The Japanese and Chinese entries
 * (writtenInCjk) are normalized on the first lookup of a text with Han or kana, the only kind that can equal one.
 * Example: normalizedWordSet(["Yes", "はい"]).has("yes") === true, without cutting "はい".
 */
export function normalizedWordSet(entries: readonly string[]): NormalizedWords {
  const set = new Set<string>();
  const withCjk = fillCjkLater((picks) => {
    for (const entry of entries) if (picks(entry)) set.add(normalizeWords(entry));
  });
  return {
    has(normalized: string): boolean {
      withCjk(normalized);
      return set.has(normalized);
    },
  };
}
