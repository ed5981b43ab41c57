/**
 * Pure: the text Excel (and Google Sheets) put on the clipboard for a block of cells → rows of fields. Cells are
 * tab-separated, rows end in CRLF, and a cell holding a line break, tab or quote is quoted with "" escaping.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quotedStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (quotedStart && ch === '"' && field === "") {
      const close = findClosingQuote(text, i + 1);
      if (close > 0) {
        field = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        quotedStart = false;
        continue;
      }
    }
    quotedStart = false;
    if (ch === "\t") {
      row.push(field);
      field = "";
      quotedStart = true;
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      quotedStart = true;
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Index of the quote closing a quoted field that starts at `from`, followed by a separator or the end; else -1. */
function findClosingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r" ? i : -1;
  }
  return -1;
}
