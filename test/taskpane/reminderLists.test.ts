import {
  dayBeforeNote,
  followUpTag,
  remindTodayAllState,
  remindTodayLabel,
} from "../../src/taskpane/state/reminderLists";
import type { FollowUpItem, OverdueChoice } from "../../src/taskpane/state/remindersFlow";

const overdue = (key: string): OverdueChoice => ({
  key,
  prospect: key,
  row: 2,
  at: "today 14:30",
  chosen: false,
  why: "overdue: update the date in the sheet",
});
const item = (partial: Partial<FollowUpItem>): FollowUpItem => ({
  id: "k:main",
  prospect: "Contoso",
  row: 2,
  kind: "main",
  when: "today 14:30",
  status: "file",
  remindToday: false,
  ...partial,
});

describe("the reminders dialog's lists", () => {
  test("'Remind me today for all' is ticked, mixed or clear from the per-prospect ticks", () => {
    const rows = [overdue("a"), overdue("b")];
    expect(remindTodayAllState(rows, [])).toBe(false);
    expect(remindTodayAllState(rows, ["a"])).toBe("mixed");
    expect(remindTodayAllState(rows, ["b", "a"])).toBe(true);
  });

  test("the 'remind me today' label names the time; after hours it says tomorrow", () => {
    expect(remindTodayLabel("today 14:30")).toBe("Remind me today (14:30)");
    expect(remindTodayLabel("today 14:30", true)).toBe("Remind me today for all (14:30)");
    expect(remindTodayLabel("tomorrow 09:00")).toBe("Remind me tomorrow 09:00");
  });

  test("each follow-up's tag says what it is", () => {
    expect(followUpTag(item({}))).toBe("");
    expect(followUpTag(item({ kind: "dayBefore", status: "new" }))).toBe("day before · new");
    expect(followUpTag(item({ remindToday: true, status: "inOutlook" }))).toBe("moved to today · in Outlook");
    const note = 'time "morning" not read, 09:00 used';
    expect(followUpTag(item({ status: "new", note }))).toBe(`new · ${note}`);
  });

  test("the day-before note: a small event each, in the file as in Outlook", () => {
    expect(dayBeforeNote("offline", 0)).toBeNull();
    expect(dayBeforeNote("offline", 12)).toBe(
      "12 of them also remind you the day before at 17:00 (a small event each).",
    );
    expect(dayBeforeNote("outlook", 1)).toBe("Includes 1 day-before reminder at 17:00 (a small event each).");
  });
});
