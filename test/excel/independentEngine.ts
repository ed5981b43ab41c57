/**
 * Our highlight rules evaluated by an independent spreadsheet engine (HyperFormula, GPL-3.0, a test-only
 * devDependency), configured as its docs say for Excel en-US ("Compatibility with Microsoft Excel",
 * hyperformula.handsontable.com/guide/compatibility-with-microsoft-excel.html). Nothing here shares code with our
 * own evaluator in src/preview/memory: the sheet, the reference shifting and the verdicts are worked out apart.
 *
 * How Excel applies a conditional-format formula: it is written relative to the top-left cell of the rule's range,
 * and for any other cell of the range its relative references move by that cell's offset from the top-left
 * (support.microsoft.com, "Use formulas to apply conditional formatting"; office-js 5194: the formula reads back
 * relative to the range's top-left cell). A cell gets the format when the result is TRUE or a non-zero number;
 * an error or text formats nothing.
 */
import {
  CellError,
  type ConfigParams,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
} from "hyperformula";
import type { HighlightKind, HighlightRule } from "../../src/excel/highlightRules";

/** An error value in a cell (range.values reports it as its text, e.g. "#N/A"). */
export interface ErrorCell {
  error: "#N/A" | "#DIV/0!" | "#VALUE!" | "#NULL!";
}
export type Cell = string | number | boolean | null | ErrorCell;

export const isErrorCell = (cell: Cell): cell is ErrorCell => typeof cell === "object" && cell !== null;

/** What Office.js range.values gives for a cell: the core's input. */
export function valueOf(cell: Cell): unknown {
  if (cell === null) return "";
  return isErrorCell(cell) ? cell.error : cell;
}

/** Formulas that make each error value, so the engine holds a real error and not its text. */
const ERROR_FORMULAS: Record<ErrorCell["error"], string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#VALUE!": '="a"+1',
  // Excel's #NULL! (empty intersection) has no HyperFormula counterpart; ERROR.TYPE is not needed by our rules.
  "#NULL!": "=NA()",
};

/** Engine cell content: text always as text (an apostrophe stops the engine reading "12/01/2026" as a date). */
function contentOf(cell: Cell): RawCellContent {
  if (cell === null) return null;
  if (isErrorCell(cell)) return ERROR_FORMULAS[cell.error];
  if (typeof cell === "string") return cell === "" ? null : `'${cell}`;
  return cell;
}

/**
 * SEARCH as Excel documents it ("SEARCH function", support.microsoft.com): case-insensitive; in find_text "?" is any
 * one character, "*" any run, and a tilde before ?, * or ~ stands for that character itself ("Using wildcard
 * characters in searches": "~ followed by ?, *, or ~"); start_num below 1 or past the text is #VALUE!.
 * The engine deviates on the patterns our rules build, so this one function is replaced (HyperFormula 3.5.0,
 * interpreter/ArithmeticHelper.js and TextPlugin.js): a pattern with no ? or * is searched literally, so "|a~~b|"
 * never finds "|a~b|"; and with one, "|" is not escaped in the regular expression it builds, so "|won~?|" matches
 * anything (an empty alternative). Everything else stays the engine's own.
 */
class ExcelSearchPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    SEARCH: {
      method: "search",
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 },
      ],
    },
  };

  search(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("SEARCH"),
      (pattern: string, text: string, start: number) => {
        if (start < 1 || start > text.length) return new CellError(ErrorType.VALUE);
        let source = "";
        for (let i = 0; i < pattern.length; i++) {
          const ch = pattern[i];
          const next = pattern[i + 1];
          if (ch === "~" && (next === "~" || next === "?" || next === "*")) source += escapeRegExp(pattern[++i]);
          else if (ch === "?") source += "[\\s\\S]";
          else if (ch === "*") source += "[\\s\\S]*?";
          else source += escapeRegExp(ch);
        }
        const found = new RegExp(source, "i").exec(text.slice(start - 1));
        return found ? found.index + start : new CellError(ErrorType.VALUE);
      },
    );
  }
}
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

const EXCEL_EN_US: Partial<ConfigParams> = {
  functionPlugins: [...HyperFormula.getAllFunctionPlugins(), ExcelSearchPlugin],
  licenseKey: "gpl-v3",
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY/MM/DD"],
  timeFormats: ["hh:mm", "hh:mm:ss.sss"],
  caseSensitive: false,
  accentSensitive: true,
  ignorePunctuation: false,
  localeLang: "en-US",
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  useArrayArithmetic: true,
  ignoreWhiteSpace: "any",
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  smartRounding: true,
  maxRows: 1_048_576,
  maxColumns: 16_384,
};
/**
 * A workbook in the 1904 date system (older Mac workbooks): serial 0 is 1 January 1904 and there is no fake 29 February
 * 1900 ("Date systems in Excel", support.microsoft.com); TODAY() gives the day in that system, as the engine's nullDate.
 */
const EXCEL_1904: Partial<ConfigParams> = {
  ...EXCEL_EN_US,
  leapYear1900: false,
  nullDate: { year: 1904, month: 1, day: 1 },
};
/**
 * Excel's TRUE and FALSE constants, which the engine lacks unless they are defined as names (its Excel guide). Our
 * rules are built without them, so evaluateRules leaves them out (a TRUE there would be #NAME?); evaluateOnce has them.
 */
const CONSTANTS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/** Column letters of a 0-based column index. */
export function letters(column: number): string {
  let s = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function columnOf(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The formula as Excel evaluates it for the cell dRows below and dColumns right of the rule's top-left cell: relative
 * row and column parts move, $-anchored ones stay. String literals are left alone; a name followed by "(" is a function.
 */
export function shiftFormula(formula: string, dRows: number, dColumns: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_.(])/.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1] : "";
    if (m && !/[A-Za-z0-9_.]/.test(before)) {
      const [whole, colAbs, col, rowAbs, row] = m;
      const column = colAbs ? columnOf(col) : columnOf(col) + dColumns;
      const rowNumber = rowAbs ? Number(row) : Number(row) + dRows;
      out += `${colAbs}${letters(column)}${rowAbs}${rowNumber}`;
      i += whole.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}
/** "B4:I103" (or "F4") → 0-based area. */
export function areaOf(address: string): Area {
  const m = /^([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?$/.exec(address);
  if (!m) throw new Error(`not an A1 area: ${address}`);
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  const row = Number(r1) - 1;
  const column = columnOf(c1);
  return { row, column, rows: Number(r2) - Number(r1) + 1, columns: columnOf(c2) - column + 1 };
}

/** Sheet row (1-based) → the kinds whose rule is true for that row's cells, in rule order. */
export type RowVerdicts = Map<number, HighlightKind[]>;

export interface EngineRun {
  verdicts: RowVerdicts;
  /** The raw result for one rule at one sheet row, for messages. */
  raw: (kind: HighlightKind, row: number) => unknown;
}

/**
 * Evaluates each rule for each row of its range, in the engine, on a sheet holding `grid` at its top-left (row 0,
 * column 0), with TODAY() on `today` ("YYYY-MM-DD"). Every column of a rule's range gives the same verdict when its
 * formula anchors every column with $ (checked here), so each row is evaluated once, in a helper column to the
 * right of the data; the shifted formula there is absolute where Excel's is, relative where Excel's is.
 */
export function evaluateRules(grid: Cell[][], rules: HighlightRule[], today: string, date1904 = false): EngineRun {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const height = grid.length;
  const helperOf = (k: number) => width + 1 + k;
  const areas = rules.map((rule) => areaOf(rule.address));
  const lastRow = Math.max(height, ...areas.map((a) => a.row + a.rows));
  const sheet: RawCellContent[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const row: RawCellContent[] = [];
    for (let c = 0; c < width; c++) row.push(contentOf(grid[r]?.[c] ?? null));
    sheet.push(row);
  }
  rules.forEach((rule, k) => {
    if (/(^|[^A-Za-z0-9_$."])[A-Z]{1,3}\$?[0-9]+/.test(rule.formula.replace(/"([^"]|"")*"/g, '""')))
      throw new Error(`${rule.kind}: a relative column reference; evaluate per cell, not per row`);
    const area = areas[k];
    const body = rule.formula.slice(1);
    for (let r = area.row; r < area.row + area.rows; r++) {
      while (sheet[r].length <= helperOf(k)) sheet[r].push(null);
      sheet[r][helperOf(k)] = `=${shiftFormula(body, r - area.row, 0)}`;
    }
  });
  const [y, m, d] = today.split("-").map(Number);
  const clock = jest.spyOn(Date, "now").mockReturnValue(new Date(y, m - 1, d, 12, 0, 0).getTime());
  try {
    // No TRUE/FALSE names here: the rules must not need them (see CONSTANTS).
    const hf = HyperFormula.buildFromArray(sheet, date1904 ? EXCEL_1904 : EXCEL_EN_US);
    try {
      const sheetId = 0;
      const raws = new Map<string, unknown>();
      const verdicts: RowVerdicts = new Map();
      rules.forEach((rule, k) => {
        const area = areas[k];
        for (let r = area.row; r < area.row + area.rows; r++) {
          const value = hf.getCellValue({ sheet: sheetId, row: r, col: helperOf(k) });
          raws.set(`${rule.kind}@${r + 1}`, value);
          const on = value === true || (typeof value === "number" && value !== 0);
          if (on) verdicts.set(r + 1, [...(verdicts.get(r + 1) ?? []), rule.kind]);
        }
      });
      return { verdicts, raw: (kind, row) => raws.get(`${kind}@${row}`) };
    } finally {
      hf.destroy();
    }
  } finally {
    clock.mockRestore();
  }
}

/** Evaluates one formula (no leading "=") on a one-row sheet holding `cells` in A1.., with TODAY() on `today`. */
export function evaluateOnce(cells: Cell[], formula: string, today = "2026-11-25"): unknown {
  const [y, m, d] = today.split("-").map(Number);
  const clock = jest.spyOn(Date, "now").mockReturnValue(new Date(y, m - 1, d, 12, 0, 0).getTime());
  try {
    const hf = HyperFormula.buildFromArray([[...cells.map(contentOf), `=${formula}`]], EXCEL_EN_US, CONSTANTS);
    try {
      return hf.getCellValue({ sheet: 0, row: 0, col: cells.length });
    } finally {
      hf.destroy();
    }
  } finally {
    clock.mockRestore();
  }
}
