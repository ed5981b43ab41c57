/** The format hint's pure rules: its hash, what a stored text may hold, how it is replaced, what a read keeps of it. */
import {
  FORMAT_HINT_KEY,
  hashText,
  hintedColumnsToKeep,
  hintFor,
  MAX_HINT_DOCUMENTS,
  MAX_HINT_TEXT,
  parseFormatHints,
  storeFormatHint,
  type FormatHint,
} from "../../src/excel/formatHint";

const LIMIT = 20;
const doc = hashText("https://contoso.sharepoint.com/sites/sales/Pipeline.xlsx");
const sheet = hashText("Prospects");
const stored = (hints: unknown[]) => JSON.stringify({ v: 1, hints });

test("the hash is stable, 16 hex digits, and keeps neither the URL nor its parts readable", () => {
  const url = "https://contoso.sharepoint.com/sites/sales/Pipeline.xlsx";
  expect(hashText(url)).toBe(hashText(url));
  expect(hashText(url)).toMatch(/^[0-9a-f]{16}$/);
  expect(hashText(url)).not.toBe(hashText(url.replace("Pipeline", "Pipeline2")));
  expect(hashText("Prospects")).not.toBe(hashText("prospects"));
  const text = storeFormatHint([], { document: hashText(url), sheet, columns: [5] }, LIMIT);
  expect(text).not.toMatch(/contoso|Pipeline|Prospects/);
  expect(FORMAT_HINT_KEY).toBe("nextstep.formatHints");
});

test("a stored hint reads back as it was written", () => {
  const hint: FormatHint = { document: doc, sheet, columns: [5, 6] };
  expect(parseFormatHints(storeFormatHint([], hint, LIMIT), LIMIT)).toEqual([hint]);
});

test.each<[string, string | null | undefined]>([
  ["nothing stored", null],
  ["not JSON", "{hints:"],
  ["JSON of another shape", "[1,2,3]"],
  ["another version", JSON.stringify({ v: 2, hints: [{ d: doc, s: sheet, c: [5] }] })],
  ["a document that is no hash", stored([{ d: "https://contoso.sharepoint.com/x.xlsx", s: sheet, c: [5] }])],
  ["a sheet that is no hash", stored([{ d: doc, s: "Prospects", c: [5] }])],
  ["a column past the probe", stored([{ d: doc, s: sheet, c: [5, 20] }])],
  ["a negative column", stored([{ d: doc, s: sheet, c: [-1] }])],
  ["a fractional column", stored([{ d: doc, s: sheet, c: [5.5] }])],
  ["a column as text", stored([{ d: doc, s: sheet, c: ["5"] }])],
  ["columns out of order", stored([{ d: doc, s: sheet, c: [6, 5] }])],
  ["a repeated column", stored([{ d: doc, s: sheet, c: [5, 5] }])],
  [
    "a document twice",
    stored([
      { d: doc, s: sheet, c: [5] },
      { d: doc, s: sheet, c: [6] },
    ]),
  ],
  ["one bad entry among good ones", stored([{ d: hashText("a"), s: sheet, c: [1] }, null])],
  [
    "too many documents",
    stored(Array.from({ length: MAX_HINT_DOCUMENTS + 1 }, (_, i) => ({ d: hashText(`${i}`), s: sheet, c: [] }))),
  ],
  ["a text too long to be ours", stored([{ d: doc, s: sheet, c: [5], pad: "x".repeat(MAX_HINT_TEXT) }])],
  [
    "a prototype-polluting key",
    '{"v":1,"hints":[{"__proto__":{"d":"x"},"d":"0000000000000000","s":"0000000000000000","c":{"length":3}}]}',
  ],
])("%s gives no hint at all", (_why, text) => {
  expect(parseFormatHints(text, LIMIT)).toEqual([]);
  expect(hintFor(parseFormatHints(text, LIMIT), doc)).toBeUndefined();
});

test("storing a document's hint replaces its old one and puts it first; the oldest documents go past the limit", () => {
  let text = "";
  for (let i = 0; i < MAX_HINT_DOCUMENTS + 5; i++) {
    text = storeFormatHint(
      parseFormatHints(text, LIMIT),
      { document: hashText(`doc ${i}`), sheet, columns: [i % LIMIT] },
      LIMIT,
    );
  }
  let hints = parseFormatHints(text, LIMIT);
  expect(hints).toHaveLength(MAX_HINT_DOCUMENTS);
  expect(hints[0].document).toBe(hashText(`doc ${MAX_HINT_DOCUMENTS + 4}`));
  expect(hintFor(hints, hashText("doc 0"))).toBeUndefined();
  expect(text.length).toBeLessThan(MAX_HINT_TEXT);

  text = storeFormatHint(
    hints,
    { document: hashText("doc 10"), sheet: hashText("Leads"), columns: [7, 3, 3, 25, -1] },
    LIMIT,
  );
  hints = parseFormatHints(text, LIMIT);
  expect(hints).toHaveLength(MAX_HINT_DOCUMENTS);
  expect(hints[0]).toEqual({ document: hashText("doc 10"), sheet: hashText("Leads"), columns: [3, 7] });
  expect(hints.filter((hint) => hint.document === hashText("doc 10"))).toHaveLength(1);
});

test.each<[string, number[], number[] | undefined, number[], number[]]>([
  ["the hint covers what is needed", [5], [5, 6], [0, 1, 2, 3, 4, 5, 6], [5]],
  ["a stale extra column is dropped", [2, 5], [5], [0, 1, 2, 3, 4, 5], [5]],
  ["columns moved: nothing to keep", [5], [6], [0, 1, 2, 3, 4, 5, 6], []],
  ["a column outside the list is dropped", [0, 5], [5], [3, 4, 5], [5]],
  ["no header: every list column is needed", [0, 2, 9], undefined, [0, 1, 2], [0, 2]],
  ["no hint", [], [5], [0, 1, 2, 3, 4, 5], []],
])("%s", (_why, hinted, needed, listColumns, keep) => {
  expect(hintedColumnsToKeep(hinted, needed, listColumns)).toEqual(keep);
});
