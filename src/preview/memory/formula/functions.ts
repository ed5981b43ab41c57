/** The worksheet functions the evaluator knows; any other name evaluates to #NAME?, as in Excel. */
import { isoToSerial, serialToDate } from "../model/dates";
import type { EvalContext } from "./evaluate";
import { evaluateNode, toScalar } from "./evaluate";
import type { Node } from "./parse";
import {
  BLANK,
  FormulaError,
  isError,
  isRange,
  NAME_ERROR,
  NUM_ERROR,
  parseNumber,
  toBool,
  toNumber,
  toText,
  VALUE_ERROR,
  type Scalar,
  type Value,
} from "./values";

type Fn = (args: Node[], ctx: EvalContext) => Value;

const scalarArg = (node: Node, ctx: EvalContext): Scalar => toScalar(evaluateNode(node, ctx));

/** Every value of every argument; ranges flattened, with a flag saying whether it came from a range. */
function* flatten(args: Node[], ctx: EvalContext): Generator<{ value: Scalar; fromRange: boolean }> {
  for (const node of args) {
    const value = evaluateNode(node, ctx);
    if (isRange(value)) for (const row of value.cells) for (const cell of row) yield { value: cell, fromRange: true };
    else yield { value, fromRange: node.kind === "ref" };
  }
}

function logical(args: Node[], ctx: EvalContext, combine: (values: boolean[]) => boolean): Scalar {
  const values: boolean[] = [];
  for (const { value, fromRange } of flatten(args, ctx)) {
    if (value instanceof FormulaError) return value;
    if (value === BLANK || (fromRange && typeof value === "string")) continue;
    const b = toBool(value);
    if (isError(b)) return b;
    values.push(b);
  }
  return values.length === 0 ? VALUE_ERROR : combine(values);
}

function numbers(args: Node[], ctx: EvalContext): number[] | FormulaError {
  const out: number[] = [];
  for (const { value, fromRange } of flatten(args, ctx)) {
    if (value instanceof FormulaError) return value;
    if (fromRange) {
      if (typeof value === "number") out.push(value);
      continue;
    }
    const n = toNumber(value);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

function text1(fn: (s: string, args: Node[], ctx: EvalContext) => Value): Fn {
  return (args, ctx) => {
    const s = toText(scalarArg(args[0], ctx));
    return isError(s) ? s : fn(s, args, ctx);
  };
}

function number1(fn: (n: number) => Value): Fn {
  return (args, ctx) => {
    const n = toNumber(scalarArg(args[0], ctx));
    return isError(n) ? n : fn(n);
  };
}

function optionalNumber(args: Node[], index: number, ctx: EvalContext, fallback: number): number | FormulaError {
  return args[index] && args[index].kind !== "missing" ? toNumber(scalarArg(args[index], ctx)) : fallback;
}

function is(test: (value: Scalar) => boolean): Fn {
  return (args, ctx) => test(scalarArg(args[0], ctx));
}

/** SEARCH's pattern: ? any character, * any run, ~ escapes; case-insensitive. */
function wildcardIndex(needle: string, haystack: string, from: number): number {
  let pattern = "";
  for (let i = 0; i < needle.length; i++) {
    const ch = needle[i];
    if (ch === "~" && i + 1 < needle.length) pattern += needle[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "?") pattern += ".";
    else if (ch === "*") pattern += ".*?";
    else pattern += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const match = new RegExp(pattern, "is").exec(haystack.slice(from));
  return match ? match.index + from : -1;
}

function search(caseSensitive: boolean): Fn {
  return (args, ctx) => {
    const needle = toText(scalarArg(args[0], ctx));
    const haystack = toText(scalarArg(args[1], ctx));
    const start = optionalNumber(args, 2, ctx, 1);
    if (isError(needle)) return needle;
    if (isError(haystack)) return haystack;
    if (isError(start)) return start;
    if (start < 1 || start > haystack.length + 1) return VALUE_ERROR;
    const found = caseSensitive ? haystack.indexOf(needle, start - 1) : wildcardIndex(needle, haystack, start - 1);
    return found < 0 ? VALUE_ERROR : found + 1;
  };
}

function datePart(pick: (d: Date) => number): Fn {
  return (args, ctx) => {
    const n = toNumber(scalarArg(args[0], ctx));
    if (isError(n)) return n;
    return n < 0 ? NUM_ERROR : pick(serialToDate(n, ctx.workbook.use1904DateSystem));
  };
}

const FUNCTIONS: Record<string, Fn> = {
  TODAY: (_args, ctx) => ctx.workbook.todaySerial(),
  NOW: (_args, ctx) => ctx.workbook.todaySerial(),
  AND: (args, ctx) => logical(args, ctx, (v) => v.every(Boolean)),
  OR: (args, ctx) => logical(args, ctx, (v) => v.some(Boolean)),
  NOT: (args, ctx) => {
    const b = toBool(scalarArg(args[0], ctx));
    return isError(b) ? b : !b;
  },
  IF: (args, ctx) => {
    const condition = toBool(scalarArg(args[0], ctx));
    if (isError(condition)) return condition;
    const branch = condition ? args[1] : args[2];
    if (!branch) return false;
    return branch.kind === "missing" ? 0 : evaluateNode(branch, ctx);
  },
  IFERROR: (args, ctx) => {
    const value = scalarArg(args[0], ctx);
    return value instanceof FormulaError ? evaluateNode(args[1], ctx) : value;
  },
  ISNUMBER: is((v) => typeof v === "number"),
  ISTEXT: is((v) => typeof v === "string"),
  ISNONTEXT: is((v) => typeof v !== "string"),
  ISBLANK: is((v) => v === BLANK),
  ISERROR: is((v) => v instanceof FormulaError),
  ISNA: is((v) => v instanceof FormulaError && v.code === "#N/A"),
  ISLOGICAL: is((v) => typeof v === "boolean"),
  LEN: text1((s) => s.length),
  // Excel's TRIM removes only spaces (not tabs or non-breaking spaces) and keeps one between words.
  TRIM: text1((s) => s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ")),
  LOWER: text1((s) => s.toLowerCase()),
  UPPER: text1((s) => s.toUpperCase()),
  LEFT: text1((s, args, ctx) => {
    const n = optionalNumber(args, 1, ctx, 1);
    return isError(n) ? n : n < 0 ? VALUE_ERROR : s.slice(0, Math.floor(n));
  }),
  RIGHT: text1((s, args, ctx) => {
    const n = optionalNumber(args, 1, ctx, 1);
    return isError(n) ? n : n < 0 ? VALUE_ERROR : Math.floor(n) === 0 ? "" : s.slice(-Math.floor(n));
  }),
  MID: text1((s, args, ctx) => {
    const start = toNumber(scalarArg(args[1], ctx));
    const count = toNumber(scalarArg(args[2], ctx));
    if (isError(start)) return start;
    if (isError(count)) return count;
    return start < 1 || count < 0 ? VALUE_ERROR : s.substr(Math.floor(start) - 1, Math.floor(count));
  }),
  EXACT: (args, ctx) => {
    const a = toText(scalarArg(args[0], ctx));
    const b = toText(scalarArg(args[1], ctx));
    return isError(a) ? a : isError(b) ? b : a === b;
  },
  SEARCH: search(false),
  // SUBSTITUTE(text, old_text, new_text, [instance_num]): case-sensitive; an empty old_text changes nothing; an
  // instance_num below 1 is #VALUE! (support.microsoft.com, "SUBSTITUTE function").
  SUBSTITUTE: (args, ctx) => {
    const text = toText(scalarArg(args[0], ctx));
    const from = toText(scalarArg(args[1], ctx));
    const to = toText(scalarArg(args[2], ctx));
    const instance = args[3] && args[3].kind !== "missing" ? toNumber(scalarArg(args[3], ctx)) : undefined;
    if (isError(text)) return text;
    if (isError(from)) return from;
    if (isError(to)) return to;
    if (instance !== undefined && isError(instance)) return instance;
    if (instance !== undefined && Math.floor(instance) < 1) return VALUE_ERROR;
    if (from === "") return text;
    if (instance === undefined) return text.split(from).join(to);
    let at = -1;
    for (let n = 0; n < Math.floor(instance); n++) {
      at = text.indexOf(from, at + (n === 0 ? 0 : from.length));
      if (at < 0) return text;
    }
    return text.slice(0, at) + to + text.slice(at + from.length);
  },
  // UNICHAR(number): the Unicode character of that code point; 0 or a number out of range is #VALUE!, a partial
  // surrogate #N/A (support.microsoft.com, "UNICHAR function").
  UNICHAR: number1((n) => {
    const code = Math.floor(n);
    if (code < 1 || code > 0x10ffff) return VALUE_ERROR;
    if (code >= 0xd800 && code <= 0xdfff) return new FormulaError("#N/A");
    return String.fromCodePoint(code);
  }),
  FIND: search(true),
  INT: number1((n) => Math.floor(n)),
  ABS: number1((n) => Math.abs(n)),
  ROUND: (args, ctx) => {
    const n = toNumber(scalarArg(args[0], ctx));
    const digits = toNumber(scalarArg(args[1], ctx));
    if (isError(n)) return n;
    if (isError(digits)) return digits;
    const factor = Math.pow(10, Math.trunc(digits));
    return (Math.sign(n) * Math.round(Math.abs(n) * factor + 1e-9)) / factor;
  },
  N: (args, ctx) => {
    const v = scalarArg(args[0], ctx);
    if (v instanceof FormulaError) return v;
    return typeof v === "number" ? v : v === true ? 1 : 0;
  },
  VALUE: (args, ctx) => {
    const v = scalarArg(args[0], ctx);
    if (v instanceof FormulaError || typeof v === "number") return v;
    if (v === BLANK) return 0;
    return typeof v === "string" ? (parseNumber(v) ?? VALUE_ERROR) : VALUE_ERROR;
  },
  DATE: (args, ctx) => {
    const parts = args.map((a) => toNumber(scalarArg(a, ctx)));
    const error = parts.find(isError);
    if (error) return error;
    const [y, m, d] = parts.map((p) => Math.trunc(p as number));
    const year = y < 1900 ? y + 1900 : y;
    const ms = Date.UTC(year, m - 1, d);
    const iso = new Date(ms).toISOString().slice(0, 10);
    const serial = isoToSerial(iso, ctx.workbook.use1904DateSystem);
    return Number.isNaN(serial) || serial < 0 ? NUM_ERROR : serial;
  },
  // EDATE(start_date, months): the same day months later, or that month's last day when it is shorter (2028-02-29
  // and -120 give 2018-02-28); months truncated; a start_date that is no date is #VALUE!, a result before the date
  // system starts #NUM! (support.microsoft.com "EDATE function"; the clamp: OpenOffice and DAX "EDATE" docs).
  // The highlight rules use it for the ten-year window.
  EDATE: (args, ctx) => {
    const start = toNumber(scalarArg(args[0], ctx));
    const months = toNumber(scalarArg(args[1], ctx));
    if (isError(start)) return start;
    if (isError(months)) return months;
    if (start < 0) return VALUE_ERROR;
    const d = serialToDate(start, ctx.workbook.use1904DateSystem);
    const month = d.getUTCMonth() + Math.trunc(months);
    const last = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
    const ms = Date.UTC(d.getUTCFullYear(), month, Math.min(d.getUTCDate(), last));
    const serial = isoToSerial(new Date(ms).toISOString().slice(0, 10), ctx.workbook.use1904DateSystem);
    return Number.isNaN(serial) || serial < 0 ? NUM_ERROR : serial;
  },
  YEAR: datePart((d) => d.getUTCFullYear()),
  MONTH: datePart((d) => d.getUTCMonth() + 1),
  DAY: datePart((d) => d.getUTCDate()),
  SUM: (args, ctx) => {
    const list = numbers(args, ctx);
    return list instanceof FormulaError ? list : list.reduce((a, b) => a + b, 0);
  },
  COUNT: (args, ctx) => {
    let count = 0;
    for (const { value, fromRange } of flatten(args, ctx)) {
      if (typeof value === "number" || (!fromRange && !isError(toNumber(value)) && value !== BLANK)) count++;
    }
    return count;
  },
  COUNTA: (args, ctx) => {
    let count = 0;
    for (const { value } of flatten(args, ctx)) if (value !== BLANK) count++;
    return count;
  },
  MIN: (args, ctx) => {
    const list = numbers(args, ctx);
    return list instanceof FormulaError ? list : list.length === 0 ? 0 : Math.min(...list);
  },
  MAX: (args, ctx) => {
    const list = numbers(args, ctx);
    return list instanceof FormulaError ? list : list.length === 0 ? 0 : Math.max(...list);
  },
  ROW: (args, ctx) => rowOrColumn(args, ctx, "row"),
  COLUMN: (args, ctx) => rowOrColumn(args, ctx, "column"),
};

function rowOrColumn(args: Node[], ctx: EvalContext, which: "row" | "column"): Value {
  if (args.length === 0) return ctx.at[which] + 1;
  const node = args[0];
  if (node.kind !== "ref") return VALUE_ERROR;
  const ref = node.from;
  const absolute = which === "row" ? ref.rowAbsolute : ref.columnAbsolute;
  const base = which === "row" ? ref.row : ref.column;
  return (absolute ? base : base + ctx.at[which] - ctx.origin[which]) + 1;
}

export function callFunction(name: string, args: Node[], ctx: EvalContext): Value {
  const fn = FUNCTIONS[name];
  return fn ? fn(args, ctx) : NAME_ERROR;
}

export function isKnownFunction(name: string): boolean {
  return name.toUpperCase() in FUNCTIONS;
}
