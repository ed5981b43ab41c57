/** Which columns' number formats the adapter reads: found from values alone, before any format is known. */
import { analyzeSheet, numberFormatColumns } from "../../src/core";

const DAY = 46351;

test.each<[string, unknown[][], ReturnType<typeof numberFormatColumns>]>([
  [
    "the date column alone",
    [
      ["Company", "Next step", "Due", "Notes"],
      ["Acme", "Call", DAY, "warm"],
    ],
    { date: 2, columns: [2] },
  ],
  [
    "with the time column",
    [
      ["Company", "Next step", "Date", "Time"],
      ["Acme", "Call", DAY, 0.5],
    ],
    { date: 2, columns: [2, 3] },
  ],
  [
    "with every other date-named column, and the follow-up columns a Done… write copies formats from",
    [
      ["Company", "Next step", "Follow-up date", "Reminder", "Touches", "Last contact", "Amount"],
      ["Acme", "Call", DAY, DAY, 2, DAY, 1200],
    ],
    { date: 2, columns: [2, 3, 4, 5] },
  ],
  [
    "below a title row",
    [["Q4 pipeline"], [], ["Company", "Next step", "Due"], ["Acme", "Call", DAY]],
    { date: 2, columns: [2] },
  ],
  [
    "no header NextStep knows: every column",
    [
      ["Alpha", "Beta", "Gamma"],
      ["Acme", "Call", DAY],
    ],
    undefined,
  ],
  [
    "a header without a date column: every column",
    [
      ["Company", "Next step", "Owner"],
      ["Acme", "Call", "Dana"],
    ],
    undefined,
  ],
  ["nothing at all", [], undefined],
])("%s", (_name, values, expected) => {
  expect(numberFormatColumns(values)).toEqual(expected);
});

test("the rep's mapping names the date column the header does not", () => {
  const values = [
    ["Company", "Next step", "Ring on"],
    ["Acme", "Call", DAY],
  ];
  expect(numberFormatColumns(values)).toBeUndefined();
  expect(numberFormatColumns(values, { prospect: 0, nextStep: 1, date: 2 })).toEqual({ date: 2, columns: [2] });
});

test("the date column analyzeSheet settles on is always among them, even when a dateless date column gives way", () => {
  // "Due" holds numbers but no date (0.00 formats): the core moves the date to "Follow-up date", which holds dates.
  const values = [
    ["Company", "Next step", "Due", "Follow-up date"],
    ["Acme", "Call", 5, DAY],
    ["Birch", "Demo", 6, DAY + 1],
    ["Cobalt", "Visit", 7, DAY + 2],
  ];
  const numberFormat = values.map(() => ["General", "General", "0.00", "m/d/yyyy"]);
  const report = analyzeSheet({ values, numberFormat }, { today: "2026-11-25" });
  expect(report.header.columns.date).toBe(3);
  expect(numberFormatColumns(values)?.columns).toContain(3);
});
