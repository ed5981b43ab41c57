/**
 * Japanese, Chinese and Korean dates rewritten in the forms the date reader knows: "2026年12月4日(金) 14時30分" →
 * "2026/12/4 14:30", "12月4日" → "Dec 4" (a month name: a year-less "12/4" would be read in the sheet's date order),
 * "２０２６／１２／０４" → "2026/12/04", "午後2時" → "2:00 pm". The date reader only asks about text its tokenizer refuses
 * and that holds such characters, so the common path stays allocation-free.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Full-width forms (U+FF01–U+FF5E), the ideographic space, and CJK date or time characters. */
export function mayBeCjkDate(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3))
      return true;
  }
  return false;
}

/** "(金)", "（金曜日）", "(周五)", "星期五", "(금)": the weekday a Japanese, Chinese or Korean writer adds to a date. */
const WEEKDAY =
  /[(（]?\s*(?:[月火水木金土日](?:曜日|曜)?|周[一二三四五六日天]|星期[一二三四五六日天]|[월화수목금토일](?:요일)?)\s*[)）]/g;
/** Japanese era years: 令和 1 is 2019 (元年 is its first year), 平成 1 is 1989. */
const ERA = /(令和|平成)\s*(\d{1,2}|元)\s*年/;
const SLASHED_BEFORE_WEEKDAY =
  /^(\d{1,2})\/(\d{1,2})(?=\s*[(（]\s*(?:[月火水木金土日]|周[一二三四五六日天]|星期|[월화수목금토일]))/;
const FULL_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]?/;
const MONTH_DAY = /(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]/;
const CLOCK = /(\d{1,2})\s*[時时시点點]\s*(?:(\d{1,2})\s*[分분])?/;
const HALF = /(\d{1,2})\s*[時时시点點]\s*半/;
const MORNING = /(?:午前|上午|오전)\s*([\d:]+)/;
const AFTERNOON = /(?:午後|下午|오후)\s*([\d:]+)/;
/** "まで", "迄", "頃", "ごろ", "前後", "까지": "by" or "about" after a date, which stays the date. */
const TRAILING = /\s*(?:まで|迄|頃|ごろ|前後|까지|左右)\s*$/;

/**
 * The text with its CJK date and time written the usual way, or undefined when nothing was rewritten.
 * Example: westernDateText("2026年12月4日（金）") === "2026/12/4".
 */
export function westernDateText(text: string): string | undefined {
  let out = text.normalize("NFKC").replace(ERA, (_, era: string, n: string) => {
    const year = n === "元" ? 1 : Number(n);
    return `${(era === "令和" ? 2018 : 1988) + year}年`;
  });
  // A weekday after "12/4" says the writer is Japanese, Chinese or Korean: month first, whatever the sheet's order.
  out = out.replace(SLASHED_BEFORE_WEEKDAY, (whole, m: string, d: string) => {
    const month = Number(m);
    return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${d}` : whole;
  });
  out = out.replace(WEEKDAY, " ");
  out = out.replace(FULL_DATE, "$1/$2/$3 ");
  out = out.replace(MONTH_DAY, (_, m: string, d: string) => {
    const month = Number(m);
    return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${d} ` : `${m}/${d}`;
  });
  out = out.replace(HALF, "$1:30");
  out = out.replace(CLOCK, (_, h: string, m?: string) => `${h}:${(m ?? "00").padStart(2, "0")}`);
  out = out.replace(MORNING, "$1 am").replace(AFTERNOON, "$1 pm");
  out = out.replace(TRAILING, "").replace(/\s+/g, " ").trim();
  return out === text ? undefined : out;
}
