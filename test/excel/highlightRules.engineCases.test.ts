/**
 * Named cases the independent engine caught (see highlightRules.engine.test.ts for the engine and the generated
 * sheets): each is a sheet where our rules and the core disagreed before its fix, checked both ways.
 */
import { DEFAULT_CLOSED_STATUSES, isoToSerial } from "../../src/core";
import { LANGUAGES } from "../../src/core/languages/index";
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
  // No format at all: a number whose format was not read is a serial of the window, its time kept.
  for (const format of ["m/d/yyyy", "m/d/yyyy h:mm", undefined]) {
    const formats = format ? ["General", "General", format, "General"] : undefined;
    const result = compareSheet({ grid, formats, today, prefs: PREFS });
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

test("a number in a number or text format is no date, in the sheet as in the pane; a General one is a date", () => {
  const today = "2026-11-25";
  // A number format chosen on purpose shows digits: the rep sees 46360, not 4 Dec. "General" says nothing (generated
  // files, East-Asian built-in date formats, Excel on the web under some regional settings): the window decides.
  const rows: [Cell, string][] = [
    [days(today, -3), "m/d/yyyy"], // a real date: overdue
    [days(today, -2), "General"], // a serial that lost its format: overdue
    [days(today, 0), "0"],
    [days(today, 2), "#,##0.00"],
    [days(today, 4), "@"], // a number kept when the column was formatted as text afterwards
    [days(today, 5) + 0.5, "General"], // still that day: due soon
    [days(today, 1), "d-mmm-yy"], // a real date: due soon
  ];
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ...rows.map(([date], i): Cell[] => [`Prospect ${i}`, "Call", date, "Open"]),
  ];
  const formatGrid = grid.map((_, r) => ["General", "General", r === 0 ? "General" : rows[r - 1][1], "General"]);
  const result = compareSheet({ grid, formatGrid, today, prefs: PREFS });
  expect(result.report.rows.map((r) => [r.state, r.problems])).toEqual([
    ["overdue", []],
    ["overdue", []],
    ["incomplete", ["invalidDate"]],
    ["incomplete", ["invalidDate"]],
    ["incomplete", ["invalidDate"]],
    ["dueSoon", []],
    ["dueSoon", []],
  ]);
  expect(result.differences).toEqual([]);
});

test("a day held both by a real date and by digits stays a date in the sheet: the rules cannot see a format", () => {
  const today = "2026-11-25";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "Call", days(today, -2), "Open"], // a real date: overdue
    ["Globex", "Call", days(today, -2) + 0.5, "Open"], // the same day shown as 46349.5: no date to the pane
    ["Initech", "Call", days(today, -1), "Open"], // shown as 46350: no date, in both
  ];
  const formatGrid = ["General", "m/d/yyyy", "0", "0"].map((date) => ["General", "General", date, "General"]);
  const result = compareSheet({ grid, formatGrid, today, prefs: PREFS });
  expect(result.report.rows.map((r) => r.problems)).toEqual([[], ["invalidDate"], ["invalidDate"]]);
  // The one row the two tell apart by format alone: the sheet keeps it a date rather than mark a real date unusable.
  expect(result.differences.map((d) => [d.row, d.core, d.engine])).toEqual([[3, ["badDate"], ["overdue"]]]);
});

test("a long column of numbers shown as digits (serials in a number format) is no date in every row, past the list's budget", () => {
  const today = "2026-11-25";
  const offsets = Array.from({ length: 420 }, (_, i) => i - 200); // 420 distinct days: more than one list holds
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ...offsets.map((n, i): Cell[] => [`Prospect ${i}`, "Call", days(today, n), "Open"]),
  ];
  const result = compareSheet({ grid, formats: ["General", "General", "0", "General"], today, prefs: PREFS });
  expect(result.report.counts.invalidDate).toBe(420);
  expect(result.differences).toEqual([]);
  // With one real date in the column the list is cut at its budget: rows past it read as dates in the sheet.
  const mixed = compareSheet({
    grid,
    formatGrid: grid.map((_, r) => ["General", "General", r === 1 ? "m/d/yyyy" : "0", "General"]),
    today,
    prefs: PREFS,
  });
  expect(mixed.differences.length).toBeGreaterThan(0);
  expect(mixed.rules.every((rule) => rule.formula.length < 8192)).toBe(true);
});

test("a status of spaces alone leaves the row open in the sheet as in the pane, however long the closed list", () => {
  const today = "2026-11-25";
  // Enough closed words for the list to take more than one 255-character literal.
  const closedStatuses = [...DEFAULT_CLOSED_STATUSES, ...LANGUAGES.flatMap((l) => l.closed)];
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "Call", days(today, -3), "  "],
    ["Globex", "Call", days(today, 0), "\u00a0"],
    ["Initech", "Call", days(today, -3), "Won"],
  ];
  const result = compareSheet({
    grid,
    formats: ["General", "General", "m/d/yyyy", "General"],
    today,
    prefs: { ...PREFS, closedStatuses },
  });
  expect(result.rules.find((r) => r.kind === "overdue")?.formula).toMatch(/"&"/); // two literals joined
  expect(result.report.rows.map((r) => r.state)).toEqual(["overdue", "dueToday", "closed"]);
  expect(result.differences).toEqual([]);
});

test("a due-soon setting that is no whole number counts whole days in the sheet as in the pane", () => {
  const today = "2026-11-25";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ...[1, 2, 3, 4].map((n): Cell[] => [`Prospect ${n}`, "Call", days(today, n), "Open"]),
  ];
  const result = compareSheet({
    grid,
    formats: ["General", "General", "m/d/yyyy", "General"],
    today,
    prefs: { ...PREFS, dueSoonDays: 2.5 },
  });
  expect(result.report.rows.map((r) => r.state)).toEqual(["dueSoon", "dueSoon", "scheduled", "scheduled"]);
  expect(result.rules.every((rule) => !/\d\.\d/.test(rule.formula.replace(/"([^"]|"")*"/g, "")))).toBe(true);
  expect(result.differences).toEqual([]);
});
