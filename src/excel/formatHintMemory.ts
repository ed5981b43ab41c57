/**
 * Where the format hint (formatHint.ts) lives: per-user storage (userStorage.ts, localStorage under Office's
 * partitionKey), keyed by a hash of the open document's identity, Office.context.document.url. That URL is
 * "null if the URL is unavailable" (@types/office-js Document.url), empty for guest users in Excel on the web
 * (office-js 3204) and for a new workbook until it is saved and reopened, and stale after a rename until the file is
 * reopened (office-js 1507): without one there is no hint, and a stale one only costs the hint. The preview's
 * in-memory Office gives each demo and opened file a stable identity of its own.
 */
import { holdingNumbers } from "./cellReads";
import { numberFormatColumns } from "../core";
import type { Columns } from "../core/detectHeader";
import type { ProbeHint } from "./findProspectRange";
import { FORMAT_HINT_KEY, hashText, hintFor, parseFormatHints, storeFormatHint } from "./formatHint";
import type { ProspectSource } from "./port";
import { PROBE_COLUMNS, PROBE_ROWS } from "./probe";
import { userStorage, type UserStorage } from "./userStorage";

export interface FormatHintMemory {
  /** The hint for this document's first read, if one is stored. */
  load(): ProbeHint | undefined;
  /** Remembers the columns (absolute) a first read of `sheetName`'s list needs; writes only when it changed. */
  save(sheetName: string, columns: readonly number[]): void;
}

/** The open document's identity, or undefined when the host gives none. */
export function documentIdentity(): string | undefined {
  try {
    const url = (globalThis as { Office?: { context?: { document?: { url?: unknown } } } }).Office?.context?.document
      ?.url;
    return typeof url === "string" && url.trim() !== "" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The hint memory of the open document, or undefined when it has no identity (then reads go without a hint). */
export function formatHintMemory(storage: UserStorage = userStorage()): FormatHintMemory | undefined {
  const identity = documentIdentity();
  if (identity === undefined) return undefined;
  const document = hashText(identity);
  return {
    load: () => hintFor(parseFormatHints(storage.get(FORMAT_HINT_KEY), PROBE_COLUMNS), document),
    save: (sheetName, columns) => {
      const stored = storage.get(FORMAT_HINT_KEY);
      const text = storeFormatHint(
        parseFormatHints(stored, PROBE_COLUMNS),
        { document, sheet: hashText(sheetName), columns: [...columns] },
        PROBE_COLUMNS,
      );
      if (text !== stored) storage.set(FORMAT_HINT_KEY, text);
    },
  };
}

/** What the read itself picked: numberFormatColumns of the list's first `rows` rows with `mapping`. */
export interface EarlierPick {
  rows: number;
  mapping: Columns;
  picked: ReturnType<typeof numberFormatColumns>;
}

const sameMapping = (a: Columns, b: Columns): boolean => {
  const keys = Object.keys(a) as (keyof Columns)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/**
 * The columns (absolute) whose formats a first read of this list needs for its probe rows, from the list's values
 * (rows of `source`) and the rep's mapping: the columns core numberFormatColumns picks that hold a number there, or
 * every column when no header is found. None when the list does not lie inside the probe (A1:T1500): the first read
 * cannot use its probe then. `earlier` is the read's own pick: reused when it looked at these same rows (the list's
 * first rows, as many) with the same mapping, so a first read does not find the header twice.
 */
export function columnsToRemember(
  values: unknown[][],
  source: ProspectSource,
  mapping: Columns,
  earlier?: EarlierPick,
): number[] {
  const inProbe = source.rowIndex < PROBE_ROWS && source.columnIndex + source.columnCount <= PROBE_COLUMNS;
  if (!inProbe) return [];
  const rows = values.slice(0, PROBE_ROWS - source.rowIndex);
  const picked =
    earlier && earlier.rows === rows.length && sameMapping(earlier.mapping, mapping)
      ? earlier.picked
      : numberFormatColumns(rows, mapping);
  const all = Array.from({ length: source.columnCount }, (_, c) => source.columnIndex + c);
  if (!picked) return all;
  return holdingNumbers(
    rows,
    source,
    picked.columns.map((column) => source.columnIndex + column),
  );
}
