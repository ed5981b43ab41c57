import { allOnTrackMessage, summarize } from "../../src/taskpane/state/summary";
import { report, row } from "./rowFixture";

describe("summary badges and bar", () => {
  const r = report([
    row({ row: 2, state: "overdue" }),
    row({ row: 3, state: "overdue" }),
    row({ row: 4, state: "dueToday" }),
    row({ row: 5, state: "incomplete", problems: ["missingDate"] }),
    row({ row: 6, state: "incomplete", problems: ["invalidDate"] }),
    row({ row: 7, state: "closed" }),
    row({ row: 8, state: "scheduled" }),
  ]);

  test("counts come from the core; active excludes closed deals", () => {
    const s = summarize(r);
    expect(Object.fromEntries(s.badges.map((b) => [b.filter, b.count]))).toEqual({
      overdue: 2,
      dueToday: 1,
      dueSoon: 0,
      missingNextStep: 0,
      badDate: 2,
      active: 6,
    });
  });

  test("the bar's segments add up to the active total and skip empty groups", () => {
    const s = summarize(r);
    expect(s.bar.map((b) => b.key)).toEqual(["overdue", "dueToday", "problems", "onTrack"]);
    expect(s.bar.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(s.bar.reduce((n, b) => n + b.percent, 0)).toBeCloseTo(100);
    expect(s.sentence).toMatch(/^6 active prospects: 2 overdue, 1 due today/);
  });

  test("all on track says so in a sentence", () => {
    const fine = report(Array.from({ length: 42 }, (_, i) => row({ row: i + 2, state: "scheduled" })));
    expect(allOnTrackMessage(fine)).toBe("All 42 prospects have a next step — nothing overdue");
    expect(allOnTrackMessage(r)).toBeNull();
    expect(allOnTrackMessage(report([row({ row: 2, state: "dueSoon" })]))).toBe(
      "Your 1 prospect has a next step — nothing overdue",
    );
    expect(allOnTrackMessage(report([row({ row: 2, state: "closed" })]))).toBeNull();
  });
});
