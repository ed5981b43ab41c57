/**
 * Rows inside a prospect list that are no prospects: "Total"/"Sum"/"Total Deals:" rows, section headings
 * ("HOT LEADS" alone), legend blocks ("Legend", then "Red = overdue"…), a stray character or note below the list
 * after a gap, and the header repeated over each group of an export with the group's title above it. Asked only about rows that would otherwise be incomplete (a row with a next step and a date is a
 * prospect whatever its name), so it costs nothing on a sheet in good order.
 */
import { cellText, hasContent } from "./cellText";
import { rowAt } from "./detectHeader";
import { allWords } from "./languages/index";
import { normalizedWordSet, normalizeWords } from "./normalizeWords";
import type { RoleColumns } from "./sheetRows";

const TOTALS = normalizedWordSet(allWords((language) => language.totals));
const LEGEND_WORDS = new Set(["legend", "key", "légende", "legende", "leyenda", "legenda"]);
/** "Legend", "Status Legend", "Colour key:": a short title holding a legend word. */
function isLegendTitle(text: string): boolean {
  const words = normalizeWords(text).split(" ");
  return words.length <= 3 && words.some((w) => LEGEND_WORDS.has(w));
}
/** Words of a section heading: temperature, pipeline groups, quarters. */
const SECTION_WORDS = new Set([
  "hot",
  "warm",
  "cold",
  "leads",
  "prospects",
  "pipeline",
  "deals",
  "opportunities",
  "clients",
  "customers",
  "accounts",
  "active",
  "inactive",
  "archive",
  "archived",
  "closed",
  "won",
  "lost",
  "q1",
  "q2",
  "q3",
  "q4",
  "backlog",
  "parked",
]);
/** How far up a legend's title may sit above one of its lines. */
const LEGEND_LINES = 15;

/** Cells with content in a row, stopping at limit. */
function filledCells(row: readonly unknown[], limit: number): number {
  let n = 0;
  for (let c = 0; c < row.length && n < limit; c++) if (hasContent(row[c])) n++;
  return n;
}

function onlyText(row: readonly unknown[]): string {
  for (let c = 0; c < row.length; c++) if (hasContent(row[c])) return cellText(row[c]);
  return "";
}

function isHeading(text: string): boolean {
  const words = normalizeWords(text);
  if (words === "") return true;
  if (isLegendTitle(text) || text.endsWith(":")) return true;
  // "HOT LEADS", "Closed deals", "Q4 pipeline"; not "Cold Stone Creamery" (a prospect with only its name typed).
  const list = words.split(" ");
  const sectionWords = list.filter((w) => SECTION_WORDS.has(w)).length;
  const shouting = text === text.toUpperCase() && text !== text.toLowerCase();
  return list.length <= 4 && sectionWords > 0 && (sectionWords === list.length || shouting);
}

function startsWithTotal(text: string): boolean {
  const words = normalizeWords(text);
  const first = words.split(" ")[0];
  return TOTALS.has(first) || TOTALS.has(words.split(" ").slice(0, 2).join(" "));
}

/** The header's names in lower case, once per header row (a sheet asks about many rows under the same header). */
const HEADER_TEXTS = new WeakMap<readonly unknown[], string[]>();
function headerTexts(header: readonly unknown[]): string[] {
  let texts = HEADER_TEXTS.get(header);
  if (texts === undefined) {
    texts = Array.from(header, (cell) => (typeof cell === "string" ? cellText(cell).toLowerCase() : ""));
    HEADER_TEXTS.set(header, texts);
  }
  return texts;
}

/** A row holding the header's names again: at least two of them, in the same columns, and nothing else. */
function repeatsHeader(row: readonly unknown[], header: readonly unknown[]): boolean {
  const names = headerTexts(header);
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!hasContent(cell)) continue;
    if (typeof cell !== "string" || !names[c] || cellText(cell).toLowerCase() !== names[c]) return false;
    same++;
  }
  return same >= 2;
}

/**
 * True when grid row r (an incomplete row under the header at headerIndex) is not a prospect.
 * Example: ["Total Deals:", "", "", 12] → true; ["HOT LEADS"] → true; ["Acme"] → false (a prospect missing its step).
 */
export function isNotProspect(
  values: unknown[][],
  r: number,
  headerIndex: number,
  at: RoleColumns,
  label: string,
  noStepNoDate: boolean,
  noDate: boolean,
): boolean {
  const row = rowAt(values, r);
  const labelText = at.prospectCol >= 0 ? cellText(row[at.prospectCol]) : label;
  // A total sums the list: no next step but perhaps a number where one would be ("Total Deals: | 12"), no date.
  const step = at.nextStepCol >= 0 ? row[at.nextStepCol] : undefined;
  const noStep = noStepNoDate || (typeof step === "number" && noDate);
  if (noStep && labelText !== "" && startsWithTotal(labelText)) return true;
  const header = rowAt(values, headerIndex);
  // Exports that list groups one under another repeat the header over each group, under the group's title
  // (monday.com: the board's groups, each with its "Name | Subitems | …" row).
  if (repeatsHeader(row, header)) return true;
  const filled = filledCells(row, 4);
  if (filled <= 3 && repeatsHeader(rowAt(values, r + 1), header)) return true;
  if (filled === 1 && isHeading(onlyText(row))) return true;
  if (filled > 3) return false;
  // A line of a legend: a legend title above it with no blank row between.
  for (let up = r - 1; up > headerIndex && up >= r - LEGEND_LINES; up--) {
    const above = rowAt(values, up);
    const n = filledCells(above, 2);
    if (n === 0) break;
    if (n === 1 && isLegendTitle(onlyText(above))) return true;
  }
  // A stray character or note below the list: alone in its row, after a blank row, with no prospect after it.
  if (filled === 1 && r - 1 > headerIndex && filledCells(rowAt(values, r - 1), 1) === 0) {
    for (let down = r + 1; down < values.length; down++) if (filledCells(rowAt(values, down), 1) > 0) return false;
    return true;
  }
  return false;
}
