/** Splits an en-US formula ("=AND($C2<TODAY(), B2<>\"\")") into tokens; throws FormulaSyntaxError on bad input. */
import { columnIndex, MAX_COLUMNS, MAX_ROWS } from "../addresses";
import { ERROR_VALUES } from "../model/types";

export class FormulaSyntaxError extends Error {
  override readonly name = "FormulaSyntaxError";
}

export interface CellRef {
  sheet?: string;
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "ref"; from: CellRef; to?: CellRef }
  | { kind: "func"; name: string }
  | { kind: "op"; value: string }
  | { kind: "paren"; value: "(" | ")" }
  | { kind: "comma" };

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/;
const OPERATORS = ["<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "^", "&", "%"];

function cellRef(match: RegExpExecArray, sheet: string | undefined): CellRef {
  const column = columnIndex(match[2]);
  const row = Number(match[4]) - 1;
  if (column < 0 || column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS)
    throw new FormulaSyntaxError(`Bad reference ${match[0]}`);
  return { sheet, row, column, columnAbsolute: match[1] === "$", rowAbsolute: match[3] === "$" };
}

export function tokenize(formula: string): Token[] {
  if (!formula.startsWith("=")) throw new FormulaSyntaxError("A formula starts with =");
  const text = formula.slice(1);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError("Unclosed string");
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      // Excel refuses the whole formula: "Text values in formulas are limited to 255 characters."
      if (value.length > 255) throw new FormulaSyntaxError("Text values in formulas are limited to 255 characters");
      tokens.push({ kind: "string", value });
      i = j + 1;
      continue;
    }
    const error = ERROR_VALUES.find((e) => rest.toUpperCase().startsWith(e));
    if (error) {
      tokens.push({ kind: "error", value: error });
      i += error.length;
      continue;
    }
    const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    if (number) {
      if (/[A-Za-z_$]/.test(text[i + number[0].length] ?? "")) throw new FormulaSyntaxError(`Bad number in formula`);
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const sheetPrefix = /^(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/.exec(rest);
    const afterSheet = sheetPrefix ? rest.slice(sheetPrefix[0].length) : rest;
    const sheet = sheetPrefix ? (sheetPrefix[1]?.replace(/''/g, "'") ?? sheetPrefix[2]) : undefined;
    const cell = CELL.exec(afterSheet);
    if (cell) {
      const from = cellRef(cell, sheet);
      let consumed = (sheetPrefix?.[0].length ?? 0) + cell[0].length;
      let to: CellRef | undefined;
      const second = /^:/.test(afterSheet.slice(cell[0].length))
        ? CELL.exec(afterSheet.slice(cell[0].length + 1))
        : null;
      if (second) {
        to = cellRef(second, sheet);
        consumed += 1 + second[0].length;
      }
      tokens.push(to ? { kind: "ref", from, to } : { kind: "ref", from });
      i += consumed;
      continue;
    }
    if (sheetPrefix) throw new FormulaSyntaxError("A sheet name must be followed by a reference");
    const name = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(rest);
    if (name) {
      tokens.push({ kind: "func", name: name[1].toUpperCase() });
      tokens.push({ kind: "paren", value: "(" });
      i += name[0].length;
      continue;
    }
    const word = /^(TRUE|FALSE)(?![A-Za-z0-9_(])/i.exec(rest);
    if (word) {
      tokens.push({ kind: "bool", value: word[1].toUpperCase() === "TRUE" });
      i += word[0].length;
      continue;
    }
    if (ch === "(" || ch === ")") {
      tokens.push({ kind: "paren", value: ch });
      i++;
      continue;
    }
    if (ch === ",") {
      tokens.push({ kind: "comma" });
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ kind: "op", value: op });
      i += op.length;
      continue;
    }
    throw new FormulaSyntaxError(`Unexpected "${ch}" in formula`);
  }
  return tokens;
}
