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
    expect(hint(["30/11/2026", "1.12."])).toBe("DMY");
  });

  it("takes dates written day-first with dots as evidence for the sheet's slashed dates", () => {
    // "12/03/2026" reads month-first as 3 December; beside "01.12.2026" the sheet is day-first: 12 March.
    expect(hint(["01.12.2026", "12/03/2026"])).toBe("DMY");
    expect(hint(["5.12.26", "4/1/2027", 46351])).toBe("DMY");
  });

  it("says nothing when the dotted dates already read right and nothing else would change", () => {
    expect(hint(["01.12.2026", "05.12.2026 14:30"])).toBeUndefined();
    expect(hint(["01.12.2026", "2026-12-03", 46351])).toBeUndefined();
    expect(hint(["01.12.2026", "Dec 3, 2026"])).toBeUndefined();
  });

  it("does not offer day-first when it would turn a date that reads now invalid", () => {
    expect(hint(["01.12.2026", "12/03/2026", "11/30/2026"])).toBeUndefined();
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
