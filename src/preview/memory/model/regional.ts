/**
 * Excel on the web with a non-US regional format setting (File > Options > Regional Format Settings): Range.numberFormat
 * of a date or time cell does not read back as the code the cell shows. office-js issue 2824 (open product bug, "in
 * backlog"): the same snippet reads different numberFormat and text on two accounts of Excel for the web, by their
 * locale setting; issue 1553: range.numberFormat misbehaves under a German regional setting, numberFormatLocal fixes it
 * on desktop "however, for Excel online, the problem still exist". Neither thread names the exact code returned; the
 * fake returns "General" (what a lost date format looks like, as in issue 229's first read), while Range.text still
 * shows the date the rep sees, in the regional order ("04.12.2026").
 */
import { formatNumber, isDateFormat, isTimeFormat } from "./numberFormat";
import type { MemoryWorkbook } from "./workbook";

function localeMangles(workbook: MemoryWorkbook, code: string): boolean {
  if (workbook.platform !== "OfficeOnline" || workbook.regionalFormat === "en-US") return false;
  const first = code.split(";")[0];
  return isDateFormat(first) || isTimeFormat(first);
}

/** Range.numberFormat / numberFormatLocal of one cell as this host reads it back. */
export function numberFormatReadBack(workbook: MemoryWorkbook, code: string): string {
  return localeMangles(workbook, code) ? "General" : code;
}

/** Range.text of a number cell on such a host: dates and times in the regional (day-first, dotted) form. */
export function regionalText(workbook: MemoryWorkbook, value: number, code: string): string | undefined {
  if (!localeMangles(workbook, code)) return undefined;
  const first = code.split(";")[0];
  const time = isTimeFormat(first) || /h/i.test(first.replace(/"[^"]*"/g, ""));
  const clock = formatNumber(value, "hh:mm", workbook.use1904DateSystem);
  if (!isDateFormat(first)) return clock;
  const day = formatNumber(value, "dd.mm.yyyy", workbook.use1904DateSystem);
  return time ? `${day} ${clock}` : day;
}
