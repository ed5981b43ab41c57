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

describe("a messy real sheet", () => {
  const values = [
    ["🚀 Q4 Pipeline — Jane", null, null, null, null, null, null, null, null, null],
    [],
    [
      "Company Name",
      "Contact",
      "Phone #",
      "E-mail Address",
      "Next Step:",
      "Follow-up Date (MM/DD)",
      "Time",
      "Deal Stage",
      "Date Added",
      "Notes",
    ],
    ["Acme Corp ", "Dana", "555-0100", "dana@acme.com", "Call re pricing", 46350.5, "", "Proposal", 46000, ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Beta 🐝", "", "", "", "Send deck", "12/2", "2:30 PM", "", 46000, ""],
    ["Gamma", "Lee", "", "", "maybe", "TBD", "", "Qualified", "", "waiting on budget"],
    ["Delta", "", "", "", "-", "Nov 25, 2026", "", "", "", ""],
    ["Epsilon", "", "", "", "Demo", "asap", "", "", "", ""],
    ["Zeta", "", "", "", "", "", "", "Closed - Lost", "", ""],
    ["  ", "", "", "", "Renewal call", "2027-01-15 09:00", "", "", "", ""],
  ];
  const report = analyzeSheet({ values }, { today: "2026-11-25" });

  it("maps the columns by their messy names and ignores Date Added", () => {
    expect(report.header).toEqual({
      row: 3,
      columns: { prospect: 0, contact: 1, phone: 2, email: 3, nextStep: 4, date: 5, time: 6, status: 7, notes: 9 },
      missing: [],
      historyDates: [8],
    });
  });

  it("reports what the rep needs to see for each row", () => {
    expect(report.rows.map((r) => [r.row, r.prospect, r.state, r.problems, r.due])).toEqual([
      [4, "Acme Corp", "overdue", [], "2026-11-24T12:00"],
      [6, "Beta 🐝", "dueSoon", [], "2026-12-02T14:30"],
      [7, "Gamma", "incomplete", ["missingNextStep", "invalidDate"], undefined],
      [8, "Delta", "dueToday", ["missingNextStep"], "2026-11-25"],
      [9, "Epsilon", "incomplete", ["invalidDate"], undefined],
      [10, "Zeta", "closed", [], undefined],
      [11, "Row 11", "scheduled", [], "2027-01-15T09:00"],
    ]);
    expect(report.rows.filter((r) => r.message).map((r) => r.message)).toEqual([
      'Next step "maybe" is not a step — write what you will do next. Next-step date "TBD" is not a date — pick a day, even a rough one.',
      'Next step "-" is not a step — write what you will do next.',
      'Next-step date "asap" is not a date — pick a day, even a rough one.',
    ]);
  });
});

describe("a long sheet", () => {
  // Reports are gathered in blocks of 1024 (see analyzeSheet): every block edge must keep order and lose nothing.
  it.each([1023, 1024, 1025, 2048, 3000])("reports all %p rows once, in sheet order, blank rows skipped", (n) => {
    const values: unknown[][] = [["Company", "Next step", "Due"]];
    for (let i = 0; i < n; i++) values.push(i % 7 === 3 ? ["", "", ""] : [`Co ${i}`, "Call", "2026-11-20"]);
    const rows = analyzeSheet({ values, startRow: 5 }, { today: TODAY }).rows;
    const expected = values.slice(1).flatMap((cells, i) => (cells[0] === "" ? [] : [[i + 6, cells[0]]]));
    expect(rows.map((r) => [r.row, r.prospect])).toEqual(expected);
    const last = String(expected[expected.length - 1][1]);
    expect(rows[rows.length - 1].key).toBe(`${last.toLowerCase()}||`);
  });
});
