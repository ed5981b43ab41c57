/** Today's plan, bulk moves and the Done form's picks. */
import {
  buildDayPlan,
  checkNextStep,
  nextWorkingDay,
  planBody,
  planEvent,
  planReschedule,
  planSubject,
  quickPicks,
} from "../../../src/core/followup";
import { analyzeSheet } from "../../../src/core";
import { dayFromIso, isoFromDay } from "../../../src/core/dayNumber";
import { analyze, TODAY, TODAY_DAY, type Line } from "./fixture";

const lines: Line[] = [
  ["Acme", "Dana", "555-0100", "", "Call about pricing", "12/2/2026", "14:00", "Open", "", ""],
  ["Birch", "Lee", "555-0101", "", "Send proposal", "12/2/2026", "09:30", "Open", "", ""],
  ["Cobalt", "Ana", "", "", "Check in", "11/25/2026", "", "Open", "", ""],
  ["Delta", "Raj", "", "", "Demo", "12/9/2026", "", "Open", "", ""],
  ["Echo", "Kim", "", "", "Call back", "11/01/2026", "", "Won", "", ""],
  ["Fjord", "Tom", "", "", "Call", "11/30/2026", "11:00", "Open", "", ""],
];

test("today's plan: timed calls in time order, then overdue ones without a time, with contact, phone and step", () => {
  const plan = buildDayPlan(analyze(lines).rows, TODAY_DAY);
  expect(plan.date).toBe(TODAY);
  expect(plan.items.map((i) => [i.time, i.prospect, i.contact, i.phone, i.nextStep])).toEqual([
    ["09:30", "Birch", "Lee", "555-0101", "Send proposal"],
    ["11:00", "Fjord", "Tom", "", "Call"],
    ["14:00", "Acme", "Dana", "555-0100", "Call about pricing"],
    [undefined, "Cobalt", "Ana", "", "Check in"],
  ]);
  expect(plan.items.every((i) => !i.done)).toBe(true);
});

test("a follow-up done during the day stays on the plan, ticked, at the next run", () => {
  const morning = buildDayPlan(analyze(lines).rows, TODAY_DAY);
  const afternoon = lines.map((l): Line =>
    l[0] === "Birch" ? ([...l.slice(0, 5), "12/9/2026", ...l.slice(6)] as Line) : l,
  );
  const plan = buildDayPlan(
    analyze(afternoon).rows,
    TODAY_DAY,
    morning.items.map((i) => i.key),
  );
  const birch = plan.items.find((i) => i.prospect === "Birch");
  expect(birch?.done).toBe(true);
  expect(plan.items.filter((i) => i.done)).toHaveLength(1);
  expect(planSubject(plan)).toBe("Today's calls: 4 (1 done)");
  expect(planBody(plan).split("\n").at(-1)).toBe("[x] done · Birch · Lee · 555-0101 — Send proposal");
  // A key that was never planned today is not ticked: Delta was never due today.
  expect(plan.items.some((i) => i.prospect === "Delta")).toBe(false);
});

test("the plan is one event at the start of the rep's day, the same key every run of the day", () => {
  const plan = buildDayPlan(analyze(lines).rows, TODAY_DAY);
  const event = planEvent(plan, { dayStart: "08:30", timeZone: "Europe/Paris" });
  expect(event?.startLocal).toBe("2026-12-02T08:30");
  expect(event?.startUtc).toBe(Date.UTC(2026, 11, 2, 7, 30));
  expect(event?.key).toBe("plan|2026-12-02");
  const again = planEvent(buildDayPlan(analyze(lines).rows, TODAY_DAY), {
    dayStart: "08:30",
    timeZone: "Europe/Paris",
  });
  expect(again?.transactionId).toBe(event?.transactionId);
  expect(again?.contentHash).toBe(event?.contentHash);
  expect(planEvent(plan, { dayStart: "8h", timeZone: "Europe/Paris" })).toBeUndefined();
});

test("bulk move to today keeps each time; only rows dated before the target move; closed rows never", () => {
  const { rows } = analyze(lines);
  const toToday = planReschedule(rows, "today", TODAY_DAY);
  expect(toToday.map((m) => [m.row.prospect, m.oldDue, m.newDate])).toEqual([
    ["Cobalt", "2026-11-25", TODAY],
    ["Fjord", "2026-11-30T11:00", TODAY],
  ]);
  const toTomorrow = planReschedule(rows, "tomorrow", TODAY_DAY).map((m) => m.row.prospect);
  expect(toTomorrow).toEqual(["Acme", "Birch", "Cobalt", "Fjord"]);
});

test.each([
  ["2026-12-04", "2026-12-07"], // Friday → Monday
  ["2026-12-05", "2026-12-07"], // Saturday → Monday
  ["2026-12-02", "2026-12-03"],
])("the next working day after %s is %s", (from, to) => {
  expect(isoFromDay(nextWorkingDay(dayFromIso(from) as number))).toBe(to);
});

test("quick picks count from today; next Monday is a week on when today is Monday", () => {
  expect(quickPicks(TODAY_DAY).map((p) => [p.label, p.date])).toEqual([
    ["Tomorrow", "2026-12-03"],
    ["In 2 days", "2026-12-04"],
    ["Next Monday", "2026-12-07"],
    ["In a week", "2026-12-09"],
    ["In 2 weeks", "2026-12-16"],
  ]);
  expect(quickPicks(dayFromIso("2026-12-07") as number)[2].date).toBe("2026-12-14");
});

test.each([
  ["", false],
  ["   ", false],
  ["maybe", false],
  ["TBD", false],
  ["?", false],
  ["peut-être", false],
  ["Call Dana about pricing", true],
])("the Done form's next step %p is accepted: %p", (text, ok) => {
  const check = checkNextStep(text);
  expect(check.ok).toBe(ok);
  if (!check.ok) expect(check.reason.length).toBeGreaterThan(20);
});

test("analyzeSheet's report is unchanged by the loop's columns (the contract keeps its shape)", () => {
  const { report } = analyze(lines);
  const plain = analyzeSheet(
    {
      values: [
        ["Company", "Next step", "Due"],
        ["Acme", "Call", "12/1/2026"],
      ],
    },
    { today: TODAY },
  );
  expect(Object.keys(report.header).sort()).toEqual(Object.keys(plain.header).sort());
});
