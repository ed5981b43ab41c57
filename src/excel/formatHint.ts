/**
 * Pure: the "format hint", a per-user memory of which sheet columns needed number formats the last time a document's
 * list was read, so the next first read can load them in its probe sync instead of a second one. Stored as one small
 * JSON text: the most recent documents first, each with the sheet of its last list (hashed: never a URL or sheet
 * name in clear) and its columns. The hint only ever adds loads: whatever it says, the read checks which columns it
 * needs from the values and loads any still missing, so a stale, corrupt or hostile hint costs bytes, never truth.
 */

/** localStorage key (under Office's partitionKey, see userStorage.ts). */
export const FORMAT_HINT_KEY = "nextstep.formatHints";
/** Documents remembered; the oldest is dropped beyond this (each entry is well under 200 bytes). */
export const MAX_HINT_DOCUMENTS = 20;
/** A stored text longer than this is not ours: ignored. */
export const MAX_HINT_TEXT = 8_000;

export interface FormatHint {
  /** hashText of the document's identity (its URL). */
  document: string;
  /** hashText of the list's sheet name. */
  sheet: string;
  /** Absolute 0-based sheet columns, ascending, each below `columnLimit` (the probe's width). */
  columns: number[];
}

/**
 * A 64-bit FNV-1a hash of `text` as 16 hex digits (two 32-bit lanes with different offsets): a stable key that does
 * not keep the URL or sheet name readable. Not a secret: the storage is the rep's own.
 * Example: hashText("") → "811c9dc5050c5d1f".
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit, 0x01000193) >>> 0;
    b = (b ^ (a >>> 7)) >>> 0; // ties the lanes so they are not two copies of one hash
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

const HASH = /^[0-9a-f]{16}$/;

/** Columns as stored, if they are plainly ours: distinct ascending integers in [0, columnLimit). */
function validColumns(value: unknown, columnLimit: number): number[] | undefined {
  if (!Array.isArray(value) || value.length > columnLimit) return undefined;
  let previous = -1;
  for (const column of value) {
    if (!Number.isInteger(column) || column <= previous || column >= columnLimit) return undefined;
    previous = column as number;
  }
  return value as number[];
}

/**
 * The stored hints, validated: anything malformed (not JSON, wrong version, bad hash, a column outside the probe,
 * too long) gives no hints at all rather than a guess. Never throws.
 */
export function parseFormatHints(text: string | null | undefined, columnLimit: number): FormatHint[] {
  if (typeof text !== "string" || text.length > MAX_HINT_TEXT) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof parsed !== "object" || parsed === null) return [];
  const { v, hints } = parsed as { v?: unknown; hints?: unknown };
  if (v !== 1 || !Array.isArray(hints) || hints.length > MAX_HINT_DOCUMENTS) return [];
  const out: FormatHint[] = [];
  for (const entry of hints) {
    if (typeof entry !== "object" || entry === null) return [];
    const { d, s, c } = entry as { d?: unknown; s?: unknown; c?: unknown };
    const columns = validColumns(c, columnLimit);
    if (typeof d !== "string" || !HASH.test(d) || typeof s !== "string" || !HASH.test(s) || !columns) return [];
    if (out.some((hint) => hint.document === d)) return [];
    out.push({ document: d, sheet: s, columns: [...columns] });
  }
  return out;
}

/** The hint of `document` (a hashText), if one is stored. */
export function hintFor(hints: readonly FormatHint[], document: string): FormatHint | undefined {
  return hints.find((hint) => hint.document === document);
}

/**
 * The stored text after `hint` replaces its document's entry and moves to the front (most recent first), the oldest
 * entries dropped beyond MAX_HINT_DOCUMENTS. Columns outside [0, columnLimit) are left out, the rest sorted.
 */
export function storeFormatHint(hints: readonly FormatHint[], hint: FormatHint, columnLimit: number): string {
  const columns = [...new Set(hint.columns)]
    .filter((column) => Number.isInteger(column) && column >= 0 && column < columnLimit)
    .sort((a, b) => a - b);
  const kept = hints.filter((other) => other.document !== hint.document).slice(0, MAX_HINT_DOCUMENTS - 1);
  const entries = [{ ...hint, columns }, ...kept].map(({ document, sheet, columns: c }) => ({
    d: document,
    s: sheet,
    c,
  }));
  return JSON.stringify({ v: 1, hints: entries });
}

/**
 * Which hinted columns' formats a read keeps: those it needs (they are the cells' own formats, loaded in the same sync
 * as the values), never the others, so a stale hint cannot widen the snapshot. `needed` undefined (no header found):
 * every column of the list is needed. The needed columns not kept are what the read still loads.
 * Example: hintedColumnsToKeep([4, 7], [4, 5], [0, 1, 2, 3, 4, 5]) → [4].
 */
export function hintedColumnsToKeep(
  hinted: readonly number[],
  needed: readonly number[] | undefined,
  listColumns: readonly number[],
): number[] {
  return hinted.filter((column) => listColumns.includes(column) && (needed ?? listColumns).includes(column));
}
