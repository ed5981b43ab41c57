/** How Excel stores a formula you give it: names and references upper-cased, strings and sheet names kept. */
import { parseFormula } from "./parse";

export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch {
    return false;
  }
}

/** "=and($c2<today(),b2<>\"x\")" → "=AND($C2<TODAY(),B2<>\"x\")". */
export function normalizeFormula(formula: string): string {
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g,
    (_all, quoted: string | undefined, plain: string | undefined) =>
      quoted ??
      (plain ?? "").replace(/[A-Za-z_][A-Za-z0-9_.]*!?/g, (word) => (word.endsWith("!") ? word : word.toUpperCase())),
  );
}
