import { diffReminders } from "../../../src/core/reminders/diffReminders";
import { planReminders } from "../../../src/core/reminders/planReminders";
import type { ExistingReminder, ReminderPlan } from "../../../src/core/reminders/reminderTypes";
import { makeRow, makeRows, NOW, SOURCE } from "./makeRows";

const plan = (rows = makeRows(5), prefs = {}) =>
  planReminders({ rows, prefs, now: NOW, timeZone: "Europe/Paris", source: SOURCE });
const asExisting = (p: ReminderPlan): ExistingReminder[] =>
  p.reminders.map((r, i) => ({
    eventId: `ev${i}`,
    key: r.key,
    kind: r.kind,
    contentHash: r.contentHash,
    startUtc: r.startUtc,
    subject: r.subject,
  }));

describe("diffReminders", () => {
  it("creates everything on an empty calendar and nothing on a matching one", () => {
    const p = plan();
    expect(diffReminders(p, []).create).toHaveLength(5);
    const again = diffReminders(p, asExisting(p));
    expect([again.create.length, again.update.length, again.remove.length, again.unchanged.length]).toEqual([
      0, 0, 0, 5,
    ]);
  });

  it("an event listed twice is one event: unchanged, never offered as its own duplicate", () => {
    const p = plan();
    const existing = asExisting(p);
    const twice = [...existing, existing[2], { ...existing[3], contentHash: "stale" }];
    const d = diffReminders(p, twice);
    expect(d.remove).toEqual([]);
    expect(d.unchanged.map((u) => u.eventId).sort()).toEqual(["ev0", "ev1", "ev2", "ev3", "ev4"]);
  });

  it("team sheets: an event of another owner's row is left alone, never offered as gone from the sheet", () => {
    const rows = makeRows(3);
    const existing = asExisting(plan(rows));
    const mine = rows.slice(0, 2);
    const scoped = planReminders({
      rows: mine,
      now: NOW,
      timeZone: "Europe/Paris",
      source: SOURCE,
      otherOwnerKeys: [rows[2].key],
    });
    const d = diffReminders(scoped, existing);
    expect(d.remove).toEqual([]);
    expect(d.leftAlone).toEqual([{ eventId: "ev2", key: rows[2].key, subject: existing[2].subject }]);
    // Without the owner's keys the same event reads as a prospect gone from the sheet.
    const unscoped = diffReminders(plan(mine), existing);
    expect(unscoped.remove.map((r) => r.reason)).toEqual(["notInSheet"]);
  });

  it("updates only changed rows, naming what changed", () => {
    const rows = makeRows(5);
    const existing = asExisting(plan(rows));
    rows[2] = { ...rows[2], due: "2026-12-24" };
    const d = diffReminders(plan(rows), existing);
    expect(d.update.map((u) => [u.eventId, u.changes])).toEqual([["ev2", ["date"]]]);
    expect(d.create).toHaveLength(0);
  });

  it("offers removal with the reason: closed, no date, past date, gone from the sheet, day-before off, duplicates", () => {
    const rows = makeRows(6);
    const withBefore = plan(rows, { dayBefore: true });
    const existing = asExisting(withBefore);
    existing.push({ ...existing[0], eventId: "dup" });
    const now = [
      { ...rows[0] },
      { ...rows[1], state: "closed" as const },
      { ...rows[2], due: undefined, dateKind: "empty" as const },
      { ...rows[3], due: "2026-11-20" },
      { ...rows[4] },
    ];
    const d = diffReminders(plan(now), existing);
    const reasons = d.remove.map((r) => `${r.key.slice(0, 10)}:${r.kind}:${r.reason}`).sort();
    expect(reasons).toEqual(
      [
        "prospect 0:dayBefore:dayBeforeOff",
        "prospect 0:main:duplicateEvent",
        "prospect 1:dayBefore:closed",
        "prospect 1:main:closed",
        "prospect 2:dayBefore:noDate",
        "prospect 2:main:noDate",
        "prospect 3:dayBefore:dateInPast",
        "prospect 3:main:dateInPast",
        "prospect 4:dayBefore:dayBeforeOff",
        "prospect 5:dayBefore:notInSheet",
        "prospect 5:main:notInSheet",
      ].sort(),
    );
    expect(d.remove.filter((r) => !r.suggested).every((r) => r.reason === "notInSheet")).toBe(true);
  });

  it("does not chase the clock for an existing remind-today event", () => {
    const row = makeRow(1, { due: "2026-11-20" });
    const p = plan([row], { remindTodayKeys: [row.key] });
    const existing = asExisting(p).map((e) => ({ ...e, contentHash: "older" }));
    expect(diffReminders(p, existing).unchanged[0].why).toBe("alreadyRemindedToday");
  });

  it("moves an old future event to today when the rep asks to be reminded today", () => {
    const row = makeRow(1, { due: "2026-11-20" });
    const p = plan([row], { remindTodayKeys: [row.key] });
    const [e] = asExisting(p);
    const d = diffReminders(p, [{ ...e, contentHash: "old", startUtc: Date.UTC(2026, 11, 8, 8) }]);
    expect(d.update).toHaveLength(1);
  });

  it("leaves events that already started alone (history), even when the row went overdue", () => {
    const row = makeRow(1, { due: "2026-12-01T08:00" }); // 08:00 Paris; now is 10:07
    const p = plan([row]);
    const existing = [
      {
        eventId: "today",
        key: row.key,
        kind: "main" as const,
        contentHash: "x",
        startUtc: Date.UTC(2026, 11, 1, 7),
        subject: "s",
      },
    ];
    expect(diffReminders(p, existing).remove).toEqual([]);
  });

  it("keeps the duplicate whose content matches instead of patching", () => {
    const p = plan([makeRow(1)]);
    const [e] = asExisting(p);
    const d = diffReminders(p, [
      { ...e, eventId: "a", contentHash: "stale", startUtc: e.startUtc - 1 },
      { ...e, eventId: "b" },
    ]);
    expect(d.update).toHaveLength(0);
    expect(d.remove.map((r) => r.eventId)).toEqual(["a"]);
  });
});
