import { analyzeSheet, dateOrderHint, type AnalyzeOptions, type SheetInput } from "../../src/core";

const TODAY = "2026-11-25";

/** The hint for a sheet of these date cells, analysed in `order`. */
function hint(dates: unknown[], order: AnalyzeOptions["dateOrder"] = "MDY") {
  const input: SheetInput = {
    values: [["Pipeline"], ["Company", "Next step", "Due"], ...dates.map((d, i) => [`Co ${i}`, "Call", d])],
  };
  const options: AnalyzeOptions = { today: TODAY, dateOrder: order };
  return dateOrderHint(input, options, analyzeSheet(input, options));
}

describe("dateOrderHint: the order a sheet is evidently written in", () => {
  it("suggests day-first when day-first dates do not read month-first", () => {
    expect(hint(["30/11/2026", "12/1/2026", 46351])).toBe("DMY");
    expect(hint(["30.11.2026", "1.12."])).toBe("DMY");
  });

  it("suggests month-first to a day-first reader of US dates", () => {
    expect(hint(["11/30/2026", "12/1/2026"], "DMY")).toBe("MDY");
  });

  it("suggests year-first for two-digit years written first", () => {
    expect(hint(["26/11/30"])).toBe("YMD");
  });

  it("counts closed rows as evidence too: their US dates make a mixed sheet", () => {
    const header = ["Company", "Next step", "Due", "Status"];
    const options = { today: TODAY };
    const hintFor = (values: unknown[][]) => dateOrderHint({ values }, options, analyzeSheet({ values }, options));
    const mixed = [header, ["Won Co", "Call", "11/30/2026", "Won"], ["Open Co", "Call", "30/11/2026", "New"]];
    expect(hintFor(mixed)).toBeUndefined();
    const closedDayFirst = [header, ["Won Co", "Call", "30/11/2026", "Won"], ["Open Co", "Call", "1/12/2026", "New"]];
    expect(hintFor(closedDayFirst)).toBe("DMY");
  });

  it("reads the rows where analyzeSheet does, whatever startRow says", () => {
    const values = [
      ["Company", "Next step", "Due"],
      ["Acme", "Call", "30/11/2026"],
    ];
    const options = { today: TODAY };
    for (const startRow of [1, 7, 2.5, -3]) {
      const input = { values, startRow };
      expect(dateOrderHint(input, options, analyzeSheet(input, options))).toBe("DMY");
    }
  });

  it("says nothing for a sheet that mixes orders, reads fine, or has no fixable date", () => {
    expect(hint(["30/11/2026", "11/30/2026"])).toBeUndefined();
    expect(hint(["11/30/2026", "2026-12-01"])).toBeUndefined();
    expect(hint(["13/45/2026", "TBD"])).toBeUndefined();
    expect(hint(["Monday"])).toBeUndefined();
  });
});
