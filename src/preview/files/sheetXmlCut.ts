/**
 * Pure: a worksheet part's XML (xl/worksheets/sheetN.xml, ECMA-376 Part 1, 18.3.1.99) cut after its last row
 * numbered maxRows or less, without parsing it: a textual cut at a `<row …>` boundary, so exceljs (whose browser
 * build has no streaming reader) only ever unpacks the rows the preview keeps. The rows after the cut are counted
 * by their start tags, never parsed. Works on bytes, not a string: a sheet's XML can pass the ~512 MB a browser
 * string holds.
 */

export interface SheetXmlCut {
  /** The sheet's XML with only the kept rows, or null when nothing needed cutting (or the XML was not understood). */
  xml: Uint8Array | null;
  /** Row elements after the cut that hold cells (empty formatted rows `<row …/>` are not counted). */
  rowsLeftOut: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const ROW_START = ascii("<row");
const SHEET_DATA_END = ascii("</sheetData>");
const MERGE_CELLS_START = ascii("<mergeCells");
/** Bytes as a string of char codes 0-255 and back: exact for any bytes (UTF-8 passes through untouched). */
function binary(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

function startsAt(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/** The next `<row` start tag (not `<rowBreaks` or the like) at or after `from`, or -1. */
function nextRowTag(bytes: Uint8Array, from: number, end: number): number {
  for (let at = bytes.indexOf(LT, from); at >= 0 && at < end; at = bytes.indexOf(LT, at + 1)) {
    if (!startsAt(bytes, at, ROW_START)) continue;
    const after = bytes[at + ROW_START.length];
    if (after === 0x20 || after === GT || after === SLASH || after === 0x09 || after === 0x0a || after === 0x0d) {
      return at;
    }
  }
  return -1;
}

function indexOfWord(bytes: Uint8Array, word: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(word[0], from); at >= 0; at = bytes.indexOf(word[0], at + 1)) {
    if (startsAt(bytes, at, word)) return at;
  }
  return -1;
}

/** The first row of an A1 reference like "B12:D40" (0 when there is none). */
const firstRowOf = (ref: string) => Number(/^[A-Z]+(\d+)/i.exec(ref)?.[1] ?? 0);

/**
 * Merged areas that start after the cut point at rows the preview never loads: drop them (an area spanning the cut
 * is kept; exceljs keeps its master cell). Everything else after sheetData (conditional formats, table parts,
 * page setup) stays as it was.
 */
function tailWithoutCutMerges(tail: string, maxRows: number): string {
  return tail.replace(/<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/, (_whole, inner: string) => {
    const kept = (inner.match(/<mergeCell\b[^>]*\/>/g) ?? []).filter((tag) => {
      const ref = /\bref="([^"]*)"/.exec(tag)?.[1] ?? "";
      return firstRowOf(ref) <= maxRows;
    });
    return kept.length ? `<mergeCells count="${kept.length}">${kept.join("")}</mergeCells>` : "";
  });
}

/**
 * Cuts `xml` after its rows numbered up to maxRows. `progress` gets 0..1 of the bytes scanned, every few MB.
 * Rows without an r attribute are numbered by position, as Excel does.
 */
export function cutSheetXml(xml: Uint8Array, maxRows: number, progress: (fraction: number) => void): SheetXmlCut {
  const sheetDataEnd = indexOfWord(xml, SHEET_DATA_END, 0);
  if (sheetDataEnd < 0) return { xml: null, rowsLeftOut: 0 };
  let rowNumber = 0;
  let cut = -1;
  let rowsLeftOut = 0;
  let nextReport = 0;
  for (let at = nextRowTag(xml, 0, sheetDataEnd); at >= 0; at = nextRowTag(xml, at + 1, sheetDataEnd)) {
    if (at >= nextReport) {
      progress(at / sheetDataEnd);
      nextReport = at + 8 * 1024 * 1024;
    }
    const tagEnd = xml.indexOf(GT, at);
    if (tagEnd < 0) return { xml: null, rowsLeftOut: 0 };
    const selfClosing = xml[tagEnd - 1] === SLASH;
    if (cut < 0) {
      const tag = binary(xml.subarray(at, tagEnd));
      const numbered = /\br="(\d+)"/.exec(tag);
      rowNumber = numbered ? Number(numbered[1]) : rowNumber + 1;
      if (rowNumber > maxRows) cut = at;
    }
    if (cut >= 0 && !selfClosing) rowsLeftOut++;
    at = tagEnd;
  }
  progress(1);
  if (cut < 0) return { xml: null, rowsLeftOut: 0 };
  // Everything after </sheetData> is small (merges, rules, page setup): it is handled as text.
  const tail = binary(xml.subarray(sheetDataEnd));
  const hasMerges = indexOfWord(xml, MERGE_CELLS_START, sheetDataEnd) >= 0 && tail.includes("</mergeCells>");
  const keptTail = ascii(hasMerges ? tailWithoutCutMerges(tail, maxRows) : tail);
  const out = new Uint8Array(cut + keptTail.length);
  out.set(xml.subarray(0, cut), 0);
  out.set(keptTail, cut);
  return { xml: out, rowsLeftOut };
}
