/** A small number-format renderer for range.text: General, 0 / 0.00 / #,##0, percentages, date and time-of-day codes. */
import { MONTH_NAMES, serialToDate } from "./dates";

const MONTHS = MONTH_NAMES;

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

export function isDateFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped);
}

function formatDate(serial: number, format: string, date1904: boolean): string {
  const date = serialToDate(serial, date1904);
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth();
  const d = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return format.replace(/\[[^\]]*\]/g, "").replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|"[^"]*"|\\./gi, (token) => {
    const t = token.toLowerCase();
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith("\\")) return token.slice(1);
    if (t === "yyyy") return String(y);
    if (t === "yy") return pad(y % 100);
    if (t === "mmmm") return MONTHS[mo];
    if (t === "mmm") return MONTHS[mo].slice(0, 3);
    if (t === "mm") return pad(mo + 1);
    if (t === "m") return String(mo + 1);
    if (t === "dddd") return date.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
    if (t === "ddd") return date.toLocaleDateString("en-US", { weekday: "short", timeZone: "UTC" });
    if (t === "dd") return pad(d);
    return String(d);
  });
}

/** A time-of-day format ("h:mm", "hh:mm:ss", "h:mm AM/PM"): hours and no day, month or year codes. */
export function isTimeFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /h/i.test(stripped) && !/[dy]/i.test(stripped);
}

/** The time part of a serial as Excel shows it in a time format (Excel rounds to the second). */
function formatTime(value: number, format: string): string {
  const seconds = Math.round((value - Math.floor(value)) * 86400) % 86400;
  const twelve = /am\/pm|a\/p/i.test(format);
  const hour = Math.floor(seconds / 3600);
  const shown = twelve ? hour % 12 || 12 : hour;
  const pad = (n: number) => String(n).padStart(2, "0");
  return format.replace(/\[[^\]]*\]/g, "").replace(/am\/pm|a\/p|hh|h|mm|m|ss|s|"[^"]*"/gi, (token) => {
    const t = token.toLowerCase();
    if (token.startsWith('"')) return token.slice(1, -1);
    if (t === "am/pm") return hour < 12 ? "AM" : "PM";
    if (t === "a/p") return hour < 12 ? "A" : "P";
    if (t === "hh") return pad(shown);
    if (t === "h") return String(shown);
    if (t === "mm" || t === "m") return pad(Math.floor(seconds / 60) % 60);
    return t === "ss" ? pad(seconds % 60) : String(seconds % 60);
  });
}

export function formatNumber(value: number, numberFormat: string, date1904: boolean): string {
  const format = numberFormat.split(";")[0];
  if (format === "General" || format === "@" || format === "") return general(value);
  if (isDateFormat(format)) return formatDate(value, format, date1904);
  if (isTimeFormat(format)) return formatTime(value, format);
  const percent = format.endsWith("%");
  const body = percent ? format.slice(0, -1) : format;
  const decimals = /\.(0+)/.exec(body)?.[1].length ?? 0;
  const n = percent ? value * 100 : value;
  const text = body.includes(",")
    ? n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : n.toFixed(decimals);
  return percent ? `${text}%` : text;
}
