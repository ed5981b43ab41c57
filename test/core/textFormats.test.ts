/** A cell's displayed text decides whether a number with an ambiguous format is a date (office-js 2824, 1553). */
import { analyzeSheet } from "../../src/core";
import { formatFromText } from "../../src/core/textFormats";

test.each([
  ["General", "04.12.2026", "yyyy-mm-dd"],
  ["General", "12/4/2026", "yyyy-mm-dd"],
  [undefined, "2026-12-04", "yyyy-mm-dd"],
  ["General", "4-Dez-26", "yyyy-mm-dd"],
  ["General", "4. Dezember 2026", "yyyy-mm-dd"],
  ["General", "2026年12月4日", "yyyy-mm-dd"],
  ["General", "04.12.2026 14:30", "yyyy-mm-dd h:mm"],
  ["General", "14:30", "h:mm"],
])("format %s with text %s reads as %s", (format, text, expected) => {
  expect(formatFromText(format, text)).toBe(expected);
});

test.each(["46360", "46.360,00", "1.234.567", "-1,5E+04"])(
  "digits %s mean a number only on a host that shows General dates as dates",
  (text) => {
    expect(formatFromText("General", text, true)).toBe("0");
    expect(formatFromText("General", text)).toBe("General");
  },
);

test("a clear format is never overridden, and text that shows neither leaves the format", () => {
  expect(formatFromText("0.00", "04.12.2026")).toBe("0.00");
  expect(formatFromText("m/d/yyyy", "46360")).toBe("m/d/yyyy");
  expect(formatFromText("General", "")).toBe("General");
  expect(formatFromText("General", "n/a")).toBe("General");
  expect(formatFromText(undefined, undefined)).toBeUndefined();
});

test("analyzeSheet reads the date column by its text where the format says General", () => {
  const values = [
    ["Company", "Next step", "Due"],
    ["Acme", "Call Dana", 46346], // 20 Nov 2026
    ["Beta", "Send the deck", 46360],
  ];
  const numberFormat = [
    ["General", "General", "General"],
    ["General", "General", "General"],
    ["General", "General", "General"],
  ];
  const text = [
    [undefined, undefined, "Due"],
    [undefined, undefined, "20.11.2026"],
    [undefined, undefined, "46360"],
  ];
  const withText = analyzeSheet({ values, numberFormat, text }, { today: "2026-11-25" });
  expect(withText.rows.map((row) => row.state)).toEqual(["overdue", "incomplete"]);
  // A host that shows General serials as digits (no date text anywhere): "General" says nothing, the window decides.
  const digitsOnly = [
    [undefined, undefined, "Due"],
    [undefined, undefined, "46346"],
    [undefined, undefined, "46360"],
  ];
  const plain = analyzeSheet({ values, numberFormat, text: digitsOnly }, { today: "2026-11-25" });
  expect(plain.rows.map((row) => row.state)).toEqual(["overdue", "scheduled"]);
  // Without the text, and without any format, serials of the window read as dates too.
  const without = analyzeSheet({ values, numberFormat }, { today: "2026-11-25" });
  expect(without.rows.map((row) => row.state)).toEqual(["overdue", "scheduled"]);
  const unread = analyzeSheet({ values }, { today: "2026-11-25" });
  expect(unread.rows.map((row) => row.state)).toEqual(["overdue", "scheduled"]);
  // A format that shows digits on purpose (a number format, text "@") is no date.
  const asNumbers = analyzeSheet(
    { values, numberFormat: values.map(() => ["General", "General", "0"]) },
    { today: "2026-11-25" },
  );
  expect(asNumbers.rows.map((row) => row.state)).toEqual(["incomplete", "incomplete"]);
});

test("a General number shown as ##### (a column too narrow) is read as if no format were known", () => {
  const values = [
    ["Company", "Next step", "Due"],
    ["Acme", "Call Dana", 46346], // 20 Nov 2026, in a column too narrow to show it
    ["Beta", "Send the deck", 46360], // shows its digits, and no cell shows a date: "General" says nothing
  ];
  const numberFormat = values.map(() => ["General", "General", "General"]);
  const text = [
    [undefined, undefined, "Due"],
    [undefined, undefined, "########"],
    [undefined, undefined, "46360"],
  ];
  const report = analyzeSheet({ values, numberFormat, text }, { today: "2026-11-25" });
  expect(report.rows.map((row) => row.state)).toEqual(["overdue", "scheduled"]);
});
