import fc from "fast-check";
import ICAL from "ical.js";
import { writeIcs } from "../../../src/core/reminders/icsWriter";
import { foldLine } from "../../../src/core/reminders/icsText";
import { planReminders } from "../../../src/core/reminders/planReminders";
import { utcToWallTime, wallTimeToUtc } from "../../../src/core/reminders/zonedTime";
import { makeRow, NOW, SOURCE } from "./makeRows";

describe(".ics properties (any cell text)", () => {
  it("round-trips notes, next step and prospect through ical.js, one VEVENT each, lines ≤ 75 octets", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ unit: "binary", maxLength: 80 }),
        (notes, name) => {
          const row = makeRow(1, {
            prospect: name || "x",
            fields: { ...makeRow(1).fields, notes, nextStep: notes.slice(0, 50) },
          });
          const [r] = planReminders({ rows: [row], now: NOW, timeZone: "Europe/Paris", source: SOURCE }).reminders;
          const ics = writeIcs([r], { now: NOW });
          for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
          expect(events).toHaveLength(1);
          expect(events[0].getFirstPropertyValue("description")).toBe(r.body);
          expect(events[0].getFirstPropertyValue("summary")).toBe(r.subject);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("folding only inserts CRLF + space and never splits a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        const folded = foldLine(s);
        expect(folded.replace(/\r\n /g, "")).toBe(s);
      }),
    );
  });
});

describe("zone math properties", () => {
  it("wall time → UTC → wall time is the identity outside DST gaps", () => {
    const zones = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/St_Johns"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }),
        (zone, d) => {
          const w = utcToWallTime(d.getTime() - (d.getTime() % 60000), zone);
          const back = wallTimeToUtc(w.date, w.time, zone);
          expect(back).toBeDefined();
          expect(utcToWallTime(back ?? 0, zone)).toEqual(w);
        },
      ),
      { numRuns: 300 },
    );
  });
});
