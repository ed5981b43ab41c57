/** What every sync cost: the figures tests and bench compare. */

/** Excel on the web rejects requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Excel reads at most 5,000,000 cells in one request. */
export const READ_CELL_LIMIT = 5_000_000;

export interface CounterSnapshot {
  syncs: number;
  /** Queued operations: each load, property set and method call (including those that return an object). */
  apiCalls: number;
  requestBytes: number;
  responseBytes: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /**
   * Undo records the add-in made: every sync that writes makes one (RunOptions.mergeUndoGroup docs: "When false, each
   * context.sync() call creates an undo record"), so a rep's Ctrl+Z undoes the add-in's last write instead of theirs.
   */
  undoRecords: number;
}

/** One cell-data property a sync read from one range: which, where, and how many cells (what the response grew by). */
export interface RangeRead {
  property: string;
  /** Sheet-qualified A1 address of the range read. */
  address: string;
  cells: number;
}

export class MemoryCounters implements CounterSnapshot {
  syncs = 0;
  apiCalls = 0;
  requestBytes = 0;
  responseBytes = 0;
  largestRequestBytes = 0;
  largestResponseBytes = 0;
  undoRecords = 0;
  /**
   * Every read of a cell-data property (values, formulas, numberFormat, text, valueTypes) with its range, in order: a
   * real host's response grows with each property loaded for each cell (responseBytes counts the same), so tests can
   * check which ranges paid for number formats or text, not only how much. Not part of snapshot().
   */
  rangeReads: RangeRead[] = [];

  reset(): void {
    this.rangeReads = [];
    this.syncs = 0;
    this.apiCalls = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.largestRequestBytes = 0;
    this.largestResponseBytes = 0;
    this.undoRecords = 0;
  }

  snapshot(): CounterSnapshot {
    const { syncs, apiCalls, requestBytes, responseBytes, largestRequestBytes, largestResponseBytes, undoRecords } =
      this;
    return { syncs, apiCalls, requestBytes, responseBytes, largestRequestBytes, largestResponseBytes, undoRecords };
  }
}

/** UTF-8 size of the JSON text of a value, as it would travel. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  // One byte per ASCII character (most of any sheet), plus what each other character adds, found by a native regex
  // scan rather than a loop in script over every character: every sync counts its payload.
  let bytes = json.length;
  for (const wide of json.match(/[\u0080-\uffff]/g) ?? []) {
    const code = wide.charCodeAt(0);
    // 2 bytes below U+0800; a surrogate pair is 4 bytes for its 2 units; the rest of the BMP is 3 bytes.
    bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
