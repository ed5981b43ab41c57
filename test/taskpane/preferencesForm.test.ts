import { parseClosedWords, validatePreferences } from "../../src/taskpane/state/preferencesForm";

const good = {
  defaultFollowUpTime: "09:00",
  reminderMinutes: 15,
  dueSoonDays: 7,
  dateOrder: "MDY" as const,
  closedStatuses: ["won"],
  highlightDueSoon: true,
  remindDayBefore: false,
};

describe("settings form", () => {
  test("closed words are split, trimmed, lower-cased and de-duplicated", () => {
    expect(parseClosedWords("Won, LOST ,, closed;won\nDead")).toEqual(["won", "lost", "closed", "dead"]);
  });

  test("a good draft has no problems", () => {
    expect(validatePreferences(good)).toEqual({});
  });

  test("each bad field gets its own sentence", () => {
    const problems = validatePreferences({
      ...good,
      defaultFollowUpTime: "9am",
      reminderMinutes: -1,
      dueSoonDays: 0,
      closedStatuses: [],
    });
    expect(Object.keys(problems).sort()).toEqual([
      "closedStatuses",
      "defaultFollowUpTime",
      "dueSoonDays",
      "reminderMinutes",
    ]);
    expect(problems.defaultFollowUpTime).toBe("Enter a time like 09:00.");
  });
});
