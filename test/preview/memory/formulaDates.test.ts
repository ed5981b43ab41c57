/** EOMONTH and DATE's roll-over as Excel defines them (support.microsoft.com), used by the highlight rules' window. */
import { isoToSerial, MemoryWorkbook } from "../../../src/preview/memory";

function valueOf(formula: string, today = "2026-11-25"): unknown {
  const workbook = new MemoryWorkbook({ today });
  workbook.addSheet("S", [[]]);
  workbook.setCells("S", "Z100", [[formula]]);
  return workbook.snapshot("S", "Z100").values[0][0];
}
const serial = (iso: string) => isoToSerial(iso);

describe("EOMONTH", () => {
  it.each([
    ["=EOMONTH(DATE(2028,2,29),-120)", serial("2018-02-28")],
    ["=EOMONTH(DATE(2028,2,29),120)", serial("2038-02-28")],
    ["=EOMONTH(DATE(2026,1,15),1)", serial("2026-02-28")],
    ["=EOMONTH(DATE(2026,1,15),1.9)", serial("2026-02-28")], // months truncated
    ["=EOMONTH(DATE(2026,3,31),-1)", serial("2026-02-28")],
    ["=EOMONTH(DATE(2026,11,25),0)", serial("2026-11-30")],
    ["=EOMONTH(-1,0)", "#NUM!"],
    ['=EOMONTH("x",0)', "#VALUE!"],
  ])("%s is %p", (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it("is refused with a wrong argument count, as Excel refuses the formula", () => {
    expect(() => valueOf("=EOMONTH(1)")).toThrow();
  });
});

test("DATE rolls 29 February of a plain year over to 1 March, so the window takes the smaller of the two", () => {
  expect(valueOf("=DATE(2018,2,29)")).toBe(serial("2018-03-01"));
  expect(valueOf("=MIN(DATE(YEAR(TODAY())-10,MONTH(TODAY()),DAY(TODAY())),EOMONTH(TODAY(),-120))", "2028-02-29")).toBe(
    serial("2018-02-28"),
  );
  expect(valueOf("=MIN(DATE(YEAR(TODAY())-10,MONTH(TODAY()),DAY(TODAY())),EOMONTH(TODAY(),-120))")).toBe(
    serial("2016-11-25"),
  );
});
