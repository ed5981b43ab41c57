import type { SheetSnapshot, TextDateFix } from "../../src/excel/port";
import { initialModel, type PaneModel } from "../../src/taskpane/state/model";
import { paneView } from "../../src/taskpane/state/paneView";
import { report, row } from "./rowFixture";

const TODAY = "2026-12-01";

const snapshot: SheetSnapshot = {
  source: {
    kind: "table",
    sheetId: "s1",
    sheetName: "Sheet1",
    tableName: "Prospects",
    address: "A1:C3",
    rowIndex: 0,
    columnIndex: 0,
    rowCount: 3,
    columnCount: 3,
  },
  input: {
    values: [
      ["Company", "Next step", "Date"],
      ["A", "Call", 46357],
      ["B", "", 46300],
    ],
    startRow: 1,
  },
  date1904: false,
  date1904Detected: true,
  readSyncs: 1,
};

function ready(patch: Partial<PaneModel>): PaneModel {
  return { ...initialModel(), phase: { kind: "ready" }, snapshot, ...patch };
}

describe("paneView: one designed screen per case", () => {
  test("before the first read: the starting screen; adapter failures keep their sentence", () => {
    expect(paneView(initialModel(), TODAY).screen).toEqual({ kind: "starting" });
    const error = {
      ...initialModel(),
      phase: { kind: "error" as const, message: "Excel is editing a cell. Press Enter." },
    };
    expect(paneView(error, TODAY).screen).toEqual({ kind: "error", message: "Excel is editing a cell. Press Enter." });
  });

  test("required columns missing: the setup screen, named after the table", () => {
    const r = report([row({ row: 2 })]);
    r.header = { row: 1, columns: { prospect: 0 }, missing: ["nextStep", "date"] };
    const view = paneView(ready({ report: r }), TODAY).screen;
    expect(view).toMatchObject({ kind: "setup", sourceLabel: "Prospects" });
    if (view.kind === "setup") expect(view.mapping.missing).toBe("Next step, Next-step date");
  });

  test("only history dates: the setup screen carries the core's reason, so the rep knows why it asks", () => {
    const r = report([row({ row: 2 })]);
    r.header = { row: 1, columns: { prospect: 0, nextStep: 1 }, missing: ["date"] };
    r.notes = ["Only history dates found (Create Date, Last Activity Date): pick the follow-up date column."];
    const view = paneView(ready({ report: r }), TODAY).screen;
    expect(view).toMatchObject({ kind: "setup", notes: r.notes });
  });

  test("a header and no rows: the no-prospects screen", () => {
    expect(paneView(ready({ report: report([]) }), TODAY).screen.kind).toBe("noProspects");
  });

  test("the report: list title follows the filter, and reads 'Coming up' when all is on track", () => {
    const busy = report([
      row({ row: 2, state: "overdue", due: "2026-11-20" }),
      row({ row: 3, state: "dueSoon", due: "2026-12-03" }),
    ]);
    const a = paneView(ready({ report: busy }), TODAY).screen;
    expect(a).toMatchObject({ kind: "report", filterLabel: "Needs attention", total: 2, onTrack: null });
    const b = paneView(ready({ report: busy, filter: "overdue" }), TODAY).screen;
    expect(b).toMatchObject({ filterLabel: "Overdue", total: 1 });
    const calm = report([row({ row: 2, state: "dueSoon", due: "2026-12-03" })]);
    expect(paneView(ready({ report: calm }), TODAY).screen).toMatchObject({
      filterLabel: "Coming up",
      onTrack: "Your 1 prospect has a next step — nothing overdue",
    });
  });

  test("text dates: the action counts them and the confirmation lists old text → new date", () => {
    const fixes: TextDateFix[] = [
      {
        row: 2,
        column: 2,
        address: "C2",
        oldText: "12/3/2026",
        newSerial: 46359,
        newIso: "2026-12-03",
        newNumberFormat: "m/d/yyyy",
        key: "acme||",
        list: { sheetId: "s", columnIndex: 0, headerRow: 1, keyColumns: { prospect: 0 } },
      },
    ];
    const view = paneView(ready({ report: report([row({ row: 2 })]), fixes }), TODAY).screen;
    expect(view).toMatchObject({ convertLabel: "Convert 1 text date to real dates" });
    if (view.kind === "report")
      expect(view.conversion).toEqual([{ address: "C2", oldText: "12/3/2026", newDate: "3 Dec 2026" }]);
  });
});
