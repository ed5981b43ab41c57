import { cellText } from "../cellText";
import { normalizeHeader } from "../normalizeHeader";
import { parseDateText } from "../parseDate";
import { serialParts } from "../serial";
import type { DateOrder, HeaderReport } from "../types";

/**
 * The two optional columns the follow-up loop uses, found beside the core's roles without changing the report's
 * shape: how often the prospect was contacted, and when last.
 */
export interface FollowUpColumns {
  /** 0-based column (within the list) of "Touches", "Attempts", "# contacts", …. */
  touches?: number;
  /** 0-based column of "Last contact", "Last contacted", "Last touch", …. */
  lastContact?: number;
}

/** Header words, as normalizeHeader leaves them ("# contacts" → "contacts"), per language. */
const TOUCHES = new Set([
  "touches",
  "touch count",
  "touchpoints",
  "attempts",
  "contact attempts",
  "call attempts",
  "attempt count",
  "contacts",
  "contacts made",
  "no of contacts",
  "number of contacts",
  "contact count",
  "times contacted",
  "follow ups",
  "follow up count",
  "follow ups done",
  "calls made",
  "tentatives",
  "nombre de contacts",
  "versuche",
  "kontaktversuche",
  "anzahl kontakte",
  "intentos",
  "contactos",
  "tentativi",
  "contatti",
  "tentativas",
  "contatos",
  "pogingen",
  "aantal contacten",
]);

const LAST_CONTACT = new Set([
  "last contact",
  "last contacted",
  "last contact date",
  "last contacted date",
  "last touch",
  "last touch date",
  "last touched",
  "last activity",
  "last activity date",
  "last call",
  "last call date",
  "date contacted",
  "date of last contact",
  "dernier contact",
  "date du dernier contact",
  "letzter kontakt",
  "zuletzt kontaktiert",
  "último contacto",
  "ultimo contacto",
  "ultimo contatto",
  "último contato",
  "ultimo contato",
  "laatste contact",
]);

/**
 * Finds the touches and last-contact columns in the header row the core found (columns already holding a role are
 * skipped). values and startRow are the same as analyzeSheet's input.
 * Example: header ["Company", "Next step", "Due", "Touches"] → { touches: 3 }.
 */
export function findFollowUpColumns(values: unknown[][], header: HeaderReport, startRow = 1): FollowUpColumns {
  const row = values[header.row - startRow];
  const found: FollowUpColumns = {};
  if (header.row < startRow || !Array.isArray(row)) return found;
  const taken = new Set(Object.values(header.columns));
  for (let col = 0; col < row.length && col < 256; col++) {
    if (taken.has(col) || typeof row[col] !== "string") continue;
    const name = normalizeHeader(row[col] as string).join(" ");
    if (found.touches === undefined && TOUCHES.has(name)) found.touches = col;
    else if (found.lastContact === undefined && LAST_CONTACT.has(name)) found.lastContact = col;
  }
  return found;
}

/**
 * The count in a touches cell: a whole number ≥ 0, or numeric text ("3", " 4 "); an empty cell is 0 touches;
 * anything else (a note, a negative or fractional number) is undefined: not a count NextStep may add to.
 */
export function touchCount(cell: unknown): number | undefined {
  if (cell === "" || cell === null || cell === undefined) return 0;
  const n = typeof cell === "number" ? cell : /^\s*\d{1,6}\s*$/u.test(String(cell)) ? Number(String(cell).trim()) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Day number of a last-contact cell (a date serial or date text), or undefined when it holds no date. */
export function lastContactDay(
  cell: unknown,
  options: { today: string; dateOrder: DateOrder; date1904: boolean },
): number | undefined {
  if (typeof cell === "number") return serialParts(cell, options.date1904)?.day;
  const text = cellText(cell);
  return text ? parseDateText(text, options.dateOrder, options.today)?.day : undefined;
}
