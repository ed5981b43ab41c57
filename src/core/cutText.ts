/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would fall inside a surrogate pair, so an emoji is
 * never split in half (half a pair is not text: it turns into U+FFFD, or breaks UTF-8 encoders and Graph values).
 * Lengths are UTF-16 units because that is what Graph's and Excel's limits count (e.g. a 255-character subject).
 * Example: cutText("ab😀", 3) === "ab"; cutText("ab😀", 4) === "ab😀".
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = Math.max(0, Math.floor(max));
  const last = text.charCodeAt(end - 1);
  // A high surrogate as the last unit kept means its low half would be cut off: drop both.
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/**
 * Text that fits `max` UTF-16 units: unchanged when it does, else cut surrogate-safely with "…" at the end
 * (the ellipsis counted in `max`). Example: clipText("Acme Corporation", 8) === "Acme Co…".
 */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${cutText(text, max - 1)}…`;
}
