/** Case-, space- and punctuation-insensitive form of a text, shared by header, status, placeholder and key matching. */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** 0 = separator, 1 = keep as is, 2 = upper-case ASCII letter; non-ASCII is decided by the regex above. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 2;

/**
 * Lower-case words of letters and digits (any script) joined by single spaces; punctuation, emoji and spacing vanish.
 * Example: normalizeWords("  Closed – Won! 🎉") === "closed won"; normalizeWords("E-mail") === "e mail".
 */
export function normalizeWords(text: string): string {
  const n = text.length;
  // Fast path: already normalised text (the common case for statuses and names) is returned without copying.
  let clean = n > 0;
  for (let i = 0; i < n && clean; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = ASCII_CLASS[c];
      if (k === 1) continue;
      if (c === 32 && i > 0 && i < n - 1 && text.charCodeAt(i - 1) !== 32) continue;
    }
    clean = false;
  }
  if (clean) return text;
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let ch: string;
    if (c < 128) {
      const k = ASCII_CLASS[c];
      if (k === 0) {
        pendingSpace = out.length > 0;
        continue;
      }
      ch = k === 2 ? String.fromCharCode(c + 32) : text[i];
    } else {
      const cp = text.codePointAt(i) ?? c;
      const wide = cp > 0xffff;
      const s = String.fromCodePoint(cp);
      if (wide) i++;
      if (!LETTER_OR_DIGIT.test(s)) {
        pendingSpace = out.length > 0;
        continue;
      }
      ch = s.toLowerCase();
    }
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += ch;
  }
  return out;
}

/** normalizeWords without the spaces, so "Follow-up", "Follow up" and "Followup" compare equal. */
export function compactWords(text: string): string {
  const w = normalizeWords(text);
  return w.indexOf(" ") < 0 ? w : w.split(" ").join("");
}
