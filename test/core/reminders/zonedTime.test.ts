import { addDays, utcToWallTime, wallTimeToUtc } from "../../../src/core/reminders/zonedTime";
import { nextRoundHalfHour } from "../../../src/core/reminders/nextRoundHalfHour";

const hours = { start: "08:00", end: "18:00" };

describe("wallTimeToUtc", () => {
  it.each([
    ["2026-12-03", "09:00", "Europe/Paris", "2026-12-03T08:00:00.000Z"],
    ["2026-07-03", "09:00", "Europe/Paris", "2026-07-03T07:00:00.000Z"],
    ["2026-07-03", "09:00", "America/New_York", "2026-07-03T13:00:00.000Z"],
    ["2026-12-03", "09:00", "Asia/Kolkata", "2026-12-03T03:30:00.000Z"],
    ["2026-12-03", "09:00", "UTC", "2026-12-03T09:00:00.000Z"],
    // Spring-forward gap: 02:30 does not exist in Paris on 29 March → 03:30 CEST.
    ["2026-03-29", "02:30", "Europe/Paris", "2026-03-29T01:30:00.000Z"],
    // Fall-back overlap: 02:30 happens twice → the earlier (CEST) one.
    ["2026-10-25", "02:30", "Europe/Paris", "2026-10-25T00:30:00.000Z"],
    ["2026-03-08", "02:15", "America/New_York", "2026-03-08T07:15:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, iso) => {
    expect(new Date(wallTimeToUtc(date, time, zone) ?? NaN).toISOString()).toBe(iso);
  });

  it("returns undefined for impossible dates, times and zones", () => {
    expect(wallTimeToUtc("2026-02-30", "09:00", "UTC")).toBeUndefined();
    expect(wallTimeToUtc("2026-02-03", "24:00", "UTC")).toBeUndefined();
    expect(wallTimeToUtc("2026-02-03", "09:00", "Mars/Olympus")).toBeUndefined();
  });

  it("round-trips with utcToWallTime outside gaps", () => {
    const ms = wallTimeToUtc("2026-06-01", "17:45", "Australia/Sydney") ?? 0;
    expect(utcToWallTime(ms, "Australia/Sydney")).toEqual({ date: "2026-06-01", time: "17:45" });
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("nextRoundHalfHour (remind me today)", () => {
  const at = (iso: string): number => new Date(iso).getTime();
  it.each([
    ["2026-12-01T09:07:00Z", "2026-12-01T10:30"], // 10:07 Paris
    ["2026-12-01T09:30:00Z", "2026-12-01T11:00"], // exactly 10:30 → the next one
    ["2026-12-01T05:10:00Z", "2026-12-01T08:00"], // 06:10 → start of the working day
    ["2026-12-01T16:45:00Z", "2026-12-01T18:00"], // 17:45 → 18:00 is still within hours
    ["2026-12-01T17:05:00Z", "2026-12-02T09:00"], // 18:05 → tomorrow 09:00
    ["2026-12-01T22:50:00Z", "2026-12-02T09:00"], // 23:50 → tomorrow 09:00
  ])("at %s the reminder goes to %s", (now, expected) => {
    expect(nextRoundHalfHour(at(now), "Europe/Paris", hours, "09:00")).toBe(expected);
  });
});
