/** SUBSTITUTE and UNICHAR as Excel defines them (support.microsoft.com), used by the highlight rules' clean-up. */
import { MemoryWorkbook } from "../../../src/preview/memory";

function valueOf(formula: string, cells: unknown[][] = [[]]): unknown {
  const workbook = new MemoryWorkbook({ today: "2026-11-25" });
  workbook.addSheet("S", cells);
  workbook.setCells("S", "Z100", [[formula]]);
  return workbook.snapshot("S", "Z100").values[0][0];
}

describe("SUBSTITUTE", () => {
  it.each([
    ['=SUBSTITUTE("a-b-c","-"," ")', "a b c"],
    ['=SUBSTITUTE("a-b-c","-"," ",2)', "a-b c"],
    ['=SUBSTITUTE("a-b-c","-"," ",3)', "a-b-c"],
    ['=SUBSTITUTE("Won","w","x")', "Won"], // case-sensitive
    ['=SUBSTITUTE("abc","","x")', "abc"], // empty old_text changes nothing
    ['=SUBSTITUTE("abc","b","x",0)', "#VALUE!"],
    ["=SUBSTITUTE(12345,3,0)", "12045"],
    ['=SUBSTITUTE(A1,"x","y")', ""],
    ['=SUBSTITUTE("aaa","aa","b")', "ba"],
  ])("%s is %p", (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it("is refused with too few or too many arguments, as Excel refuses the formula", () => {
    expect(() => valueOf('=SUBSTITUTE("a","b")')).toThrow();
  });
});

describe("UNICHAR", () => {
  it.each([
    ["=UNICHAR(65)", "A"],
    ["=UNICHAR(160)", "\u00a0"],
    ["=UNICHAR(9)", "\t"],
    ["=UNICHAR(128512)", "😀"],
    ["=UNICHAR(0)", "#VALUE!"],
    ["=UNICHAR(55296)", "#N/A"], // a partial surrogate
    ["=UNICHAR(1114112)", "#VALUE!"],
  ])("%s is %p", (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it("cleans the padding Excel's TRIM leaves, as the highlight rules do", () => {
    const clean = 'TRIM(SUBSTITUTE(SUBSTITUTE(A1,UNICHAR(160)," "),UNICHAR(9)," "))';
    expect(valueOf(`=${clean}`, [["\tWon\u00a0"]])).toBe("Won");
    expect(valueOf(`=TRIM(A1)`, [["\tWon\u00a0"]])).toBe("\tWon\u00a0");
  });
});
