/**
 * The Japanese and Chinese entries of the word tables are put in matching form only when the first header or cell
 * with Han or kana is looked up (writtenInCjk: matchHeader.ts's synonyms, normalizedWordSet's yes/no, totals and vague
 * words): the pane's start on an English sheet never pays for them. That is safe only if no text without Han or kana
 * could ever have matched one of them, and if a module that has looked up English text first gives Japanese text the
 * same answer as one that starts with it.
 */
import { hasCjk, writtenInCjk } from "../../src/core/cjkWords";
import { LANGUAGES } from "../../src/core/languages/index";
import { normalizedWordSet, normalizeWords } from "../../src/core/normalizeWords";
import { VAGUE_NEXT_STEPS } from "../../src/core/vagueNextStep";
import { headerForm } from "../../src/core/normalizeHeader";
import { ACTIVE_HEADERS, NEGATIVE_WORDS, OPT_OUT_HEADERS, ROLE_SYNONYMS } from "../../src/core/roleSynonyms";
import { FIELD_LAYOUTS } from "./fieldLayouts/corpus";

const entries = [
  ...new Set([
    ...Object.values(ROLE_SYNONYMS).flat(),
    ...NEGATIVE_WORDS,
    ...ACTIVE_HEADERS,
    ...OPT_OUT_HEADERS,
    ...LANGUAGES.flatMap((language) => [...Object.values(language.roles).flat(), ...language.closed]),
  ]),
];

test("an entry is deferred exactly when its header form holds Han or kana", () => {
  const deferred = entries.filter(writtenInCjk);
  expect(deferred.length).toBeGreaterThan(200);
  const misfiled = entries.filter((entry) => writtenInCjk(entry) !== hasCjk(headerForm(entry)));
  expect(misfiled).toEqual([]);
  // Half-width kana fold into full-width ones: such an entry is deferred too.
  expect(writtenInCjk("ﾒｰﾙ")).toBe(true);
  expect(hasCjk(headerForm("ﾒｰﾙ"))).toBe(true);
});

/** Every header cell of the Japanese and Chinese field layouts, and a few English ones. */
const cjkHeaders = FIELD_LAYOUTS.filter((l) => l.language === "ja" || l.language === "zh").flatMap((layout) =>
  layout.values
    .slice(0, 12)
    .flat()
    .filter((cell): cell is string => typeof cell === "string" && hasCjk(cell)),
);
const englishHeaders = ["Company", "Next Step", "Next Step Date", "Contact", "Email", "Phone", "Status", "Created"];

type MatchHeader = typeof import("../../src/core/matchHeader").matchHeader;
const freshMatchHeader = (): MatchHeader => {
  let fresh: MatchHeader | undefined;
  jest.isolateModules(() => {
    fresh = (jest.requireActual("../../src/core/matchHeader") as typeof import("../../src/core/matchHeader"))
      .matchHeader;
  });
  if (!fresh) throw new Error("matchHeader did not load");
  return fresh;
};

test("the field layouts give these tests hundreds of Japanese and Chinese header cells", () => {
  expect(cjkHeaders.length).toBeGreaterThan(100);
});

test("a Japanese or Chinese header matches the same after English ones as on a fresh start", () => {
  const cjkFirst = freshMatchHeader();
  const englishFirst = freshMatchHeader();
  const expected = cjkHeaders.map((header) => JSON.stringify(cjkFirst(header)));
  for (const header of englishHeaders) englishFirst(header);
  const actual = cjkHeaders.map((header) => JSON.stringify(englishFirst(header)));
  expect(actual).toEqual(expected);
  // And they do match: the deferred synonyms are in.
  expect(cjkFirst("次回アクション")[0]?.role).toBe("nextStep");
  expect(englishFirst("会社名")[0]?.role).toBe("prospect");
});

test("English headers match the same before and after the Japanese and Chinese synonyms are in", () => {
  const before = freshMatchHeader();
  const after = freshMatchHeader();
  after("次回アクション");
  for (const header of [...englishHeaders, "Nächster Schritt", "Próximo paso", "Société", "다음 단계"]) {
    expect(after(header)).toEqual(before(header));
  }
});

describe("word sets looked up by normalized text", () => {
  const lists = {
    yes: LANGUAGES.flatMap((l) => l.yes),
    no: LANGUAGES.flatMap((l) => l.no),
    totals: LANGUAGES.flatMap((l) => l.totals),
    vague: [...VAGUE_NEXT_STEPS],
  };

  test.each(Object.entries(lists))(
    "%s: an entry is deferred exactly when its normalized form holds Han or kana",
    (_n, list) => {
      const misfiled = list.filter((entry) => writtenInCjk(entry) !== hasCjk(normalizeWords(entry)));
      expect(misfiled).toEqual([]);
    },
  );

  test.each(Object.entries(lists))("%s: every entry is found, whichever kind is looked up first", (_n, list) => {
    const forms = list.map(normalizeWords);
    const cjkFirst = normalizedWordSet(list);
    const latinFirst = normalizedWordSet(list);
    const cjkForms = forms.filter(hasCjk);
    const otherForms = forms.filter((f) => !hasCjk(f));
    expect(cjkForms.length).toBeGreaterThan(0);
    expect([...cjkForms, ...otherForms].every((f) => cjkFirst.has(f))).toBe(true);
    expect([...otherForms, ...cjkForms].every((f) => latinFirst.has(f))).toBe(true);
    expect(latinFirst.has(normalizeWords("not in any table"))).toBe(false);
    expect(latinFirst.has(normalizeWords("表にない言葉"))).toBe(false);
  });
});

test("yes and no in Japanese are read on a fresh start after English cells", () => {
  jest.isolateModules(() => {
    const { isYes, isNo } = jest.requireActual("../../src/core/yesValue") as typeof import("../../src/core/yesValue");
    expect(isYes("Yes")).toBe(true);
    expect(isNo("No")).toBe(true);
    expect(isYes("はい")).toBe(true);
    expect(isNo("いいえ")).toBe(true);
    expect(isYes("いいえ")).toBe(false);
  });
});

test("the header's extras (opt-out, active flag, verdict, history, languages) in Japanese, after English headers", () => {
  jest.isolateModules(() => {
    const extras = jest.requireActual("../../src/core/headerExtras") as typeof import("../../src/core/headerExtras");
    expect(extras.headerLanguages(["Company", "Next Step", "Status"], 3)).toEqual([]);
    expect(extras.isOptOutHeader("Email Opt Out")).toBe(true);
    expect(extras.isOptOutHeader("配信停止")).toBe(true);
    expect(extras.isActiveFlagHeader("有効")).toBe(true);
    expect(extras.isVerdictHeader("失注")).toBe(true);
    expect(extras.hasHistoryWord("作成日")).toBe(true);
    expect(extras.headerLanguages(["会社名", "次回アクション", "ステータス"], 3)).toContain("ja");
  });
});
