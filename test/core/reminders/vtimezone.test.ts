import ICAL from "ical.js";
import { vtimezoneLines, zoneTransitions } from "../../../src/core/reminders/vtimezone";
import { wallTimeToUtc } from "../../../src/core/reminders/zonedTime";

const block = (zone: string, from: number, to: number) => vtimezoneLines(zone, from, to).join("\n");

describe("vtimezoneLines", () => {
  it("writes steady DST zones as two yearly RRULEs, the way Outlook writes them", () => {
    const paris = block("Europe/Paris", 2025, 2028);
    expect(paris).toContain(
      "BEGIN:DAYLIGHT\nDTSTART:20250330T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200",
    );
    expect(paris).toContain(
      "BEGIN:STANDARD\nDTSTART:20251026T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100",
    );
    const ny = block("America/New_York", 2025, 2028);
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    expect(block("Australia/Sydney", 2025, 2028)).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU");
  });

  it("writes a zone without DST as one STANDARD observance", () => {
    const kolkata = block("Asia/Kolkata", 2025, 2027);
    expect(kolkata.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(["BEGIN:STANDARD"]);
    expect(kolkata).toContain("TZOFFSETTO:+0530");
  });

  it("falls back to explicit observances when the rules change in the range (Brazil dropped DST in 2019)", () => {
    const sp = block("America/Sao_Paulo", 2017, 2020);
    expect(sp).not.toContain("RRULE");
    expect(zoneTransitions("America/Sao_Paulo", Date.UTC(2017, 0, 1), Date.UTC(2021, 0, 1)).length).toBe(5); // Feb 17, Oct 17, Feb 18, Nov 18, Feb 19
  });

  it("gives ical.js the same instants as our own zone math, both ways", () => {
    for (const [zone, from, to] of [
      ["Europe/Paris", 2025, 2028],
      ["America/Sao_Paulo", 2017, 2020],
      ["America/St_Johns", 2026, 2027],
    ] as const) {
      const ics = ["BEGIN:VCALENDAR", ...vtimezoneLines(zone, from, to), "END:VCALENDAR"].join("\r\n");
      const tz = new ICAL.Timezone(
        new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vtimezone") as ICAL.Component,
      );
      for (const local of [
        `${from + 1}-01-15T09:00`,
        `${from + 1}-07-15T09:00`,
        `${to}-03-29T04:00`,
        `${to}-11-05T09:30`,
      ]) {
        const t = ICAL.Time.fromDateTimeString(local + ":00");
        t.zone = tz;
        expect([zone, local, t.toUnixTime() * 1000]).toEqual([
          zone,
          local,
          wallTimeToUtc(local.slice(0, 10), local.slice(11), zone),
        ]);
      }
    }
  });
});
