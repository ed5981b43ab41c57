/**
 * Named cases the independent engine caught (see highlightRules.engine.test.ts for the engine and the generated
 * sheets): each is a sheet where our rules and the core disagreed before its fix, checked both ways.
 */
import { DEFAULT_CLOSED_STATUSES, isoToSerial } from "../../src/core";
import type { HighlightPrefs } from "../../src/excel/port";
import { compareSheet, shownKind } from "./engineVerdicts";
import type { Cell } from "./independentEngine";

const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: true };
const days = (today: string, n: number): number => (isoToSerial(today, false) as number) + n;

test("an error value in the next-step cell is a missing step, in the pane and in the sheet alike", () => {
  const today = "2026-11-25";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", { error: "#N/A" }, days(today, 3), "Open"],
    ["Globex", { error: "#DIV/0!" }, days(today, -2), "Open"],
    ["Initech", { error: "#VALUE!" }, days(today, 0), "Won"],
    ["Umbrella", "Call Dana", days(today, 0), "Open"],
  ];
  const result = compareSheet({ grid, formats: ["General", "General", "m/d/yyyy", "General"], today, prefs: PREFS });
  expect(result.differences).toEqual([]);
  expect(result.report.rows.map((r) => [r.row, r.problems])).toEqual([
    [2, ["missingNextStep"]],
    [3, ["missingNextStep"]],
    [4, []],
    [5, []],
  ]);
});

test("precedence: a marked next-step or date cell shows its mark, every other cell of the row its tint", () => {
  const today = "2026-11-25";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "", days(today, -3), "Open"], // overdue, no next step
    ["Globex", "Call", "Nov 30, 2026", "Open"], // a date typed as text: its state is never a tint
    ["Initech", "TBD", days(today, 0), "Open"], // due today, placeholder step
    ["Umbrella", "Call", days(today, -3), "Won"], // closed: nothing
    ["Hooli", "Call", days(today, 2), "Open"], // due soon
  ];
  const result = compareSheet({ grid, formats: ["General", "General", "m/d/yyyy", "General"], today, prefs: PREFS });
  expect(result.differences).toEqual([]);
  // The adapter adds them so that the first is on top (applyHighlights' queueAdds); none stops the others.
  expect(result.rules.map((r) => r.kind)).toEqual([
    "textDate",
    "badDate",
    "missingNextStep",
    "overdue",
    "dueToday",
    "dueSoon",
  ]);
  const shown = (row: number) => [0, 1, 2, 3].map((column) => shownKind(result, row, column) ?? "-");
  expect(shown(2)).toEqual(["overdue", "missingNextStep", "overdue", "overdue"]);
  expect(shown(3)).toEqual(["-", "-", "textDate", "-"]);
  expect(shown(4)).toEqual(["dueToday", "missingNextStep", "dueToday", "dueToday"]);
  expect(shown(5)).toEqual(["-", "-", "-", "-"]);
  expect(shown(6)).toEqual(["dueSoon", "dueSoon", "dueSoon", "dueSoon"]);
});

test("punctuated flags and words padded with spaces Excel's TRIM keeps read the same in the sheet as in the pane", () => {
  const today = "2026-11-25";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status", "Active?", "Do Not Call"],
    ["Acme", "Call", days(today, -3), "Open", "No.", ""], // a punctuated no closes the row
    ["Globex", "Call", days(today, -3), "Open", "Nein!", ""],
    ["Initech", "Call", days(today, -3), "Open", "", "Yes!"], // a punctuated yes opts out
    ["Umbrella", "Call", days(today, -3), "Won\u3000", "", ""], // an ideographic space after a closed word
    ["Hooli", "TBD\u202f", days(today, 2), "Open", "", ""], // a narrow no-break space after a placeholder
    ["Vandelay", "Call", "next week\u3000", "Open", "", ""], // an unusable date: yellow, not "typed as text"
    ["Pied Piper", "Call", days(today, -3), "Open", "", ""], // still overdue
    ["Soylent", "Call", "\u3000", "Open", "", ""], // a date of spaces alone: missing, not "typed as text"
  ];
  const formats = ["General", "General", "m/d/yyyy", "General", "General", "General"];
  const result = compareSheet({ grid, formats, today, prefs: PREFS });
  expect(result.report.rows.map((r) => [r.row, r.state, r.problems])).toEqual([
    [2, "closed", []],
    [3, "closed", []],
    [4, "closed", []],
    [5, "closed", []],
    [6, "dueSoon", ["missingNextStep"]],
    [7, "incomplete", ["invalidDate"]],
    [8, "overdue", []],
    [9, "incomplete", ["missingDate"]],
  ]);
  expect(result.differences).toEqual([]);
});

test("on 29 February the ten-year window ends on the 28th, in the sheet as in the pane", () => {
  const today = "2028-02-29";
  const serial = (iso: string) => isoToSerial(iso, false) as number;
  const dates = ["2018-02-27", "2018-02-28", "2018-03-01", "2038-02-27", "2038-02-28", "2038-03-01"];
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ...dates.map((iso, i): Cell[] => [`Prospect ${i}`, "Call", serial(iso), "Open"]),
  ];
  const result = compareSheet({ grid, formats: ["General", "General", "m/d/yyyy", "General"], today, prefs: PREFS });
  expect(result.report.rows.map((r) => [dates[r.row - 2], r.state, r.problems])).toEqual([
    ["2018-02-27", "incomplete", ["invalidDate"]],
    ["2018-02-28", "overdue", []],
    ["2018-03-01", "overdue", []],
    ["2038-02-27", "scheduled", []],
    ["2038-02-28", "scheduled", []],
    ["2038-03-01", "incomplete", ["invalidDate"]],
  ]);
  expect(result.differences).toEqual([]);
});

test("a time in the last half minute before midnight stays on its day, in the sheet as in the pane", () => {
  const today = "2026-11-25";
  const lastSecond = 0.99999; // 23:59:59.1
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "Call", days(today, -1) + lastSecond, "Open"], // yesterday: overdue, not due today
    ["Globex", "Call", days(today, 0) + lastSecond, "Open"], // today: due today, not due soon
  ];
  for (const format of ["m/d/yyyy", "m/d/yyyy h:mm", "General"]) {
    const result = compareSheet({ grid, formats: ["General", "General", format, "General"], today, prefs: PREFS });
    expect(result.report.rows.map((r) => [r.state, r.due])).toEqual([
      ["overdue", format === "m/d/yyyy" ? "2026-11-24" : "2026-11-24T23:59"],
      ["dueToday", format === "m/d/yyyy" ? "2026-11-25" : "2026-11-25T23:59"],
    ]);
    expect(result.differences).toEqual([]);
  }
});

test("a header row repeated under the list (a second section, a pasted export) is no prospect: the sheet leaves it alone", () => {
  const today = "2026-11-25";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "Call", days(today, -1), "Open"],
    [],
    ["Company", "Next step", "Due", "Status"],
    ["Initech", "Demo", days(today, 0), "Open"],
  ];
  const result = compareSheet({ grid, formats: ["General", "General", "m/d/yyyy", "General"], today, prefs: PREFS });
  expect(result.report.ignoredRows).toEqual([4]);
  expect(result.differences).toEqual([]);
  expect(result.report.rows.map((r) => [r.row, r.state])).toEqual([
    [2, "overdue"],
    [5, "dueToday"],
  ]);
});
