/** Exports that list groups one under another, each under its title and the header repeated (monday.com boards). */
import { analyzeSheet } from "../../src/core";

const HEADER = ["Name", "Subitems", "Owner", "Status", "Next Step", "Due date"];
const report = analyzeSheet(
  {
    values: [
      ["Sales pipeline"],
      ["Active deals", "", "Try it free →"],
      HEADER,
      ["Acme", "", "Dana", "Working on it", "Call back", "2026-11-24"],
      ["Globex", "", "Sam", "Stuck", "", ""],
      [],
      ["Closed deals", "", "Try it free →"],
      HEADER,
      ["Initech", "", "Dana", "Won", "", ""],
    ],
  },
  { today: "2026-11-25", dateOrder: "MDY" },
);

it("reads every group's items and not the repeated header or the group titles", () => {
  expect(report.header.row).toBe(3);
  expect(report.rows.map((r) => [r.row, r.state])).toEqual([
    [4, "overdue"],
    [5, "incomplete"],
    [9, "closed"],
  ]);
});

it("keeps a prospect whose row happens to hold one header word", () => {
  const single = analyzeSheet(
    { values: [HEADER, ["Status", "", "Dana", "Working on it", "Call", "2026-11-24"]] },
    { today: "2026-11-25", dateOrder: "MDY" },
  );
  expect(single.rows.map((r) => r.row)).toEqual([2]);
});
