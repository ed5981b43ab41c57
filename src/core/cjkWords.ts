/**
 * Cuts Japanese and Chinese text into words. Both write without spaces ("次回アクション予定日"), so the header, status and
 * yes/no readers, which compare whole words, would see one long word. Every word written in a language table (role
 * synonyms, history and closed words, compounds) is a dictionary entry; a run of Han or kana characters is cut
 * left to right into the longest entries, and a character no entry starts with stands as a word of its own.
 * Example: cjkWords("次回アクション予定日") → ["次回アクション", "予定日"] when both are entries.
 */
import { LANGUAGES, type LanguageTable } from "./languages/index";

/** Hiragana, katakana (with the long-vowel mark), CJK ideographs and their extension A, compatibility ideographs. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_RUN =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/**
 * True when the text holds a Japanese or Chinese character (and so may need cutting). Every header and status word
 * passes here: text below U+3040 throughout (nearly all of it) is answered without the regex.
 */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x3040) return CJK.test(text);
  return false;
}

/**
 * Text whose normalized form holds Han or kana: written in Japanese or Chinese, in half-width kana (folded into
 * full-width ones), or with enclosed and compatibility CJK characters ("㈱" folds into "(株)"). Only a text with Han or
 * kana can equal such an entry once both are normalized, so tables build these entries on the first lookup of one:
 * cutting them into dictionary words is most of what building the tables costs, and a sheet without any never pays.
 */
export const writtenInCjk = (text: string): boolean => hasCjk(text) || FOLDS_INTO_CJK.test(text);
const FOLDS_INTO_CJK = /[\u3200-\u33ff\uff66-\uff9f]/;

/**
 * Fills a word table now with its entries not written in Japanese or Chinese (`fill` adds those `picks` accepts, in
 * table order), and with the rest once a lookup's text holds Han or kana: the returned function, called with that text
 * (or its words) before each lookup, returns it.
 */
export function fillCjkLater(
  fill: (picks: (entry: string) => boolean) => void,
): <T extends string | readonly string[]>(text: T) => T {
  fill((entry) => !writtenInCjk(entry));
  let later = true;
  return (text) => {
    if (later && (typeof text === "string" ? hasCjk(text) : text.some(hasCjk))) {
      later = false;
      fill(writtenInCjk);
    }
    return text;
  };
}

/** The Han, kana and Hangul words of a language's tables (entries without any are skipped before splitting). */
function tableWords(table: LanguageTable): string[] {
  const lists: (readonly string[])[] = [
    ...Object.values(table.roles),
    table.history,
    table.closed,
    table.negations,
    table.optOut,
    table.yes,
    table.active,
    table.no,
    table.totals,
    table.compounds ?? [],
  ];
  return lists.flatMap((list) =>
    list.flatMap((entry) => (hasCjk(entry) ? entry.toLowerCase().split(/\s+/).filter(hasCjk) : [])),
  );
}

/**
 * Dictionary entries by their first character, longest first. Built on the first header that needs cutting: a sheet
 * without Japanese or Chinese headers (and the pane's start) never pays for it.
 */
let entries: Map<string, string[]> | undefined;
function dictionary(): Map<string, string[]> {
  if (entries) return entries;
  const built = new Map<string, string[]>();
  for (const word of new Set(LANGUAGES.flatMap(tableWords))) {
    const list = built.get(word[0]) ?? [];
    list.push(word);
    built.set(word[0], list);
  }
  for (const list of built.values()) list.sort((a, b) => b.length - a.length);
  entries = built;
  return built;
}

/** The words of one run of Han and kana characters, longest dictionary entries first. */
function cutRun(run: string, out: string[]): void {
  const known = dictionary();
  let i = 0;
  while (i < run.length) {
    const found = (known.get(run[i]) ?? []).find((entry) => run.startsWith(entry, i));
    const word = found ?? run[i];
    out.push(word);
    i += word.length;
  }
}

/**
 * The words of one space-free word: Han and kana runs cut into dictionary entries, anything else ("mrr", "2") kept as
 * it is. Example: cjkWords("メール2") → ["メール", "2"].
 */
export function cjkWords(word: string): string[] {
  if (!hasCjk(word)) return [word];
  const out: string[] = [];
  for (const part of word.match(CJK_RUN) ?? []) {
    if (hasCjk(part)) cutRun(part, out);
    else out.push(part);
  }
  return out;
}
