import { analyzeSheet, type AnalyzeOptions, type RowReport } from "../../src/core";

const TODAY = "2026-11-25"; // a Wednesday; serial 46351
const HEADER = ["Company", "Contact", "Next step", "Due", "Time", "Status"];

/** The report of one data row under HEADER. */
function row(cells: unknown[], options: Partial<AnalyzeOptions> = {}, formats?: string[]): RowReport {
  const numberFormat = formats ? [HEADER.map(() => "General"), formats] : undefined;
  const report = analyzeSheet({ values: [HEADER, cells], numberFormat }, { today: TODAY, ...options });
  expect(report.rows).toHaveLength(1);
  return report.rows[0];
}

describe("state from the next-step date", () => {
  it.each([
    ["2026-11-24", "overdue"],
    ["2016-11-25", "overdue"],
    ["2026-11-25", "dueToday"],
    ["2026-11-26", "dueSoon"],
    ["2026-12-02", "dueSoon"],
    ["2026-12-03", "scheduled"],
    ["2036-11-25", "scheduled"],
  ])("due %p is %p", (date, state) => {
    expect(row(["Acme", "", "Call", date]).state).toBe(state);
  });

  it("uses dueSoonDays, inclusive", () => {
    expect(row(["Acme", "", "Call", "2026-11-28"], { dueSoonDays: 3 }).state).toBe("dueSoon");
    expect(row(["Acme", "", "Call", "2026-11-29"], { dueSoonDays: 3 }).state).toBe("scheduled");
    expect(row(["Acme", "", "Call", "2026-11-26"], { dueSoonDays: 0 }).state).toBe("scheduled");
  });
});

describe("problems", () => {
  it.each([
    [["Acme", "", "Call", "2026-11-30"], "dueSoon", []],
    [["Acme", "", "", "2026-11-30"], "dueSoon", ["missingNextStep"]],
    [["Acme", "", "   ", "2026-11-20"], "overdue", ["missingNextStep"]],
    [["Acme", "", "maybe", "2026-12-20"], "scheduled", ["missingNextStep"]],
    [["Acme", "", "n/a", "2026-11-25"], "dueToday", ["missingNextStep"]],
    [["Acme", "", "Call", ""], "incomplete", ["missingDate"]],
    [["Acme", "", "Call", "  "], "incomplete", ["missingDate"]],
    [["Acme", "", "Call", "13/45/2026"], "incomplete", ["invalidDate"]],
    [["Acme", "", "Call", "TBD"], "incomplete", ["invalidDate"]],
    [["Acme", "", "Call", "asap"], "incomplete", ["invalidDate"]],
    [["Acme", "", "Call", true], "incomplete", ["invalidDate"]],
    [["Acme", "", "Call", "#N/A"], "incomplete", ["invalidDate"]],
    [["Acme", "", "Call", "2040-01-01"], "incomplete", ["invalidDate"]],
    [["Acme", "", "", ""], "incomplete", ["missingNextStep", "missingDate"]],
    [["Acme", "", "-", "?"], "incomplete", ["missingNextStep", "invalidDate"]],
  ])("%p → %p with %p", (cells, state, problems) => {
    const r = row(cells);
    expect(r.state).toBe(state);
    expect(r.problems).toEqual(problems);
    expect(r.message === undefined).toBe(problems.length === 0);
  });

  it.each([["Won"], ["lost"], ["Closed - Won"], ["Not interested"], ["DEAD"], ["disqualified"]])(
    "status %p closes the row: no problems even without a step or date",
    (status) => {
      const r = row(["Acme", "", "", "", "", status]);
      expect(r).toMatchObject({ state: "closed", problems: [] });
      expect(r.message).toBeUndefined();
    },
  );

  it("uses options.closedStatuses instead of the defaults", () => {
    expect(row(["Acme", "", "", "", "", "Signed"], { closedStatuses: ["signed"] }).state).toBe("closed");
    expect(row(["Acme", "", "", "", "", "Won"], { closedStatuses: ["signed"] }).state).toBe("incomplete");
  });
});

describe("messages tell the rep what to fix, one per row", () => {
  it.each([
    [
      ["Acme", "", "Call", "13/45/2026"],
      'Next-step date "13/45/2026" is not a date — type it as month/day/year or pick a date.',
    ],
    [["Acme", "", "Call", "TBD"], 'Next-step date "TBD" is not a date — pick a day, even a rough one.'],
    [["Acme", "", "", ""], "Add a next step and a next-step date."],
    [["Acme", "", "", "2026-11-30"], "Add a next step."],
    [["Acme", "", "Call", ""], "Add a next-step date."],
    [["Acme", "", "maybe", "2026-11-30"], 'Next step "maybe" is not a step — write what you will do next.'],
    [
      ["Acme", "", "Call", "#N/A"],
      "Next-step date shows the error #N/A — fix the formula or type a date as month/day/year.",
    ],
    [["Acme", "", "Call", "1/1/1990"], 'Next-step date "1/1/1990" is more than 10 years from today — check the year.'],
    [
      ["Acme", "", "Call", 5],
      "Next-step date 5 is a number, not a date — type a date as month/day/year or format the cell as a date.",
    ],
    [["Acme", "", "", "?"], 'Add a next step. Next-step date "?" is not a date — pick a day, even a rough one.'],
  ])("%p: %p", (cells, message) => {
    expect(row(cells).message).toBe(message);
  });

  it("says how to type a date in the rep's order, never proposing today", () => {
    const message = row(["Acme", "", "Call", "45/13/2026"], { dateOrder: "DMY" }).message;
    expect(message).toContain("type it as day/month/year");
    expect(message).not.toContain("25/11/2026");
  });

  it("proposes only a date the cell's own text supports (issue 12: 12/14/2026 read day-first)", () => {
    expect(row(["Acme", "", "Call", "12/14/2026"], { dateOrder: "DMY" }).message).toBe(
      'Next-step date "12/14/2026" is not a date when read day/month/year — did you mean 14/12/2026?',
    );
    expect(row(["Acme", "", "Call", "25/11/2026"]).message).toBe(
      'Next-step date "25/11/2026" is not a date when read month/day/year — did you mean 11/25/2026?',
    );
    // Today (25 Nov) is never offered for a text that does not spell it.
    for (const text of ["13/45/2026", "14/14/2026", "call after the fair"])
      expect(row(["Acme", "", "Call", text], { dateOrder: "DMY" }).message).not.toMatch(/25\/11\/2026/);
  });

  it("shortens a long cell in the message", () => {
    const message = row(["Acme", "", "Call", "call me when the budget is approved next quarter"]).message ?? "";
    expect(message).toContain('"call me when the budget is approved nex…"');
  });
});

describe("dates and times from cells", () => {
  it.each([
    [46351, undefined, "2026-11-25", "serial"],
    [46351.4375, undefined, "2026-11-25T10:30", "serial"],
    ["11/30/2026", undefined, "2026-11-30", "text"],
    ["Nov 30, 2026 2:30 PM", undefined, "2026-11-30T14:30", "text"],
    ["2026-11-30 09:00", undefined, "2026-11-30T09:00", "text"],
    [46351, 0.4375, "2026-11-25T10:30", "serial"],
    [46351, "10:00 AM", "2026-11-25T10:00", "serial"],
    ["2026-11-30 09:00", "14:30", "2026-11-30T14:30", "text"],
    ["2026-11-30", "later", "2026-11-30", "text"],
  ])("date %p with time %p is due %p (%s)", (date, time, due, kind) => {
    const r = row(["Acme", "", "Call", date, time ?? ""]);
    expect(r.due).toBe(due);
    expect(r.dateKind).toBe(kind);
  });

  it("reads serials in the 1904 system when the workbook uses it", () => {
    expect(row(["Acme", "", "Call", 44889], { date1904: true }).due).toBe("2026-11-25");
  });

  it("reads ambiguous text in dateOrder", () => {
    expect(row(["Acme", "", "Call", "05/12/2026"]).due).toBe("2026-05-12");
    expect(row(["Acme", "", "Call", "05/12/2026"], { dateOrder: "DMY" }).due).toBe("2026-12-05");
  });

  it("gives text dates their serial so the adapter can turn them into real dates", () => {
    expect(row(["Acme", "", "Call", "11/25/2026"]).textDateSerial).toBe(46351);
    expect(row(["Acme", "", "Call", "2026-11-25 10:30"]).textDateSerial).toBe(46351.4375);
    expect(row(["Acme", "", "Call", "11/25/2026"], { date1904: true }).textDateSerial).toBe(44889);
    expect(row(["Acme", "", "Call", 46351]).textDateSerial).toBeUndefined();
  });
});

describe("number formats decide what a number in the date column means", () => {
  const fmt = (date: string): string[] => ["General", "General", "General", date, "General", "General"];
  it.each([
    [46351, "m/d/yyyy", "2026-11-25", []],
    [46351.75, "m/d/yyyy", "2026-11-25", []], // the time is hidden by the format (e.g. =NOW()), so it is not used
    [46351.75, "m/d/yyyy h:mm", "2026-11-25T18:00", []],
    [46351.75, "General", "2026-11-25T18:00", []], // "General" says nothing: a serial that lost its format is that day
    [46351, "@", undefined, ["invalidDate"]], // a number in a text-formatted cell shows its digits too
    [5, "General", undefined, ["invalidDate"]], // a plain small number is not 5 Jan 1900
    [46351, "0.00", undefined, ["invalidDate"]], // formatted as a number, shown as 46351.00
    [46351, "$#,##0", undefined, ["invalidDate"]],
    [0.5, "h:mm", undefined, ["invalidDate"]], // a time without a day
    [10000, "m/d/yyyy", undefined, ["invalidDate"]], // a real date in 1927: too far
  ])("%p formatted %p is due %p", (value, format, due, problems) => {
    const r = row(["Acme", "", "Call", value], {}, fmt(format));
    expect(r.due).toBe(due);
    expect(r.problems).toEqual(problems);
  });

  it("reads a serial of the window as a date unless its format shows digits, and then names the day it would show", () => {
    expect(row(["Acme", "", "Call", 46351.75]).due).toBe("2026-11-25T18:00");
    expect(row(["Acme", "", "Call", 46351.75], {}, fmt("General")).due).toBe("2026-11-25T18:00");
    expect(row(["Acme", "", "Call", 46360], {}, fmt("#,##0")).message).toBe(
      "Next-step date 46360 shows as a number, not a date — format the cell as a date (it would show 12/4/2026) or type one as month/day/year.",
    );
  });
});

describe("rows", () => {
  it("labels a row by prospect, else contact, else its row number", () => {
    const report = analyzeSheet(
      { values: [["Title"], HEADER, ["Acme", "Dana", "Call"], ["", "Dana", "Call"], ["", "", "Call"]], startRow: 3 },
      { today: TODAY },
    );
    expect(report.rows.map((r) => [r.row, r.prospect])).toEqual([
      [5, "Acme"],
      [6, "Dana"],
      [7, "Row 7"],
    ]);
  });

  it("skips blank rows and rows whose content is only in unmapped columns", () => {
    const values = [
      [...HEADER, "Region"],
      ["", "", "", "", "", "", "North"],
      [],
      [null, undefined, "  "],
      ["Acme", "", "Call"],
    ];
    expect(analyzeSheet({ values }, { today: TODAY }).rows.map((r) => r.row)).toEqual([5]);
  });

  it("keeps trimmed text of every mapped cell in fields", () => {
    expect(row([" Acme ", "Dana ", " Call", 46351, 0.4375, "Open "]).fields).toEqual({
      prospect: "Acme",
      contact: "Dana",
      nextStep: "Call",
      date: "2026-11-25",
      time: "10:30",
      status: "Open",
    });
  });

  it("counts states and problems", () => {
    const values = [
      HEADER,
      ["A", "", "Call", "2026-11-20"],
      ["B", "", "", "2026-11-25"],
      ["C", "", "Call", "bad"],
      ["D", "", "", "", "", "Won"],
      ["E", "", "", ""],
    ];
    expect(analyzeSheet({ values }, { today: TODAY }).counts).toEqual({
      overdue: 1,
      dueToday: 1,
      dueSoon: 0,
      scheduled: 0,
      closed: 1,
      incomplete: 2,
      missingNextStep: 2,
      missingDate: 1,
      invalidDate: 1,
    });
  });

  it("follows the user's column mapping", () => {
    const values = [
      ["Firma", "Aufgabe", "Datum"],
      ["Acme", "Anrufen", "2026-11-30"],
    ];
    const report = analyzeSheet({ values }, { today: TODAY, columns: { prospect: 0, nextStep: 1, date: 2 } });
    expect(report.header).toEqual({
      row: 1,
      columns: { prospect: 0, nextStep: 1, date: 2 },
      missing: [],
      // "Firma" is German and Polish, "Datum" German, Dutch and Swedish: each language's closed words apply.
      languages: ["de", "pl", "nl", "sv"],
    });
    expect(report.rows[0]).toMatchObject({ row: 2, prospect: "Acme", state: "dueSoon", due: "2026-11-30" });
  });

  it("reports rows when a required column is missing, and says so", () => {
    const report = analyzeSheet(
      {
        values: [
          ["Company", "Next step"],
          ["Acme", "Call"],
        ],
      },
      { today: TODAY },
    );
    expect(report.header.missing).toEqual(["date"]);
    expect(report.rows[0]).toMatchObject({ state: "incomplete", problems: ["missingDate"] });
    expect(report.rows[0].message).toBe("There is no next-step date column — add one or choose it in settings.");
  });
});

describe("never throws", () => {
  it.each([
    [[]],
    [[[]]],
    [[HEADER, ["Acme", null, undefined, NaN, Infinity, -Infinity]]],
    [[HEADER, ["Acme"], ["Beta", "Call", "x", "y", "z", "w", "extra", "more"]]],
    [[HEADER, ["x".repeat(1_000_000), "y".repeat(1_000_000), "z".repeat(100_000), "w".repeat(100_000)]]],
    [[HEADER, [{}, [], () => 1, Symbol("s"), 10n, new Date(0)]]],
    [[null, undefined, HEADER, "not a row", 42, ["Acme", "Call", "2026-11-30"]] as unknown as unknown[][]],
  ])("on %#", (values) => {
    expect(() => analyzeSheet({ values, numberFormat: [[null as unknown as string]] }, { today: TODAY })).not.toThrow();
  });

  it("on a huge date string, quickly", () => {
    const r = row(["Acme", "", "Call", "11/25/2026 " + "x".repeat(5_000_000)]);
    expect(r.problems).toEqual(["invalidDate"]);
    expect((r.message ?? "").length).toBeLessThan(200);
  });
});

describe("times written the way reps write them", () => {
  it.each([
    ["9h30", "2026-11-30T09:30"],
    ["3pm-4pm", "2026-11-30T15:00"],
    ["10-11am", "2026-11-30T10:00"],
    ["at 2pm", "2026-11-30T14:00"],
  ])("time column %p gives due %p", (time, due) => {
    expect(row(["Acme", "", "Call", "2026-11-30", time]).due).toBe(due);
  });

  it("reads a range after the date in the date cell", () => {
    expect(row(["Acme", "", "Call", "Nov 30, 2026 10-11am"]).due).toBe("2026-11-30T10:00");
  });
});

describe("relative dates: never taken as the date, but the message suggests the day they mean today", () => {
  it.each([
    ["tomorrow", "11/26/2026"],
    ["Monday", "11/30/2026"],
    ["next Fri 10am", "11/27/2026"],
    ["wed", "12/2/2026"],
    ["EOW", "11/27/2026"],
    ["end of month", "11/30/2026"],
    ["next week", "11/30/2026"],
    ["next month", "12/1/2026"],
    ["in 2 weeks", "12/9/2026"],
    ["Monday at 10", "11/30/2026"],
    ["lundi", "11/30/2026"],
    ["tomorrow morning", "11/26/2026"],
    ["in 100 days", "3/5/2027"],
    ["today", "11/25/2026"],
  ])("%p → invalidDate, suggesting %p", (text, meant) => {
    const r = row(["Acme", "", "Call", text]);
    expect(r.state).toBe("incomplete");
    expect(r.problems).toEqual(["invalidDate"]);
    expect(r.message).toBe(
      `Next-step date "${text}" is not a date: it moves as days pass — type the date, e.g. ${meant} if you mean that day.`,
    );
  });

  it("writes the suggestion in the rep's date order", () => {
    expect(row(["Acme", "", "Call", "Monday"], { dateOrder: "DMY" }).message).toContain("e.g. 30/11/2026 if");
  });

  it("leaves placeholders and other words as they were", () => {
    expect(row(["Acme", "", "Call", "later"]).message).toBe(
      'Next-step date "later" is not a date — pick a day, even a rough one.',
    );
    expect(row(["Acme", "", "Call", "Mondays"]).message).toContain("is not a date");
    // A weekday with a day of the month is no relative day: which month is the question, not which week.
    expect(row(["Acme", "", "Call", "Friday 13th"]).message).not.toContain("moves as days pass");
    for (const text of ["constructor", "in constructor days", "next __proto__", "toString", "Today we spoke, call"]) {
      expect(row(["Acme", "", "Call", text]).message).toBe(
        `Next-step date "${text}" is not a date — type it as month/day/year or pick a date.`,
      );
    }
  });
});
