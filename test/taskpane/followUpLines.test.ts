import type { DesiredReminder, ReminderPlan } from "../../src/core/reminders/reminderTypes";
import { countLines, followUpLines, type ReminderStatus } from "../../src/taskpane/state/followUpLines";

const reminder = (key: string, kind: DesiredReminder["kind"], startLocal: string): DesiredReminder =>
  ({
    key,
    kind,
    row: key === "a" ? 2 : 3,
    prospect: key === "a" ? "Alpine" : "Bellows",
    startLocal,
    startUtc: Date.parse(`${startLocal}Z`),
  }) as DesiredReminder;

const plan: ReminderPlan = {
  reminders: [
    reminder("b", "main", "2026-12-04T10:00"),
    reminder("a", "main", "2026-12-03T09:00"),
    reminder("a", "dayBefore", "2026-12-02T17:00"),
  ],
  overdue: [],
  skipped: [{ row: 9, prospect: "Won Co", key: "w", reason: "closed", message: "closed: no reminder" }],
  inactiveKeys: {},
  timeZone: "UTC",
  now: Date.parse("2026-12-01T18:00Z"),
};

test("one line per prospect: the day-before is a property, removals sit on their prospect, counts add up", () => {
  const status = (r: DesiredReminder): ReminderStatus =>
    r.kind === "dayBefore"
      ? { kind: "create" }
      : r.key === "b"
        ? { kind: "update", changes: ["date"] }
        : { kind: "unchanged" };
  const removal = (key: string, eventId: string, why: string) => ({
    key,
    eventId,
    label: `Event ${eventId}`,
    why,
    suggested: true,
  });
  const lines = followUpLines({
    plan,
    today: "2026-12-01",
    status,
    removals: [
      removal("b", "dup", "a second event for the same reminder"),
      removal("w", "won", "prospect is closed"),
      removal("gone", "old", "prospect is no longer in the sheet"),
    ],
  });
  expect(
    lines.map((l) => [l.prospect, l.action, l.when, l.dayBefore, l.why, l.removals.map((r) => r.eventId)]),
  ).toEqual([
    ["Alpine", "update", "Thu 3 Dec 09:00", "day-before reminder tomorrow 17:00", "adds the day-before reminder", []],
    ["Bellows", "update", "Fri 4 Dec 10:00", undefined, "the date or time changed in the sheet", ["dup"]],
    ["Won Co", "remove", undefined, undefined, "prospect is closed: its reminder can go", ["won"]],
    ["Event old", "remove", undefined, undefined, "prospect is no longer in the sheet", ["old"]],
  ]);
  const counts = countLines(lines);
  expect(counts).toEqual({ create: 0, update: 2, remove: 2, unchanged: 0, skipped: 0 });
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(lines.length);
});
