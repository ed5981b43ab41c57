import { isErrorValue } from "./cellText";
import * as cells from "./cellText";
import { isoFromDay } from "./dayNumber";
import { formatKind } from "./numberFormat";
import { parseDatePacked } from "./parseDate";
import * as parsing from "./parseDate";
import * as serials from "./serial";
import type { DateOrder } from "./types";
import { relativeDay } from "./relativeDay";
import { isVagueNextStep } from "./vagueNextStep";

// Per-row helpers are taken from their modules once, at load. Compiled to CommonJS (tsx, jest), a plain named
// import is a getter on the other module's exports, called on every use and never inlined: a visible cost per row.
const { cellText } = cells;
const { packedDay, packedMinutes } = parsing;
const { serialPacked } = serials;

/** Why a date cell is unusable, so the message can say what to do. */
export type DateTrouble =
  | "unreadable" // text that is no date: "13/45/2026", "call after the fair"
  | "vague" // a placeholder: "TBD", "?", "asap"
  | "relative" // words whose day moves as days pass: "tomorrow", "Monday", "next week"
  | "tooFar" // a real date more than 10 years from today
  | "error" // an Excel error value such as #N/A
  | "boolean" // TRUE/FALSE
  | "number" // a number formatted as a number (currency, percent, 0.00), or a plain number far from any date
  | "timeOnly" // a time with no date
  | "otherOrder"; // a real date only in another date order: "12/14/2026" read day-first

/** Everything the row needs from its date cell. One instance is reused for every row of a sheet. */
export interface DateReading {
  kind: "serial" | "text" | "empty" | "invalid";
  /** Day number and minutes (-1 = no time) when kind is serial or text. */
  day: number;
  minutes: number;
  trouble: DateTrouble | undefined;
  /** The cell as the rep would recognise it: the text, or the ISO date of a serial. */
  text: string;
  /**
   * The day the cell's own text supports, as a suggestion for the message, else NaN: for a relative date the day it
   * means if typed today; for "otherOrder" the date it spells in another order. Never today by default.
   */
  suggestedDay: number;
}

export interface DateContext {
  order: DateOrder;
  todayDay: number;
  todayYear: number;
  /** Inclusive window of acceptable day numbers: today ± 10 years. */
  firstDay: number;
  lastDay: number;
  date1904: boolean;
  /** Packed parse results per distinct text: sheets repeat the same dates, and parsing is the hot path. */
  textCache: Map<string, number>;
  /** Why each distinct unreadable text is no date ("TBD" repeats too), and the day a relative one suggests. */
  troubleCache: Map<string, { trouble: DateTrouble; suggestedDay: number }>;
  /** ISO strings per day of the window (index day - firstDay), for the same reason; an array is the cheapest lookup. */
  isoByDay: string[];
}

export const newReading = (): DateReading => ({
  kind: "empty",
  day: 0,
  minutes: -1,
  trouble: undefined,
  text: "",
  suggestedDay: NaN,
});

/** "YYYY-MM-DD" of a day inside the window, made once per day. */
export function isoOfDay(ctx: DateContext, day: number): string {
  const i = day - ctx.firstDay;
  let iso = ctx.isoByDay[i];
  if (iso === undefined) {
    iso = isoFromDay(day);
    if (i >= 0 && day <= ctx.lastDay) ctx.isoByDay[i] = iso;
  }
  return iso;
}

function invalid(out: DateReading, trouble: DateTrouble, text: string): DateReading {
  out.kind = "invalid";
  out.trouble = trouble;
  out.text = text;
  return out;
}

/**
 * Reads a date cell into 'out': a serial number (its time kept when the format shows one or is unknown),
 * text in any accepted form, or a reason it is unusable.
 * A number in a number, currency or text ("@") cell shows digits: a number, not a date. One formatted "General" or
 * whose format is unknown (not read) counts as a date only inside the ±10-year window (a serial that lost its
 * format); small numbers like 5 fall outside it and are reported as numbers, not as dates in 1900.
 */
export function readDateCell(
  cell: unknown,
  format: string | undefined,
  ctx: DateContext,
  out: DateReading,
): DateReading {
  out.trouble = undefined;
  out.suggestedDay = NaN;
  out.minutes = -1;
  if (typeof cell === "number") return readSerial(cell, format, ctx, out);
  if (typeof cell === "string") return readText(cell, ctx, out);
  if (typeof cell === "boolean") return invalid(out, "boolean", cell ? "TRUE" : "FALSE");
  out.kind = "empty";
  out.text = "";
  return out;
}

function readSerial(cell: number, format: string | undefined, ctx: DateContext, out: DateReading): DateReading {
  if (!Number.isFinite(cell)) {
    out.kind = "empty";
    out.text = "";
    return out;
  }
  const kind = format === undefined ? undefined : formatKind(format);
  // Excel shows a number in a number, currency or text ("@") cell as digits ("46360"): the rep chose a format that is
  // no date, and the sheet's highlighting (which cannot read a format) is told the days so read. "General" says
  // nothing: it is what many generated files and East-Asian built-in date formats come back as, and what Excel on
  // the web reports for date cells under some regional settings (office-js 2824, 1553; the adapter then reads the
  // text, textFormats.ts), so a General number, like one whose format was not read, is judged by the ±10-year window.
  const packed = serialPacked(cell, ctx.date1904);
  const day = packedDay(packed);
  if (kind === "number" || kind === "text") {
    // Formatted as a date, a serial of the window shows its day: the message names it.
    if (!Number.isNaN(packed) && day >= ctx.firstDay && day <= ctx.lastDay) out.suggestedDay = day;
    return invalid(out, "number", String(cell));
  }
  if (kind === "time" && cell < 1) return invalid(out, "timeOnly", String(cell));
  if (Number.isNaN(packed) || day < ctx.firstDay || day > ctx.lastDay) {
    return invalid(out, kind === "date" || kind === "dateTime" ? "tooFar" : "number", String(cell));
  }
  out.kind = "serial";
  out.day = day;
  // A date-only format hides the time (often =NOW()'s leftover), so the rep never meant it.
  out.minutes = kind === "date" ? -1 : packedMinutes(packed);
  out.text = isoOfDay(ctx, day);
  return out;
}

function readText(cell: string, ctx: DateContext, out: DateReading): DateReading {
  const text = cellText(cell);
  if (text === "") {
    out.kind = "empty";
    out.text = "";
    return out;
  }
  let packed = ctx.textCache.get(text);
  if (packed === undefined) {
    packed = parseDatePacked(text, 0, text.length, ctx.order, ctx.todayDay, ctx.todayYear);
    if (ctx.textCache.size < 50000) ctx.textCache.set(text, packed);
  }
  if (Number.isNaN(packed)) {
    let why = ctx.troubleCache.get(text);
    if (why === undefined) {
      why = whyNoDate(text, ctx);
      if (ctx.troubleCache.size < 10000) ctx.troubleCache.set(text, why);
    }
    out.suggestedDay = why.suggestedDay;
    return invalid(out, why.trouble, text);
  }
  const day = packedDay(packed);
  if (day < ctx.firstDay || day > ctx.lastDay) return invalid(out, "tooFar", text);
  out.kind = "text";
  out.day = day;
  out.minutes = packedMinutes(packed);
  out.text = text;
  return out;
}

const ORDERS: readonly DateOrder[] = ["MDY", "DMY", "YMD"];

/**
 * Why text that reads as no date is none: an error value, a relative day (with the day it means today), a placeholder,
 * or a date written in another order ("12/14/2026" read day-first is 14 December read month-first).
 */
function whyNoDate(text: string, ctx: DateContext): { trouble: DateTrouble; suggestedDay: number } {
  if (isErrorValue(text)) return { trouble: "error", suggestedDay: NaN };
  const suggestedDay = relativeDay(text, ctx.todayDay);
  if (!Number.isNaN(suggestedDay)) return { trouble: "relative", suggestedDay };
  if (isVagueNextStep(text)) return { trouble: "vague", suggestedDay: NaN };
  for (const order of ORDERS) {
    if (order === ctx.order) continue;
    const packed = parseDatePacked(text, 0, text.length, order, ctx.todayDay, ctx.todayYear);
    const day = packedDay(packed);
    if (!Number.isNaN(packed) && day >= ctx.firstDay && day <= ctx.lastDay)
      return { trouble: "otherOrder", suggestedDay: day };
  }
  return { trouble: "unreadable", suggestedDay: NaN };
}
