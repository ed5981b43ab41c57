import { planReminders } from "../../../src/core/reminders/planReminders";
import { makeRow, makeRows, NOW, SOURCE } from "./makeRows";

const plan = (rows = makeRows(3), prefs = {}) =>
  planReminders({ rows, prefs, now: NOW, timeZone: "Europe/Paris", source: SOURCE });

describe("planReminders", () => {
  it("makes one 15-minute reminder per active dated row at the row's time, else the default time", () => {
    const p = plan([makeRow(1, { due: "2026-12-03" }), makeRow(2, { due: "2026-12-04T14:30" })]);
    expect(p.reminders).toHaveLength(2);
    const [a, b] = p.reminders;
    expect(a.subject).toBe("Follow up: Prospect 1 — Call about offer 1");
    expect(new Date(a.startUtc).toISOString()).toBe("2026-12-03T08:00:00.000Z");
    expect(a.endUtc - a.startUtc).toBe(15 * 60000);
    expect(a.reminderMinutesBefore).toBe(15);
    expect(b.startLocal).toBe("2026-12-04T14:30");
    expect(a.body).toContain("Contact: Contact 1");
    expect(a.body).toContain("Email: p1@example.com");
    expect(a.body).toContain('Source: workbook "Pipeline.xlsx", sheet "Prospects", row 2');
  });

  it("says when the row's time cell could not be read and the default time was used", () => {
    const withTime = (i: number, time: string, due = "2026-12-03") =>
      makeRow(i, { due, fields: { ...makeRow(i).fields, time } });
    const p = plan([
      withTime(1, "morning"),
      withTime(2, "10:30", "2026-12-03T10:30"),
      withTime(3, ""),
      withTime(4, "x".repeat(40)),
      withTime(5, "y".repeat(28) + "🎉🎉🎉"),
    ]);
    expect(p.reminders.map((r) => [r.startLocal, r.timeNote])).toEqual([
      ["2026-12-03T09:00", 'time "morning" not read, 09:00 used'],
      ["2026-12-03T10:30", undefined],
      ["2026-12-03T09:00", undefined],
      ["2026-12-03T09:00", `time "${"x".repeat(29)}…" not read, 09:00 used`],
      // Cut at 30 UTF-16 units with the ellipsis: the emoji that would be split in half is dropped whole.
      ["2026-12-03T09:00", `time "${"y".repeat(28)}…" not read, 09:00 used`],
    ]);
  });

  it("skips closed and undated rows with a reason, and keys them for removal", () => {
    const p = plan([makeRow(1, { state: "closed" }), makeRow(2, { due: undefined, dateKind: "empty" })]);
    expect(p.reminders).toHaveLength(0);
    expect(p.skipped.map((s) => s.reason)).toEqual(["closed", "noDate"]);
    expect(Object.values(p.inactiveKeys)).toEqual(["closed", "noDate"]);
  });

  it("never plans a reminder in the past: overdue rows are listed, remind-today is opt-in", () => {
    const rows = [makeRow(1, { due: "2026-11-28" }), makeRow(2, { due: "2026-12-01T08:00" })];
    const off = plan(rows);
    expect(off.reminders).toHaveLength(0);
    expect(off.overdue.map((o) => [o.message, o.remindTodayAt])).toEqual([
      ["overdue: update the date in the sheet", "2026-12-01T10:30"],
      ["overdue: update the date in the sheet", "2026-12-01T10:30"],
    ]);
    const on = plan(rows, { remindTodayKeys: [rows[0].key] });
    expect(on.reminders.map((r) => [r.key, r.startLocal, r.remindToday])).toEqual([
      [rows[0].key, "2026-12-01T10:30", true],
    ]);
    expect(on.reminders.every((r) => r.startUtc > NOW)).toBe(true);
  });

  it("adds a day-before reminder at 17:00 as its own kind, only when still in the future", () => {
    const p = plan([makeRow(1, { due: "2026-12-05" }), makeRow(2, { due: "2026-12-01T15:00" })], { dayBefore: true });
    expect(p.reminders.map((r) => [r.key.slice(0, 10), r.kind, r.startLocal])).toEqual([
      ["prospect 1", "main", "2026-12-05T09:00"],
      ["prospect 1", "dayBefore", "2026-12-04T17:00"],
      ["prospect 2", "main", "2026-12-01T15:00"],
    ]);
    expect(p.reminders[1].subject).toBe("Tomorrow: Follow up: Prospect 1 — Call about offer 1");
  });

  it("keeps identity and content hash independent of row order and row number", () => {
    const rows = makeRows(10);
    const a = plan(rows);
    const moved = [...rows].reverse().map((r, i) => ({ ...r, row: 100 + i }));
    const b = plan(moved);
    const byKey = (p: typeof a) => new Map(p.reminders.map((r) => [r.key, [r.contentHash, r.transactionId]]));
    expect(byKey(b)).toEqual(byKey(a));
  });

  it("changes the hash and transactionId when the date changes, only the hash when the text does", () => {
    const [base] = plan([makeRow(1)]).reminders;
    const [date] = plan([makeRow(1, { due: "2026-12-11" })]).reminders;
    const [text] = plan([makeRow(1, { fields: { ...makeRow(1).fields, notes: "new" } })]).reminders;
    expect(date.contentHash).not.toBe(base.contentHash);
    expect(date.transactionId).not.toBe(base.transactionId);
    expect(text.contentHash).not.toBe(base.contentHash);
    expect(text.transactionId).toBe(base.transactionId);
    expect(base.transactionId.length).toBeLessThanOrEqual(40);
  });

  it("plans one reminder per prospect when two rows share a key", () => {
    const p = plan([makeRow(1), makeRow(1, { row: 9, due: "2026-12-20" })]);
    expect(p.reminders).toHaveLength(1);
    expect(p.skipped[0]).toMatchObject({ reason: "duplicateKey", row: 9 });
  });

  it("keeps cell text out of the subject's line structure", () => {
    const row = makeRow(1, {
      prospect: "Acme\r\nBCC: x",
      fields: { ...makeRow(1).fields, nextStep: "Call\u0007 now" },
    });
    expect(plan([row]).reminders[0].subject).toBe("Follow up: Acme BCC: x — Call now");
  });
});
