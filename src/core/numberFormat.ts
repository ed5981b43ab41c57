/** What a cell's number format says about the number in it. */
export type FormatKind = "general" | "date" | "dateTime" | "time" | "number" | "text";

const cache = new Map<string, FormatKind>();

/**
 * Classifies an Excel number format code by its first section, ignoring quoted text, escapes and [colour]/[$-locale]
 * blocks: any d/y (or m without h/s) is a date, h/s/AM-PM a time, both a date-time.
 * Example: formatKind("m/d/yyyy") === "date"; formatKind("m/d/yyyy h:mm") === "dateTime"; formatKind("0.00") === "number".
 */
export function formatKind(code: string): FormatKind {
  const hit = cache.get(code);
  if (hit) return hit;
  const kind = classify(code);
  if (cache.size < 1000) cache.set(code, kind);
  return kind;
}

function classify(code: string): FormatKind {
  const trimmed = code.trim();
  const lower = trimmed.toLowerCase();
  if (lower === "" || lower === "general" || lower === "standard") return "general";
  if (lower === "@") return "text";
  let date = false;
  let time = false;
  let month = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    if (c === ";") break;
    if (c === '"') {
      const close = lower.indexOf('"', i + 1);
      i = close < 0 ? lower.length : close;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++;
    } else if (c === "[") {
      const close = lower.indexOf("]", i + 1);
      const inner = lower.slice(i + 1, close < 0 ? lower.length : close);
      // [h], [mm], [ss] are elapsed-time codes; other brackets are colours, conditions and locales.
      if (/^(h+|m+|s+)$/.test(inner)) time = true;
      i = close < 0 ? lower.length : close;
    } else if (c === "d" || c === "y") {
      date = true;
    } else if (c === "h" || c === "s") {
      time = true;
    } else if (c === "m") {
      month = true;
    } else if (lower.startsWith("am/pm", i) || lower.startsWith("a/p", i)) {
      time = true;
      i += lower.startsWith("am/pm", i) ? 4 : 2;
    }
  }
  // "m" is minutes next to h or s and a month otherwise.
  if (month && !time) date = true;
  if (date && time) return "dateTime";
  if (date) return "date";
  if (time) return "time";
  return "number";
}
