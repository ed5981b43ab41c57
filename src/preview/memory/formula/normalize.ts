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

/** Excel rewrites numeric constants: 1.50 → 1.5, .5 → 0.5, 1E3 → 1000. */
function numbers(text: string): string {
  const constant =
    /(?<![A-Za-z0-9_$.])(\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)(?![A-Za-z0-9_(])/g;
  return text.replace(constant, (n) => String(Number(n)));
}

/** "=and($c2<today(),b2>1.50,d2<>\"x\")" → "=AND($C2<TODAY(),B2>1.5,D2<>\"x\")", as Excel stores it. */
export function normalizeFormula(formula: string): string {
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([^"']+)/g,
    (_all, quoted: string | undefined, plain: string | undefined) =>
      quoted ??
      numbers(
        (plain ?? "").replace(/[A-Za-z_][A-Za-z0-9_.]*!?/g, (word) => (word.endsWith("!") ? word : word.toUpperCase())),
      ),
  );
}
