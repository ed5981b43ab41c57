/** EDATE and DATE's roll-over as Excel defines them (support.microsoft.com), used by the highlight rules' window. */
import { isoToSerial, MemoryWorkbook } from "../../../src/preview/memory";

function valueOf(formula: string, today = "2026-11-25"): unknown {
  const workbook = new MemoryWorkbook({ today });
  workbook.addSheet("S", [[]]);
  workbook.setCells("S", "Z100", [[formula]]);
  return workbook.snapshot("S", "Z100").values[0][0];
}
const serial = (iso: string) => isoToSerial(iso);

describe("EDATE", () => {
  it.each([
    ["=EDATE(DATE(2028,2,29),-120)", serial("2018-02-28")], // a shorter month gives its last day
    ["=EDATE(DATE(2028,2,29),120)", serial("2038-02-28")],
    ["=EDATE(DATE(2011,1,15),1)", serial("2011-02-15")], // Excel's own examples
    ["=EDATE(DATE(2011,1,15),-1)", serial("2010-12-15")],
    ["=EDATE(DATE(2011,1,15),2)", serial("2011-03-15")],
    ["=EDATE(DATE(2008,5,31),-1)", serial("2008-04-30")],
    ["=EDATE(DATE(2026,1,31),1.9)", serial("2026-02-28")], // months truncated
    ["=EDATE(-1,0)", "#VALUE!"],
    ['=EDATE("x",0)', "#VALUE!"],
  ])("%s is %p", (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it("is refused with a wrong argument count, as Excel refuses the formula", () => {
    expect(() => valueOf("=EDATE(1)")).toThrow();
  });
});

test("DATE rolls 29 February of a plain year over to 1 March; EDATE keeps the window on the 28th", () => {
  expect(valueOf("=DATE(2018,2,29)")).toBe(serial("2018-03-01"));
  expect(valueOf("=EDATE(TODAY(),-120)", "2028-02-29")).toBe(serial("2018-02-28"));
  expect(valueOf("=EDATE(TODAY(),-120)")).toBe(serial("2016-11-25"));
});
