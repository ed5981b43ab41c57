import {
  countSentence,
  downloadNote,
  remindersIntro,
  remindTodayAllState,
  remindTodayLabel,
} from "../../src/taskpane/state/reminderLists";
import { showMoreLabel } from "../../src/taskpane/state/attention";
import type { OverdueChoice } from "../../src/taskpane/state/remindersFlow";

const overdue = (key: string): OverdueChoice => ({
  key,
  prospect: key,
  row: 2,
  at: "today 14:30",
  chosen: false,
  why: "overdue: update the date in the sheet",
});

describe("the reminders dialog's words", () => {
  test("'for all' is ticked, mixed or clear from the overdue choices", () => {
    const rows = [overdue("a"), overdue("b")];
    expect(remindTodayAllState(rows, [])).toBe(false);
    expect(remindTodayAllState(rows, ["a"])).toBe("mixed");
    expect(remindTodayAllState(rows, ["a", "b"])).toBe(true);
  });

  test("the remind-me label says the time it fires, tomorrow's after working hours", () => {
    expect(remindTodayLabel("today 14:30")).toBe("Remind me today (14:30)");
    expect(remindTodayLabel("today 14:30", true)).toBe("Remind me today for all (14:30)");
    expect(remindTodayLabel("tomorrow 08:30")).toBe("Remind me tomorrow 08:30");
  });

  test("'Show more' never says '1 more (1 not shown)'", () => {
    expect(showMoreLabel(1, 100)).toBe("Show 1 more");
    expect(showMoreLabel(100, 100)).toBe("Show 100 more");
    expect(showMoreLabel(140, 100)).toBe("Show 100 more (of 140)");
  });

  test("one count sentence that adds up, per mode", () => {
    const counts = { create: 12, update: 3, remove: 1, unchanged: 2, skipped: 1 };
    const lines = new Array(19).fill(null);
    expect(countSentence({ mode: "outlook", counts, lines })).toBe(
      "19 follow-ups: 12 to create, 3 to update, 1 to remove, 2 unchanged, 1 skipped.",
    );
    const file = { create: 17, update: 0, remove: 0, unchanged: 0, skipped: 2 };
    expect(countSentence({ mode: "offline", counts: file, lines })).toBe(
      "19 follow-ups: 17 go in the calendar file, 2 skipped.",
    );
  });

  test("the intro offers the reminder at the time it would really fire, never 'today' in the evening", () => {
    expect(remindersIntro("today 14:30")).toContain("or ask for a reminder today at 14:30.");
    expect(remindersIntro("tomorrow 08:30")).toContain("or ask for a reminder tomorrow 08:30.");
    expect(remindersIntro("tomorrow 08:30")).not.toMatch(/\btoday\b/);
    expect(remindersIntro(undefined)).not.toMatch(/overdue/i);
  });
});

describe("after 'Download .ics'", () => {
  test("says what to open and how, in each Outlook, and that importing again updates", () => {
    const note = downloadNote({ kind: "started", fileName: "NextStep follow-ups.ics", followUps: 19 });
    expect(note.headline).toBe("Open NextStep follow-ups.ics to add 19 follow-ups to Outlook.");
    expect(note.steps.map((s) => s.outlook)).toEqual(["Outlook for Windows", "Outlook for Mac", "Outlook on the web"]);
    expect(note.reimport).toMatch(/updates these follow-ups instead of adding copies/);
  });

  test("where no file can be saved, it says to copy the calendar instead", () => {
    const note = downloadNote({
      kind: "copyInstead",
      fileName: "NextStep follow-ups.ics",
      followUps: 2,
      ics: "BEGIN:VCALENDAR",
      reason: "noBrowserWindow",
    });
    expect(note.headline).toMatch(/^Excel can't save files here\. Copy the calendar instead/);
    expect(note.steps).toEqual([]);
  });
});
