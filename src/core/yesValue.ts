import { cellText } from "./cellText";
import { allWords } from "./languages/index";
import { normalizedWordSet, normalizeWords } from "./normalizeWords";

const YES = normalizedWordSet(allWords((language) => language.yes));
const NO = normalizedWordSet(allWords((language) => language.no));

/**
 * True for a cell that says yes in an opt-out column: TRUE, 1, "yes", "Y", "x", "oui", "ja", "sí".
 * Example: isYes(true) === true; isYes("No") === false; isYes("") === false.
 */
export function isYes(cell: unknown): boolean {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1;
  const text = cellText(cell);
  return text !== "" && text.length <= 10 && YES.has(normalizeWords(text));
}

/** The yes words, as typed in the language tables, for the highlight rules. */
export const YES_WORDS: readonly string[] = [...allWords((language) => language.yes)];

/**
 * True for a cell that says no in an active-flag column: FALSE, 0, "no", "N", "non", "nein", "não".
 * Example: isNo(false) === true; isNo("Yes") === false; isNo("") === false.
 */
export function isNo(cell: unknown): boolean {
  if (typeof cell === "boolean") return !cell;
  if (typeof cell === "number") return cell === 0;
  const text = cellText(cell);
  return text !== "" && text.length <= 10 && NO.has(normalizeWords(text));
}

/** The no words, as typed in the language tables, for the highlight rules. */
export const NO_WORDS: readonly string[] = [...allWords((language) => language.no)];
