/* eslint-disable no-control-regex -- stripping control characters from cell text is the point here */
/** RFC 5545 text primitives: TEXT escaping, parameter quoting and 75-octet line folding. */

const encoder = new TextEncoder();

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks, and drops other
 * control characters, so no cell content can end the line and start a property of its own.
 * Example: escapeText("a,b;c\nEND:VEVENT") → "a\\,b\\;c\\nEND:VEVENT".
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
}

/** A parameter value, quoted when it holds characters that would end the parameter. */
export function paramValue(value: string): string {
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, "");
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds one content line at 75 octets (§3.1): continuation lines start with a space, and a multi-byte
 * UTF-8 character is never split. Returns the line with CRLF separators but no trailing CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      out.push(current);
      current = " ";
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join("\r\n");
}

/** Joins content lines into an iCalendar stream: each folded, each ended by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + "\r\n").join("");
}
