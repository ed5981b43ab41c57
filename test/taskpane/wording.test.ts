import { daysLate, plural, problemText, reminderTimeInWords, whenInWords } from "../../src/taskpane/state/wording";

const TODAY = "2026-12-01";

describe("whenInWords: the due date as a rep reads it", () => {
  test.each([
    ["2026-11-28", "3 days overdue"],
    ["2026-11-30", "1 day overdue"],
    ["2026-12-01", "today"],
    ["2026-12-01T10:00", "today 10:00"],
    ["2026-12-02", "tomorrow"],
    ["2026-12-02T09:30", "tomorrow 09:30"],
    ["2026-12-03", "in 2 days"],
    ["2026-12-03T14:00", "in 2 days, 14:00"],
    ["2026-12-16T08:15", "on Wed 16 Dec, 08:15"],
    ["2026-12-15", "in 14 days"],
    ["2026-12-16", "on Wed 16 Dec"],
    ["2027-01-04", "on 4 Jan 2027"],
    [undefined, ""],
    ["not a date", ""],
  ])("%s → %j", (due, words) => {
    expect(whenInWords(due, TODAY)).toBe(words);
  });

  test("days late counts calendar days, ignoring the time", () => {
    expect(daysLate("2026-11-28T23:59", TODAY)).toBe(3);
    expect(daysLate("2026-12-05", TODAY)).toBe(0);
    expect(daysLate(undefined, TODAY)).toBe(0);
  });
});

describe("problems in plain language", () => {
  test("an unreadable date quotes what the rep typed and says what to do", () => {
    expect(problemText({ problems: ["invalidDate"], fields: { date: "maybe" } })).toBe(
      '"maybe" is not a date — type a real date.',
    );
  });

  test("several problems read as one sentence each", () => {
    expect(problemText({ problems: ["missingNextStep", "missingDate"], fields: {} })).toBe(
      "No next step — write down what happens next. No date for the next step — add one.",
    );
  });

  test("plural", () => {
    expect(plural(1, "text date")).toBe("1 text date");
    expect(plural(3, "text date")).toBe("3 text dates");
    expect(plural(2, "prospect was", "prospects were")).toBe("2 prospects were");
  });
});

describe("reminder times in words", () => {
  test.each([
    ["2026-12-01T14:30", "today 14:30"],
    ["2026-12-02T09:00", "tomorrow 09:00"],
    ["2026-12-03T17:00", "Thu 3 Dec 17:00"],
    ["2027-01-04T09:00", "4 Jan 2027 09:00"],
    ["not a date", ""],
  ])("%s on 1 Dec 2026 reads %s", (at, words) => {
    expect(reminderTimeInWords(at, "2026-12-01")).toBe(words);
  });
});
