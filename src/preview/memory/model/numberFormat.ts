/** A small number-format renderer for range.text: General, 0 / 0.00 / #,##0, percentages, and date codes. */
import { MONTH_NAMES, serialToDate } from "./dates";

const MONTHS = MONTH_NAMES;

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function isDateFormat(format: string): boolean {
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

export function formatNumber(value: number, numberFormat: string, date1904: boolean): string {
  const format = numberFormat.split(";")[0];
  if (format === "General" || format === "@" || format === "") return general(value);
  if (isDateFormat(format)) return formatDate(value, format, date1904);
  const percent = format.endsWith("%");
  const body = percent ? format.slice(0, -1) : format;
  const decimals = /\.(0+)/.exec(body)?.[1].length ?? 0;
  const n = percent ? value * 100 : value;
  const text = body.includes(",")
    ? n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : n.toFixed(decimals);
  return percent ? `${text}%` : text;
}
