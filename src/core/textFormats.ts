import { formatKind } from "./numberFormat";

/**
 * A format code the cell's displayed text (Range.text) supports, for a number whose format string says nothing
 * (General, or not read). Excel on the web with a non-US regional setting reads a date cell's numberFormat back as
 * something other than the code it shows (office-js issues 2824, 1553), so the text decides: "04.12.2026" or
 * "4-Dez-26" is a date. Digits ("46360") say "0" when `digitsMeanNumber` (a host that shows General numbers as
 * dates); elsewhere the format stays General, which the core judges by its ±10-year window. Anything else leaves the
 * format as it was.
 * Example: formatFromText("General", "04.12.2026") === "yyyy-mm-dd"; formatFromText("General", "46360", true) === "0".
 */
export function formatFromText(
  format: string | undefined,
  text: string | undefined,
  digitsMeanNumber = false,
): string | undefined {
  if (typeof text !== "string") return format;
  if (format !== undefined && formatKind(format) !== "general") return format;
  const shown = text.trim();
  if (shown === "") return format;
  const date = DATE_SHAPE.test(shown) || MONTH_NAME_SHAPE.test(shown);
  const time = TIME_SHAPE.test(shown);
  if (date) return time ? "yyyy-mm-dd h:mm" : "yyyy-mm-dd";
  if (time) return "h:mm";
  if (digitsMeanNumber && NUMBER_SHAPE.test(shown)) return "0";
  return format;
}

/** Three numeric parts with one separator, the middle one at most two digits: 4/12/2026, 04.12.2026, 2026-12-04. */
const DATE_SHAPE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}(\s|$)/;
/** A day and a month name (any script's letters), or CJK year/month/day marks: 4-Dez-26, 4. Dezember 2026, 2026年12月4日. */
const MONTH_NAME_SHAPE = /(^\d{1,2}[\s./-]*\p{L}{3,}|^\p{L}{3,}[\s./-]*\d{1,2}\b|\d+\s*年\s*\d+\s*月)/u;
/** What Excel shows for a value wider than its column. */
const HASHES = /^\s*#+\s*$/;
/** A clock time: 14:30, 2:30 PM. */
const TIME_SHAPE = /\d{1,2}:\d{2}/;
/** A plain number as any locale shows it: signs, digits, group and decimal marks, percent, exponent. */
const NUMBER_SHAPE = /^[-+(]?[\d\s.,'’\u00a0\u202f]+\)?%?$|^[-+]?\d+([.,]\d+)?E[-+]?\d+$/i;

/**
 * The number formats to read the grid by: where `text` holds a cell's displayed text (the adapter reads it only for
 * the date and time columns), an ambiguous format is replaced by what the text shows. When some number with an
 * ambiguous format shows a date, the host hides date formats (office-js 2824, 1553) and digits shown elsewhere mean
 * a plain number. Rows without text are shared, not copied; without `text` the formats are returned as they are.
 */
export function formatsWithText(
  values: readonly unknown[][],
  formats: string[][] | undefined,
  text: (string | undefined)[][] | undefined,
): string[][] | undefined {
  if (!Array.isArray(text)) return formats;
  const ambiguous = (r: number, c: number): boolean => {
    const format = formats?.[r]?.[c];
    return typeof values[r]?.[c] === "number" && (typeof format !== "string" || formatKind(format) === "general");
  };
  let hidesDates = false;
  for (let r = 0; r < values.length && !hidesDates; r++) {
    const textRow = text[r];
    if (!Array.isArray(textRow)) continue;
    textRow.forEach((shown, c) => {
      if (hidesDates || !ambiguous(r, c)) return;
      const kind = formatKind(formatFromText(undefined, shown) ?? "General");
      hidesDates = kind === "date" || kind === "dateTime";
    });
  }
  const out: string[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const formatRow = formats?.[r];
    const textRow = text[r];
    if (!Array.isArray(textRow)) {
      out[r] = Array.isArray(formatRow) ? formatRow : [];
      continue;
    }
    const row: string[] = Array.isArray(formatRow) ? formatRow.slice() : [];
    textRow.forEach((shown, c) => {
      const format = typeof row[c] === "string" ? row[c] : undefined;
      // "#####": too narrow a column to show the value. A General format read back then tells nothing (a host that
      // hides date formats reads dates back as General), so the cell is read as if no format were known.
      if (typeof shown === "string" && HASHES.test(shown) && ambiguous(r, c)) {
        delete row[c];
        return;
      }
      const resolved = formatFromText(format, shown, hidesDates);
      if (resolved !== undefined) row[c] = resolved;
    });
    out[r] = row;
  }
  return out;
}
