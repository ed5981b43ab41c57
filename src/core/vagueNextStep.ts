import { isErrorValue } from "./cellText";
import { normalizedWordSet, normalizeWords } from "./normalizeWords";

/** Placeholders reps type instead of a step; the product's point is that a next step is never a maybe. */
export const VAGUE_NEXT_STEPS: readonly string[] = [
  "maybe",
  "tbd",
  "tba",
  "tbc",
  "n a",
  "na",
  "none",
  "nothing",
  "nil",
  "null",
  "idk",
  "unknown",
  "later",
  "sometime",
  "someday",
  "asap",
  "x",
  "todo",
  "to do",
  "pending",
  "not sure",
  "dunno",
  "perhaps",
  "possibly",
  // The same in the languages whose dates NextStep reads (accents kept: normalizeWords keeps letters of any script).
  "peut être",
  "à voir",
  "a voir",
  "vielleicht",
  "später",
  "spater",
  "quizás",
  "quizas",
  "tal vez",
  "pendiente",
  "forse",
  "talvez",
  "misschien",
  // Japanese, Chinese and Korean: undecided, none, to be decided.
  ...["未定", "なし", "特になし", "待定", "暂无", "미정", "없음"],
];
/** In the form normalizeWords gives a cell ("未定" is cut into 未 + 定, as the header reader cuts Japanese). */
const VAGUE = normalizedWordSet(VAGUE_NEXT_STEPS);
const MOST_LETTERS = Math.max(...VAGUE_NEXT_STEPS.map((w) => w.replace(/ /g, "").length));
/** No placeholder above is longer; longer text with a letter or digit is a real step. */
const LONGEST = 12;

/**
 * True when a next-step cell says nothing concrete: "maybe", "TBD", "?", "-", "n/a", "none", "…".
 * Example: isVagueNextStep("N/A") === true; isVagueNextStep("Call Dana about pricing") === false.
 */
export function isVagueNextStep(text: string): boolean {
  // An error value (#N/A, #DIV/0!, #REF!…) is no step either, whichever one it is: the sheet's highlight rule marks
  // every error in the next-step cell (ISERROR), so the pane must too.
  if (text.charCodeAt(0) === 35 && isErrorValue(text)) return true;
  if (text.length > LONGEST + 4) {
    // Long text is a step unless it is only punctuation or symbols ("-------", "???????").
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) | 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
      if (c >= 128) return normalizeWords(text) === "";
    }
    return true;
  }
  // No placeholder has more than 8 letters or digits, so a longer step is real without normalising it.
  let alnum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) && ++alnum > MOST_LETTERS) return false;
  }
  const words = normalizeWords(text);
  return words === "" || VAGUE.has(words);
}

/**
 * isVagueNextStep with answers cached per distinct short text, because a sheet repeats a handful of steps over
 * thousands of rows (long text is decided by a scan that stops at its first letter, so it is not cached).
 * Example: const isVague = vagueMatcher(); isVague("TBD") === true.
 */
export function vagueMatcher(): (text: string) => boolean {
  const seen = new Map<string, boolean>();
  return (text: string): boolean => {
    if (text.length > LONGEST + 4) return isVagueNextStep(text);
    let hit = seen.get(text);
    if (hit === undefined) {
      hit = isVagueNextStep(text);
      if (seen.size < 10000) seen.set(text, hit);
    }
    return hit;
  };
}
