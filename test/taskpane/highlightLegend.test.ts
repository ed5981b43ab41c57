import { highlightLegend } from "../../src/taskpane/state/highlightLegend";
import { row } from "./rowFixture";

const labels = (rows: Parameters<typeof highlightLegend>[1], dueSoon = true) =>
  highlightLegend({ highlightDueSoon: dueSoon }, rows).map((i) => i.label);

describe("the legend lists only the colours the sheet shows", () => {
  test("a text date is listed while one is in the sheet, and gone once converted", () => {
    const before = [
      row({ row: 2, state: "overdue", dateKind: "serial" }),
      row({ row: 3, state: "dueToday", dateKind: "text" }),
    ];
    expect(labels(before)).toEqual(["Overdue", "Date typed as text"]);
    const after = [before[0], row({ row: 3, state: "dueToday", dateKind: "serial" })];
    expect(labels(after)).toEqual(["Overdue", "Due today"]);
  });

  test("due soon only when it is highlighted and present; closed rows show nothing", () => {
    const rows = [
      row({ row: 2, state: "dueSoon", dateKind: "serial" }),
      row({ row: 3, state: "closed", dateKind: "text", problems: ["missingNextStep"] }),
    ];
    expect(labels(rows)).toEqual(["Due soon"]);
    expect(labels(rows, false)).toEqual([]);
    expect(labels([row({ row: 4, state: "incomplete", problems: ["missingDate"], dateKind: "empty" })])).toEqual([
      "Missing or unreadable",
    ]);
  });
});
