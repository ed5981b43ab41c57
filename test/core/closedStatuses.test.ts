import fc from "fast-check";
import { DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { closedMatcher } from "../../src/core/closedStatuses";
import { normalizeWords } from "../../src/core/normalizeWords";

describe("closed statuses", () => {
  const isClosed = closedMatcher(DEFAULT_CLOSED_STATUSES);

  it("are the issue's words", () => {
    expect([...DEFAULT_CLOSED_STATUSES].sort()).toEqual(
      ["closed", "closed lost", "closed won", "dead", "disqualified", "lost", "not interested", "won"].sort(),
    );
  });

  it.each([
    ["Won"],
    ["LOST"],
    ["closed"],
    ["Closed Won"],
    ["Closed - Won"],
    ["Closed/Lost"],
    ["closed_lost"],
    ["  Dead  "],
    ["Disqualified"],
    ["Not interested"],
    ["NOT INTERESTED!"],
    ["✅ Won"],
  ])("%p is closed", (status) => {
    expect(isClosed(status)).toBe(true);
  });

  it.each([["Open"], ["Proposal"], ["Won back?"], ["Lost contact"], ["Interested"], [""], ["Closing"], ["won't buy"]])(
    "%p is not closed",
    (status) => {
      expect(isClosed(status)).toBe(false);
    },
  );

  it("uses the rep's own words instead of the defaults when given", () => {
    const custom = closedMatcher(["Signed", "Churned"]);
    expect(custom("signed")).toBe(true);
    expect(custom("CHURNED")).toBe(true);
    expect(custom("Won")).toBe(false);
  });

  it("answers the same for repeated statuses (cached)", () => {
    expect([isClosed("Won"), isClosed("Won"), isClosed("Open"), isClosed("Open")]).toEqual([true, true, false, false]);
  });

  it("tells an open status by its ends only when those ends decide it", () => {
    // Ends that normalising keeps (letters, digits) or may drop or change (space, punctuation, İ, the Kelvin sign).
    const custom = closedMatcher(["İade", "Kapandı", "ok", "12 lost"]);
    expect(custom("iade")).toBe(false); // "İade" normalises to "i̇ade", which plain "iade" is not
    expect(custom("İADE")).toBe(true);
    expect(custom("KAPANDI")).toBe(false); // I lower-cases to i, not ı
    expect(custom("OK")).toBe(true);
    expect(custom("\u212Aapandı")).toBe(true); // the Kelvin sign lower-cases to k
    expect(custom("12 LOST")).toBe(true);
    expect(custom("#12 lost!")).toBe(true);
    expect(custom("\u212Ao")).toBe(false);
  });

  it("agrees with comparing normalised words, for any status and any word list", () => {
    const piece = fc.constantFrom(
      "won",
      "Lost",
      "closed",
      " ",
      "-",
      "!",
      "✅",
      "İ",
      "\u212A",
      "ı",
      "a",
      "Z",
      "9",
      "é",
      "\u0010",
      "\u0019",
      "@",
      "[",
    );
    const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.array(text, { maxLength: 20 }), (words, statuses) => {
        const matcher = closedMatcher(words);
        const closed = new Set(words.map(normalizeWords).filter((w) => w !== ""));
        for (const status of statuses)
          expect(matcher(status)).toBe(status !== "" && closed.has(normalizeWords(status)));
      }),
      { numRuns: 500 },
    );
  });
});
