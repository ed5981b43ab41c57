import { DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { closedMatcher } from "../../src/core/closedStatuses";

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
});
