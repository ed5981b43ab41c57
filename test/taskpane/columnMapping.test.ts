import { analyzeSheet } from "../../src/core";
import type { SheetSnapshot } from "../../src/excel/port";
import { buildDemoSheet, rectangular } from "../../src/preview/demo/demoSheet";
import {
  columnLetter,
  mappingProblem,
  mappingView,
  addColumnsSentence,
  missingColumnsSentence,
} from "../../src/taskpane/state/columnMapping";

function snapshot(variant: "standard" | "unusual"): SheetSnapshot {
  const { values, numberFormat } = rectangular(buildDemoSheet("2026-12-01", variant));
  return {
    source: {
      kind: "usedRange",
      sheetId: "s1",
      sheetName: "Accounts",
      address: "A1:J45",
      rowIndex: 0,
      columnIndex: 0,
      rowCount: values.length,
      columnCount: 10,
    },
    input: { values, numberFormat, startRow: 1 },
    date1904: false,
    date1904Detected: true,
    readSyncs: 1,
  };
}

describe("column mapping", () => {
  test("with unusual headers the setup lists every column by letter and header, and says what is missing", () => {
    const snap = snapshot("unusual");
    const view = mappingView(snap, analyzeSheet(snap.input, { today: "2026-12-01" }));
    expect(view.choices.slice(0, 3).map((c) => c.label)).toEqual(["A · Outfit", "B · Contact", "C · Email"]);
    expect(view.missing).toBe("Prospect (company), Next step, Next-step date");
    expect(view.roles.filter((r) => r.required).map((r) => r.role)).toEqual(["prospect", "nextStep", "date"]);
  });

  test("the rep's mapping makes the core find the prospects", () => {
    const snap = snapshot("unusual");
    const columns = { prospect: 0, nextStep: 5, date: 6 };
    expect(mappingProblem(columns)).toBeNull();
    const report = analyzeSheet(snap.input, { today: "2026-12-01", columns });
    expect(report.header.missing).toEqual([]);
    expect(report.rows.length).toBeGreaterThan(30);
  });

  test("a mapping needs every required role, and no column twice", () => {
    expect(mappingProblem({ prospect: 0, nextStep: 5 })).toBe("Choose a column for Next-step date.");
    expect(mappingProblem({ prospect: 0, nextStep: 5, date: 5 })).toBe(
      "Next step and Next-step date cannot use the same column.",
    );
  });

  test("column letters", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

test("the setup screen says which columns it could not tell apart, in a rep's words", () => {
  expect(missingColumnsSentence(["prospect", "nextStep", "date"])).toBe(
    "NextStep could not tell which columns hold the prospect, the next step and the next-step date.",
  );
  expect(missingColumnsSentence(["date"])).toBe("NextStep could not tell which column holds the next-step date.");
});

test("a sheet without the column is told how to add it, named as NextStep reads it", () => {
  expect(addColumnsSentence(["nextStep"])).toBe(
    "No such column in your sheet? Add one named “Next step”: NextStep finds it as soon as you type the name.",
  );
  expect(addColumnsSentence(["nextStep", "date"])).toBe(
    "No such columns in your sheet? Add them, named “Next step” and “Next step date”: NextStep finds them as soon as " +
      "you type the names.",
  );
  expect(addColumnsSentence([])).toBe("");
});

test("the names offered are ones the core reads as those columns", () => {
  const values = [
    ["Company", "Next step", "Next step date"],
    ["Acme", "Call", "2026-12-01"],
  ];
  const header = analyzeSheet({ values }, { today: "2026-11-25" }).header;
  expect(header.missing).toEqual([]);
  expect([header.columns.prospect, header.columns.nextStep, header.columns.date]).toEqual([0, 1, 2]);
});
