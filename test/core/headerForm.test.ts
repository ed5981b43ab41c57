/**
 * headerForm takes a short cut for entries already in header form (lower-case a-z words): every table entry of every
 * language, and the edge cases of the short cut, must come out exactly as the general path makes them.
 */
import { LANGUAGES } from "../../src/core/languages/index";
import { foldedHeader, headerForm } from "../../src/core/normalizeHeader";

const general = (text: string): string => foldedHeader(text).join(" ");

const tableEntries = [
  ...new Set(
    LANGUAGES.flatMap((table) => [
      ...Object.values(table.roles).flatMap((list) => [...(list ?? [])]),
      ...table.history,
      ...table.closed,
      ...table.negations,
      ...table.optOut,
      ...table.yes,
      ...table.active,
      ...table.no,
    ]),
  ),
];

test("the tables hold hundreds of entries, in and out of header form", () => {
  const plain = tableEntries.filter((entry) => /^[a-z]+( [a-z]+)*$/.test(entry));
  expect(plain.length).toBeGreaterThan(300);
  expect(tableEntries.length - plain.length).toBeGreaterThan(300);
});

test("every table entry comes out as the general path makes it", () => {
  const differing = tableEntries.filter((entry) => headerForm(entry) !== general(entry));
  expect(differing).toEqual([]);
});

test.each([
  "next step",
  "one two three four five six seven eight",
  "one two three four five six seven eight nine", // a sentence, not a column name: no words at all
  " next step",
  "next step ",
  "next  step",
  "Next step",
  "next-step",
  "email2",
  "mobile 2",
  "próximo paso",
  "次回アクション",
  "",
  "a",
])("edge: %j", (text) => {
  expect(headerForm(text)).toBe(general(text));
});
