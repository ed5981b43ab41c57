/**
 * Pure: cuts decoded CSV text into runs of whole records, so a large file can be parsed slice by slice. A line break
 * inside a quoted field ("Call Ann\nthen Bob") is part of the field, not the end of a record (RFC 4180 2.6).
 */
export class CsvLineCutter {
  private carry = "";
  private inQuotes = false;
  /** Records ended so far (line breaks outside quotes). */
  records = 0;

  /** Adds text; returns the whole records it completes (without the last line break), or "" when none. */
  push(text: string): string {
    const start = this.carry.length;
    const all = this.carry + text;
    let cut = -1;
    for (let i = start; i < all.length; i++) {
      const ch = all.charCodeAt(i);
      if (ch === 34) this.inQuotes = !this.inQuotes;
      else if (ch === 10 && !this.inQuotes) {
        cut = i;
        this.records++;
      }
    }
    if (cut < 0) {
      this.carry = all;
      return "";
    }
    this.carry = all.slice(cut + 1);
    return stripCr(all.slice(0, cut));
  }

  /** What is left at the end of the file (a last record without a line break), or "". */
  finish(): string {
    const rest = stripCr(this.carry);
    this.carry = "";
    if (rest !== "") this.records++;
    return rest;
  }
}

function stripCr(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}
