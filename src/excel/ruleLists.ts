/**
 * Pure: the word and day lists inside the highlight formulas, and the cleaning that makes Excel's text match the
 * core's. A list is one delimited text searched once ("|won|lost|"), so a long list costs its own length and one cell
 * reference, not one comparison per word.
 */

/**
 * Excel's formula limit is 8,192 characters; word lists stop well before it. One formula may hold the closed list
 * (shared by every status-like column), the ignored rows and one of the placeholder or unusable-date lists.
 */
export const MAX_LIST_CHARS = 1800;
/** Excel rejects a formula holding a text constant longer than this; no date is written that long anyway. */
export const MAX_LITERAL_CHARS = 255;

/** What Excel's TRIM leaves of a text: no leading/trailing spaces, single spaces inside. */
export function excelTrim(text: string): string {
  return text.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/**
 * Excel's TRIM removes only spaces, while the core trims non-breaking spaces, tabs and line breaks too ("Won\u00a0",
 * "\tLost", "TBD\u00a0"): both sides turn those into spaces first. excelClean is what cleanRef computes in Excel.
 * UNICHAR, not CHAR: CHAR reads the Mac character set on a Mac (CHAR(160) is no non-breaking space there) and Excel
 * for the web supports only some codes (support.microsoft.com, "CHAR function").
 */
const BLANKS = [160, 9, 10, 13];
export function excelClean(text: string): string {
  return excelTrim(text.replace(/[\u00a0\t\n\r]/g, " "));
}
export function cleanRef(expr: string): string {
  return `TRIM(${BLANKS.reduce((inner, code) => `SUBSTITUTE(${inner},UNICHAR(${code})," ")`, expr)})`;
}

/** Longest text a list holds: escaped and wrapped, it stays within the 255 characters SEARCH's find_text may have. */
export const MAX_LIST_TEXT = 120;

/** Excel string literal: doubles the quotes. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A text as the lists hold it: "^" doubled and "|" written "^!", so no listed text holds the "|" between them and
 * "|"&encoded&"|" is found in the list only where a whole listed text equals it ("Closed | Won" is listed as
 * "Closed ^! Won"). Doubling "|" instead would not do: "|b" would find "a|" and "b" listed side by side.
 */
const encodeItem = (text: string): string => text.replace(/\^/g, "^^").replace(/\|/g, "^!");

/**
 * True in Excel when the cleaned text expr equals one of texts, ignoring case as Excel's = does:
 * `ISNUMBER(SEARCH("|"&encoded&"|","|a|b|"&"|c|"))`. One lookup in one delimited list keeps long lists short (a
 * comparison per text repeated the cell reference each time); the cell's text is encoded as the list's (encodeItem)
 * and SEARCH's wildcards (~ * ?) escaped in it. Each literal stays under MAX_LITERAL_CHARS; the list stops before
 * budget characters. A text longer than MAX_LIST_TEXT (a status with a note: "Lost — went with a competitor after…")
 * would make find_text too long, so it gets its own comparison, while it fits one literal. Undefined for an empty list.
 */
export function inList(expr: string, texts: readonly string[], budget = MAX_LIST_CHARS): string | undefined {
  return listTest(expr, texts, budget).test;
}

/** inList's test, and whether it holds every text (none left out for the budget or a literal's length). */
export function listTest(
  expr: string,
  texts: readonly string[],
  budget = MAX_LIST_CHARS,
): { test: string | undefined; complete: boolean } {
  let complete = true;
  const seen = new Set<string>();
  const items: string[] = [];
  const longTexts: string[] = [];
  let chars = 0;
  for (const raw of texts) {
    const text = excelClean(raw);
    const folded = text.toLowerCase();
    if (text === "" || seen.has(folded)) continue;
    const long = text.length > MAX_LIST_TEXT;
    if (long && literal(text).length > MAX_LITERAL_CHARS) {
      complete = false;
      continue;
    }
    const cost = long ? literal(text).length + expr.length + 2 : literal(encodeItem(text)).length - 1;
    if (chars + cost > budget) {
      complete = false;
      break;
    }
    seen.add(folded);
    (long ? longTexts : items).push(long ? text : encodeItem(text));
    chars += cost;
  }
  const tests = longTexts.map((text) => `${expr}=${literal(text)}`);
  if (items.length > 0) {
    // The pieces join into one "|a|b|c|": a later literal starts with no "|" of its own, or the join would hold
    // "||", which an empty text (a status of spaces alone) would find.
    const literals: string[] = [];
    let current = "|";
    for (const item of items) {
      const piece = item + "|";
      if (literal(current + piece).length > MAX_LITERAL_CHARS) {
        literals.push(literal(current));
        current = "";
      }
      current += piece;
    }
    literals.push(literal(current));
    const encoded = `SUBSTITUTE(SUBSTITUTE(${expr},"^","^^"),"|","^!")`;
    const escaped = [
      ["~", "~~"],
      ["*", "~*"],
      ["?", "~?"],
    ].reduce((inner, [from, to]) => `SUBSTITUTE(${inner},"${from}","${to}")`, encoded);
    tests.unshift(`ISNUMBER(SEARCH("|"&${escaped}&"|",${literals.join("&")}))`);
  }
  if (tests.length === 0) return { test: undefined, complete };
  return { test: tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`, complete };
}

/**
 * True in Excel when the number in `date` is one the core read as a number shown as digits: its whole day is listed
 * (`ISNUMBER(SEARCH("|"&INT($F2)&"|","|46360|46361|"))`; INT of a serial is its day, and & writes a whole number as
 * plain digits). A list past its budget covers every number when the column holds no real date. Undefined when none.
 */
export function shownAsNumber(
  date: string,
  days: readonly number[],
  noDateNumbers: boolean,
  budget = MAX_LIST_CHARS,
): string | undefined {
  const whole = [...new Set(days.filter((d) => Number.isInteger(d) && d > 0))];
  if (whole.length === 0) return undefined;
  const listed = whole.map(String);
  if (listed.join("|").length + 2 > budget) {
    if (noDateNumbers) return `ISNUMBER(${date})`;
    let chars = 0;
    const cut = listed.findIndex((text) => (chars += text.length + 1) > budget);
    listed.length = cut;
  }
  const literals: string[] = [];
  let current = "|";
  for (const text of listed) {
    if (current.length + text.length + 3 > MAX_LITERAL_CHARS) {
      literals.push(literal(current));
      current = "";
    }
    current += text + "|";
  }
  literals.push(literal(current));
  return `ISNUMBER(SEARCH("|"&INT(${date})&"|",${literals.join("&")}))`;
}
