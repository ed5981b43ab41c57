import { cellText, hasContent } from "./cellText";
import { mostly, profileColumns } from "./columnValues";
import {
  hasHistoryWord,
  headerLanguages,
  isActiveFlagHeader,
  isHistoryDateHeader,
  isOptOutHeader,
  isRecordStatusHeader,
  isVerdictHeader,
} from "./headerExtras";
import { matchHeader } from "./matchHeader";
import { foldedHeader } from "./normalizeHeader";
import { FULL_NAME_HEADERS, NAME_PART_HEADERS, PERSON_NAME_HEADERS } from "./roleSynonyms";
import { rolesByValues } from "./rolesByValues";
import type { Role } from "./types";

/** The rule: the header is among the first 10 non-empty rows. */
const HEADER_SCAN_ROWS = 10;
/** Columns looked at for header names; sheets wider than this keep their roles in the first columns in practice. */
const HEADER_SCAN_COLUMNS = 256;

export type Columns = Partial<Record<Role, number>>;

export interface HeaderDetection {
  /** Index into values of the header row; -1 when no header was found (then every row is data, see below). */
  index: number;
  /** Columns for each role: the user's mapping first, then names found in the header row. */
  columns: Columns;
  /** True when a header row was found (by names, or by the user's mapping); false = no usable header. */
  found: boolean;
  /** More status-like columns beside the status role's ("Stage" beside "Status"): each can close a row. */
  closers: number[];
  /** Opt-out / do-not-contact columns: a yes or TRUE in one closes the row. */
  optOuts: number[];
  /** Active-flag columns ("Active", "Aktiv"): a no or FALSE closes the row. */
  activeFlags: number[];
  /** Columns of history dates (created, last contacted, close date, birthday): never the follow-up date. */
  historyDates: number[];
  /** Languages other than English the header's names are written in ("es", "de"). */
  languages: string[];
}

const NOTHING_MORE = { closers: [], optOuts: [], activeFlags: [], historyDates: [], languages: [] };

const EMPTY: readonly unknown[] = [];
export const rowAt = (values: unknown[][], r: number): readonly unknown[] => {
  const row = values[r];
  return Array.isArray(row) ? row : EMPTY;
};

/** A header holds names only: a row with a number or a boolean in it is data. */
function isAllText(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length && c < HEADER_SCAN_COLUMNS; c++) {
    const cell = row[c];
    if ((typeof cell === "number" && Number.isFinite(cell)) || typeof cell === "boolean") return false;
  }
  return true;
}

function rowHasContent(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (hasContent(row[c])) return true;
  return false;
}

/** A match at least this good names the role outright (exact, or as the header's last words). */
const STRONG = 2000;

/**
 * Greedy assignment: the best-scoring (column, role) pairs first, one column per role and one role per column.
 * 'strong' counts roles named outright, so a title row such as "Company: Acme" | "Owner: Jane" is no header.
 */
export function namedColumns(row: readonly unknown[], mapping: Columns): { named: Columns; strong: number } {
  const takenCols = new Set<number>(Object.values(mapping));
  const candidates: { col: number; role: Role; score: number }[] = [];
  const width = Math.min(row.length, HEADER_SCAN_COLUMNS);
  for (let col = 0; col < width; col++) {
    if (takenCols.has(col) || typeof row[col] !== "string" || isOptOutHeader(cellText(row[col]))) continue;
    for (const m of matchHeader(cellText(row[col]))) {
      if (mapping[m.role] === undefined) candidates.push({ col, role: m.role, score: m.score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const named: Columns = {};
  let strong = 0;
  for (const { col, role, score } of candidates) {
    if (named[role] !== undefined || takenCols.has(col)) continue;
    named[role] = col;
    takenCols.add(col);
    if (score >= STRONG) strong++;
  }
  personBesideCompany(row, named, mapping, takenCols);
  personAsProspect(row, named, mapping);
  return { named, strong };
}

/**
 * A list of people ("Full Name", "Contact Name", "Nombre completo", or a name in two columns, and no company column):
 * the person is who to follow up, so their column is the prospect.
 */
function personAsProspect(row: readonly unknown[], named: Columns, mapping: Columns): void {
  if (named.prospect !== undefined || mapping.prospect !== undefined) return;
  const col = named.contact;
  if (col === undefined || mapping.contact !== undefined) return;
  const header = foldedHeader(cellText(row[col])).join(" ");
  if (!FULL_NAME_HEADERS.has(header) && !(NAME_PART_HEADERS.has(header) && hasOtherNamePart(row, col))) return;
  named.prospect = col;
  delete named.contact;
}

/** A name split in two ("First Name" | "Last Name", "名" | "姓"): together they name the person. */
function hasOtherNamePart(row: readonly unknown[], col: number): boolean {
  const width = Math.min(row.length, HEADER_SCAN_COLUMNS);
  for (let c = 0; c < width; c++) {
    if (c !== col && NAME_PART_HEADERS.has(foldedHeader(cellText(row[c])).join(" "))) return true;
  }
  return false;
}

/** "Name" beside a "Company" column is the person's name: once the prospect is named elsewhere, it is the contact. */
function personBesideCompany(row: readonly unknown[], named: Columns, mapping: Columns, takenCols: Set<number>): void {
  if (named.contact !== undefined || mapping.contact !== undefined) return;
  if ((named.prospect ?? mapping.prospect) === undefined) return;
  const width = Math.min(row.length, HEADER_SCAN_COLUMNS);
  for (let col = 0; col < width; col++) {
    if (takenCols.has(col) || typeof row[col] !== "string") continue;
    if (PERSON_NAME_HEADERS.has(foldedHeader(cellText(row[col])).join(" "))) {
      named.contact = col;
      return;
    }
  }
}

/** A row whose mapped cells are all labels (text, no dates or numbers): how a header looks when its names are unknown. */
function looksLikeLabels(row: readonly unknown[], columns: Columns, isDate: (cell: unknown) => boolean): boolean {
  let labels = 0;
  for (const col of Object.values(columns)) {
    if (col === undefined) continue;
    const cell = row[col];
    if (typeof cell === "number" || typeof cell === "boolean" || isDate(cell)) return false;
    if (hasContent(cell)) labels++;
  }
  return labels >= 2 && hasContent(row[columns.prospect ?? -1]);
}

/**
 * A two-row header: a cell merged down over both rows (a "Status" spanning rows 1–2) holds its name in the upper row
 * and leaves the lower one blank. Such a column keeps the role the upper row names, when the lower row names that role
 * nowhere else; a group heading over named cells ("Follow-up" over "Date" and "Action") gives nothing.
 */
function withMergedAbove(header: Columns, above: Columns, headerRow: readonly unknown[]): Columns {
  const out: Columns = { ...header };
  const used = new Set(Object.values(header));
  for (const [role, col] of Object.entries(above) as [keyof Columns, number | undefined][]) {
    if (col === undefined || out[role] !== undefined || used.has(col) || hasContent(headerRow[col])) continue;
    out[role] = col;
    used.add(col);
  }
  return out;
}

/**
 * Finds the header: the first of the first 10 non-empty rows that names the prospect role and one more role (or,
 * when that row only groups the columns, the row under it that names more of them).
 * When the user mapped columns and no row names them, the first row that reads as labels in the mapped columns is
 * the header, and without one every row is data. isDate tells dates from labels.
 * Example: [["Q4 prospects"], [], ["Company", "Next step", "Due"]] → index 2, columns { prospect: 0, nextStep: 1, date: 2 }.
 */
export function detectHeader(
  values: unknown[][],
  mapping: Columns,
  isDate: (cell: unknown) => boolean,
  isDateValue: (cell: unknown, r: number, c: number) => boolean = isDate,
): HeaderDetection {
  const candidates: number[] = [];
  for (let r = 0; r < values.length && candidates.length < HEADER_SCAN_ROWS; r++) {
    if (rowHasContent(rowAt(values, r))) candidates.push(r);
  }
  const headerAt = (r: number): Columns | undefined => {
    const { named, strong } = namedColumns(rowAt(values, r), mapping);
    const roles = Object.keys(named).length;
    // With a mapped prospect column the header may name it in words we do not know; two other names still mark it.
    const prospect = named.prospect !== undefined || mapping.prospect !== undefined;
    return prospect && roles >= 2 && strong >= 1 ? named : undefined;
  };
  for (let i = 0; i < candidates.length; i++) {
    let named = headerAt(candidates[i]);
    if (!named) continue;
    // A row of group headings ("Prospect | | Contact info | | Follow-up") sits above the real header, which names
    // more roles: the header is the row under it then.
    while (i + 1 < candidates.length && isAllText(rowAt(values, candidates[i + 1]))) {
      const under = headerAt(candidates[i + 1]);
      if (!under) break;
      const merged = withMergedAbove(under, named, rowAt(values, candidates[i + 1]));
      if (Object.keys(merged).length <= Object.keys(named).length) break;
      named = merged;
      i++;
    }
    return describe(values, candidates[i], named, mapping, isDateValue);
  }
  if (Object.keys(mapping).length === 0) return { index: -1, columns: {}, found: false, ...NOTHING_MORE };
  for (const r of candidates) {
    const row = rowAt(values, r);
    const named = namedColumns(row, mapping).named;
    if (looksLikeLabels(row, { ...mapping, ...named }, isDate)) return describe(values, r, named, mapping, isDateValue);
  }
  return { index: -1, columns: { ...mapping }, found: true, ...NOTHING_MORE };
}

/** The header at index with its names checked against the cells below, and what else its columns say. */
function describe(
  values: unknown[][],
  index: number,
  named: Columns,
  mapping: Columns,
  isDateValue: (cell: unknown, r: number, c: number) => boolean,
): HeaderDetection {
  const row = rowAt(values, index);
  const width = Math.min(row.length, HEADER_SCAN_COLUMNS);
  const profiles = profileColumns(values, index, width, isDateValue);
  const columns = rolesByValues(row, { ...mapping, ...named }, mapping, profiles);
  personBesideCompany(row, columns, mapping, new Set(Object.values(columns)));
  const used = new Set(Object.values(columns));
  const closers: number[] = [];
  const optOuts: number[] = [];
  const activeFlags: number[] = [];
  const historyDates: number[] = [];
  for (let col = 0; col < width; col++) {
    if (used.has(col) || typeof row[col] !== "string") continue;
    const text = cellText(row[col]);
    if (isOptOutHeader(text)) optOuts.push(col);
    else if (isActiveFlagHeader(text)) activeFlags.push(col);
    else if ((matchHeader(text)[0]?.role === "status" && !isRecordStatusHeader(text)) || isVerdictHeader(text))
      closers.push(col);
    else if (isHistoryDateHeader(text) || (hasHistoryWord(text) && mostly(profiles[col], (p) => p.dates)))
      historyDates.push(col);
  }
  const languages = headerLanguages(row, width);
  return { index, columns, found: true, closers, optOuts, activeFlags, historyDates, languages };
}
