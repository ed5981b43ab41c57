import { analyzeSheet } from "../../src/core";
import { identityKey, ProspectKeys } from "../../src/core/prospectKey";

const TODAY = "2026-11-25";
const keysOf = (values: unknown[][]): string[] => analyzeSheet({ values }, { today: TODAY }).rows.map((r) => r.key);

describe("identityKey: who the row is about", () => {
  it.each([
    [["Acme", "Dana", "dana@acme.com"], "acme|dana|dana@acme.com"],
    [["  ACME  Corp. ", "DANA", "Dana@Acme.COM"], "acme corp|dana|dana@acme.com"],
    [["Acme, Inc.", "", ""], "acme inc||"],
    [["Café Noir", "Zoë", ""], "café noir|zoë|"],
    [["a|b", "", "x#1@y.z"], "a b||x1@y.z"],
    [["", "", ""], "||"],
  ])("%p → %p", ([p, c, e], key) => {
    expect(identityKey(p, c, e)).toBe(key);
  });

  it("the fast path and the careful path agree", () => {
    const keys = new ProspectKeys(4);
    for (const [p, c, e] of [
      ["Company 1 Ltd", "Person 1", "p1@x.example"],
      ["Straße", "", ""],
      ["x".repeat(300), "", ""],
      [" lead", "a  b", ""],
    ]) {
      expect(keys.unique(p, c, e)).toBe(identityKey(p, c, e));
    }
  });
});

describe("row keys", () => {
  const header = ["Company", "Contact", "Email", "Next step", "Due"];

  it("do not depend on row number, date or next step", () => {
    const before = keysOf([
      header,
      ["Acme", "Dana", "d@acme.com", "Call", "2026-11-20"],
      ["Beta", "", "", "Email", ""],
    ]);
    const after = keysOf([
      [],
      header,
      ["Beta", "", "", "Demo", "2026-12-01"],
      ["Acme", "Dana", "d@acme.com", "Send", 46400],
    ]);
    expect(after).toEqual([before[1], before[0]]);
  });

  it("are made unique in sheet order with #2, #3", () => {
    const keys = keysOf([
      header,
      ["Acme", "", "", "Call", ""],
      ["Beta", "", "", "Call", ""],
      ["ACME", "", "", "Email", ""],
      ["acme.", "", "", "Visit", ""],
      ["", "", "", "Orphan step", ""],
      ["", "", "", "Another", ""],
    ]);
    expect(keys).toEqual(["acme||", "beta||", "acme||#2", "acme||#3", "||", "||#2"]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("stay unique over many rows (the table grows)", () => {
    const keys = new ProspectKeys(1);
    const out = Array.from({ length: 5000 }, (_, i) => keys.unique(`Co ${i % 2500}`, "", ""));
    expect(new Set(out).size).toBe(5000);
    expect(out[2500]).toBe("co 0||#2");
  });
});

describe("the key table under colliding names", () => {
  it("stays linear when every name has the same hash: it moves to a Map after a short probe run", () => {
    const n = 65_536;
    const keys = new ProspectKeys(n, () => 0x1234);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(keys.unique(`Prospect ${i}`, "", ""));
    out.push(keys.unique("Prospect 7", "", ""));
    expect(new Set(out).size).toBe(n + 1);
    expect(out[n]).toBe("prospect 7||#2");
    // Linear probing alone would visit about n²/2 (two billion) slots.
    expect(keys.probes).toBeLessThan(3 * n);
  });

  it("hands out the same keys whatever its seed", () => {
    const names = Array.from({ length: 3000 }, (_, i) => [`Co ${i % 1000}`, i % 7 ? "" : "Dana", ""] as const);
    const a = new ProspectKeys(10);
    const b = new ProspectKeys(10);
    expect(names.map(([p, c, e]) => a.unique(p, c, e))).toEqual(names.map(([p, c, e]) => b.unique(p, c, e)));
  });

  it("probes a few slots per name on ordinary names", () => {
    const keys = new ProspectKeys(10_000);
    for (let i = 0; i < 10_000; i++) keys.unique(`Company ${i} Ltd`, `Person ${i % 997}`, `p${i}@x.example`);
    expect(keys.probes).toBeLessThan(4 * 10_000);
  });
});
