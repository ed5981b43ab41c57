/** The formula evaluator follows Excel: $ anchoring, blank cells, text vs numbers, precedence, the clock. */
import { isoToSerial, MemoryWorkbook } from "../../../src/preview/memory";

function valueOf(formula: string, cells: unknown[][] = [[]]): unknown {
  const workbook = new MemoryWorkbook({ today: "2026-11-25" });
  workbook.addSheet("S", cells);
  workbook.setCells("S", "Z100", [[formula]]);
  return workbook.snapshot("S", "Z100").values[0][0];
}

describe("formula evaluation", () => {
  it.each([
    ["=1+2*3", 7],
    ["=-2^2", 4],
    ["=2^3^2", 64],
    ["=(1+2)*3", 9],
    ['="a"&1+1', "a2"],
    ["=1+1=2", true],
    ["=10%", 0.1],
    ["=1/0", "#DIV/0!"],
    ['="12"+1', 13],
    ['="x"+1', "#VALUE!"],
    ["=TRUE+1", 2],
  ])("%s is %p", (formula, expected) => {
    expect(valueOf(formula)).toEqual(expected);
  });

  it.each([
    ["=A1=0", true],
    ['=A1=""', true],
    ["=A1<1", true],
    ["=A1=FALSE", true],
    ["=ISBLANK(A1)", true],
    ['=A1&"x"', "x"],
    ["=A1+5", 5],
    ["=LEN(A1)", 0],
    ["=ISNUMBER(A1)", false],
    ["=ISTEXT(A1)", false],
  ])("a blank cell: %s is %p", (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it.each([
    ['="a">5', true],
    ['=5<"4"', true],
    ['="ABC"="abc"', true],
    ['="b">"A"', true],
    ['=TRUE>"z"', true],
    ['="10"=10', false],
  ])("text against numbers and text: %s is %p", (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it.each([
    ['=AND(A1>0,B1="x")', true],
    ["=AND(A1:C1)", true],
    ["=AND(B1)", "#VALUE!"],
    ["=OR(A1>5,C1)", true],
    ["=NOT(A1)", false],
    ['=IF(A1>1,"big","small")', "small"],
    ["=IF(A1>1,1)", false],
    ['=TRIM("  a   b ")', "a b"],
    ['=LOWER("Won")&UPPER("x")', "wonX"],
    ['=ISNUMBER(SEARCH("won",B1))', false],
    ['=SEARCH("X",B1)', 1],
    ["=INT(-1.5)", -2],
    ['=N("text")+N(TRUE)', 1],
    ['=VALUE("3.5")', 3.5],
    ["=DATE(2026,11,25)", 46351],
    ["=YEAR(46351)*100+MONTH(46351)", 202611],
    ["=ISERROR(1/0)", true],
    ["=IFERROR(1/0,7)", 7],
    ["=SUM(A1:C1)", 1],
    ["=COUNTA(A1:D1)", 3],
    ["=ROW()", 100],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
    ['=LEN(TRIM(" a\tb "))', 3],
    ['=SEARCH("c?an*",B1&"cyan blue")', 2],
    ['=SEARCH("~*","a*b")', 2],
    ['="11/30/2026"+0', 46356],
  ])("functions: %s is %p", (formula, expected) => {
    expect(valueOf(formula, [[1, "x", true]])).toBe(expected);
  });

  it("TODAY() is the 1900-system serial of the workbook's clock, and moves with it", () => {
    const workbook = new MemoryWorkbook({ today: "2026-11-25" });
    workbook.addSheet("S", [["=TODAY()"]]);
    expect(workbook.snapshot("S", "A1").values).toEqual([[46351]]);
    expect(isoToSerial("2026-11-25")).toBe(46351);
    workbook.setToday("2026-11-26");
    expect(workbook.snapshot("S", "A1").values).toEqual([[46352]]);
  });

  it("stores formulas the way Excel shows them: names and references upper-cased, text kept", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S", [['=and($c2<today(),b2<>"Won",a2>1.50,Sheet2!a1=.5,"1.50"="x")']]);
    expect(workbook.snapshot("S", "A1").formulas).toEqual([
      ['=AND($C2<TODAY(),B2<>"Won",A2>1.5,Sheet2!A1=0.5,"1.50"="x")'],
    ]);
  });

  it.each(["=1+", "=AND(1", '="open', "=NOT(1,2)", "=A1:", "=1 2)"])("refuses the broken formula %s", (formula) => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S");
    expect(() => workbook.setCells("S", "A1", [[formula]])).toThrow(
      expect.objectContaining({ code: "InvalidArgument" }),
    );
  });

  it("leaves DATEVALUE unknown (#NAME?): Excel reads its text by the machine's locale, so rules must not rely on it", () => {
    expect(valueOf('=DATEVALUE("11/30/2026")')).toBe("#NAME?");
  });

  it("treats a formula over a blank cell as 0, not as blank", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("S", [["", "=A1", "=ISBLANK(B1)", "=B1=0", '=B1=""']]);
    expect(workbook.snapshot("S", "B1:E1").values).toEqual([[0, false, true, false]]);
  });

  it("reads other sheets and follows formula chains", () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Data", [[2, "=A1*10"]]);
    workbook.addSheet("Sum", [["=Data!B1+'Data'!A1"]]);
    expect(workbook.snapshot("Sum", "A1").values).toEqual([[22]]);
  });
});
