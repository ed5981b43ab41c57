import { analyzeSheet } from "../../src/core";

const TODAY = "2026-11-25";

describe("analyzeSheet", () => {
  it("finds the header under a title row and reports each prospect row once", () => {
    const report = analyzeSheet(
      {
        values: [
          ["Q4 prospects"],
          [],
          ["Company", "Next step", "Follow-up date", "Status"],
          ["Acme", "Call Dana", "2026-11-20", ""],
          ["Beta", "Send deck", 46351, ""],
          ["", "", "", ""],
          ["Gamma", "", "", "Won"],
        ],
      },
      { today: TODAY },
    );
    expect(report.header).toEqual({ row: 3, columns: { prospect: 0, nextStep: 1, date: 2, status: 3 }, missing: [] });
    expect(report.rows.map((r) => [r.row, r.prospect, r.state])).toEqual([
      [4, "Acme", "overdue"],
      [5, "Beta", "dueToday"],
      [7, "Gamma", "closed"],
    ]);
  });
});
