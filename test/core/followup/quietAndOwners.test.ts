/** Who went quiet, whose rows are whose, and what a manager sees per owner. */
import {
  countByOwner,
  findFollowUpColumns,
  goneQuiet,
  isMine,
  lastContactDay,
  suggestOwner,
  touchCount,
  type FollowUpFacts,
} from "../../../src/core/followup";
import { dayFromIso } from "../../../src/core/dayNumber";
import { analyze, TODAY, TODAY_DAY, type Line } from "./fixture";

const lines: Line[] = [
  ["Acme", "Dana", "555-0100", "Dana Smith", "Call about pricing", "11/25/2026", "", "Open", 1, "11/20/2026"],
  ["Birch", "Lee", "555-0101", "Lee Park", "Send proposal", "12/9/2026", "", "Open", 0, "10/01/2026"],
  ["Cobalt", "Ana", "", "dana smith", "", "", "", "Open", 5, "11/30/2026"],
  ["Delta", "Raj", "", "Lee Park", "Demo", "12/2/2026", "10:00", "Open", 2, ""],
  ["Echo", "Kim", "", "Dana Smith", "Call back", "11/01/2026", "", "Won", 1, "10/01/2026"],
  ["Fjord", "Tom", "", "", "Check in", "11/30/2026", "", "Open", 9, "11/10/2026"],
];

function facts(): FollowUpFacts[] {
  const { rows, values, report } = analyze(lines);
  const columns = findFollowUpColumns(values, report.header);
  return rows.map((row) => {
    const cells = values[row.row - 1];
    return {
      row,
      touches: columns.touches === undefined ? undefined : touchCount(cells[columns.touches]),
      lastContactDay:
        columns.lastContact === undefined
          ? undefined
          : lastContactDay(cells[columns.lastContact], { today: TODAY, dateOrder: "MDY", date1904: false }),
    };
  });
}

test("the touches and last-contact columns are found beside the core's roles", () => {
  const { values, report } = analyze(lines);
  expect(findFollowUpColumns(values, report.header)).toEqual({ touches: 8, lastContact: 9 });
  const other = [["Company", "Next step", "Due", "# contacts", "Last contacted"]];
  expect(findFollowUpColumns(other, { row: 1, columns: { prospect: 0, nextStep: 1, date: 2 }, missing: [] })).toEqual({
    touches: 3,
    lastContact: 4,
  });
  expect(findFollowUpColumns([["Company", "Next step", "Due"]], { row: 1, columns: {}, missing: [] })).toEqual({});
});

test.each([
  [3, 3],
  [" 4 ", 4],
  ["", 0],
  [null, 0],
  [-1, undefined],
  [2.5, undefined],
  ["a few", undefined],
])("touches cell %p counts %p", (cell, expected) => {
  expect(touchCount(cell)).toBe(expected);
});

test("gone quiet: few touches or an old last contact, and no step dated today or later", () => {
  const quiet = goneQuiet(facts(), TODAY_DAY);
  // Cobalt has no step but 5 touches and a contact 2 days ago: not quiet.
  expect(quiet.map((q) => [q.row.prospect, q.reason])).toEqual([
    ["Acme", "1 touch, next step overdue"],
    ["Fjord", "Last contact 22 days ago, next step overdue"],
  ]);
});

test("a dated future step is never quiet, however few the touches or old the contact", () => {
  const quiet = goneQuiet(facts(), TODAY_DAY).map((q) => q.row.prospect);
  expect(quiet).not.toContain("Birch"); // 0 touches, last contact October, but a step on 12/9
  expect(quiet).not.toContain("Delta"); // 2 touches, due today
  expect(quiet).not.toContain("Echo"); // closed
});

test("the quiet threshold comes from Settings", () => {
  const quiet = goneQuiet(facts(), TODAY_DAY, 30).map((q) => q.row.prospect);
  expect(quiet).not.toContain("Fjord");
  expect(quiet).toContain("Acme");
});

test("per-owner counts: overdue, due today and no next step, closed rows left out", () => {
  const { rows } = analyze(lines);
  expect(countByOwner(rows)).toEqual([
    { owner: "Dana Smith", overdue: 1, dueToday: 0, noNextStep: 1, active: 2 },
    { owner: "Lee Park", overdue: 0, dueToday: 1, noNextStep: 0, active: 2 },
    { owner: "", overdue: 1, dueToday: 0, noNextStep: 0, active: 1 },
  ]);
});

test("my rows: the owner value however it is typed", () => {
  const { rows } = analyze(lines);
  expect(rows.filter((r) => isMine(r, "Dana Smith")).map((r) => r.prospect)).toEqual(["Acme", "Cobalt", "Echo"]);
  expect(rows.filter((r) => isMine(r, "")).length).toBe(0);
});

test.each([
  [{ name: "Dana Smith" }, "Dana Smith"],
  [{ email: "lee.park@contoso.com" }, "Lee Park"],
  [{ name: "Lee" }, "Lee Park"],
  [{ name: "Sam Jones", email: "sam@contoso.com" }, undefined],
])("the owner value prefilled from %p is %p", (user, expected) => {
  expect(suggestOwner(["Dana Smith", "Lee Park", "dana smith", ""], user)).toBe(expected);
});

test("a last contact typed as text is read in the rep's date order", () => {
  expect(lastContactDay("1/12/2026", { today: TODAY, dateOrder: "DMY", date1904: false })).toBe(
    dayFromIso("2026-12-01"),
  );
  expect(lastContactDay(46357, { today: TODAY, dateOrder: "MDY", date1904: false })).toBe(dayFromIso("2026-12-01"));
  expect(lastContactDay("soon", { today: TODAY, dateOrder: "MDY", date1904: false })).toBeUndefined();
});
