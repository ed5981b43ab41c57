import { normalizeWords } from "./normalizeWords";

/** Headers longer than this many words are sentences (titles, instructions), not column names. */
const MAX_HEADER_WORDS = 8;

/**
 * The words of a header cell, lower-case, without punctuation, emoji or parenthetical hints.
 * Example: normalizeHeader("Follow-up Date (MM/DD) 📅") → ["follow", "up", "date"]; normalizeHeader("F/U") → ["f", "u"].
 */
export function normalizeHeader(text: string): string[] {
  // "(MM/DD)", "[optional]" are hints for the rep, not part of the name; keep them only if nothing else is left.
  const stripped = text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
  const words = normalizeWords(stripped.trim() ? stripped : text);
  if (!words) return [];
  const list = words.split(" ");
  return list.length > MAX_HEADER_WORDS ? [] : list;
}
