import { analyzeSheet, countRows } from "../../src/core";

test("countRows over a report's rows gives the report's own counts, and counts only the rows it is given", () => {
  const report = analyzeSheet(
    {
      values: [
        ["Company", "Next step", "Follow-up date", "Status"],
        ["Acme", "Call Dana", "2026-11-20", ""],
        ["Beta", "maybe", 46351, ""],
        ["Gamma", "Demo", "not a date", ""],
        ["Delta", "", "", "Won"],
        ["Epsilon", "Send deck", 46360, ""],
      ],
    },
    { today: "2026-11-25" },
  );
  expect(countRows(report.rows)).toEqual(report.counts);
  const firstTwo = countRows(report.rows.slice(0, 2));
  expect(firstTwo.overdue).toBe(1);
  expect(firstTwo.missingNextStep).toBe(1);
  expect(firstTwo.closed).toBe(0);
});
