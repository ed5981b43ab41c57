/** Reading raw cells (as Excel's range.values gives them) as text, without ever throwing. */
import { cutText } from "./cutText";

/** Longest text the core keeps from one cell; longer cells are cut so a pasted novel cannot stall the pane. */
export const MAX_CELL_TEXT = 1000;

/**
 * Trimmed text of a cell: strings trimmed (and cut at MAX_CELL_TEXT), finite numbers in JavaScript's shortest form,
 * booleans as Excel shows them; "" for empty, null, undefined, NaN/Infinity and anything else.
 * Example: cellText("  Acme  ") === "Acme"; cellText(true) === "TRUE"; cellText(NaN) === "".
 */
export function cellText(value: unknown): string {
  // Kept tiny so the engine inlines it into every per-row caller: printable ASCII at both ends needs no trim (most
  // cells); the rest goes to cellTextOf.
  if (typeof value === "string") {
    const n = value.length;
    if (n > 0 && n <= MAX_CELL_TEXT && isPlain(value.charCodeAt(0)) && isPlain(value.charCodeAt(n - 1))) return value;
  }
  return cellTextOf(value);
}

const isPlain = (c: number): boolean => c > 32 && c < 127;

function cellTextOf(value: unknown): string {
  if (typeof value === "string")
    return value.length <= MAX_CELL_TEXT ? value.trim() : cutText(value, MAX_CELL_TEXT).trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** True when a cell holds something a rep typed: non-blank text, a finite number or a boolean. */
export function hasContent(value: unknown): boolean {
  if (typeof value === "string") {
    // Fast path: most non-empty cells start with a visible character.
    const n = value.length;
    if (n === 0) return false;
    const c = value.charCodeAt(0);
    if (c > 32 && c !== 160) return true;
    return value.trim().length > 0;
  }
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "boolean";
}

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** True for Excel's error values ("#N/A", "#VALUE!", …), which range.values reports as strings. */
export function isErrorValue(text: string): boolean {
  return text.length > 2 && text.charCodeAt(0) === 35 && ERROR_VALUES.has(text.toUpperCase());
}
