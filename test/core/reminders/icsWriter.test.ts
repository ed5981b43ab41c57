import ICAL from "ical.js";
import { icsUid, writeIcs } from "../../../src/core/reminders/icsWriter";
import { planReminders } from "../../../src/core/reminders/planReminders";
import { makeRow, makeRows, NOW, SOURCE } from "./makeRows";

const HOSTILE = [
  "a, b; c \\ d",
  "line one\nline two\r\nline three\rfour",
  "END:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected",
  "DESCRIPTION;X=1:evil\nATTENDEE:mailto:x@y",
  "emoji 🚀👩🏽‍💼 and accents éàü 漢字",
  "x".repeat(4990) + "é🚀,;\\",
];

const plan = (rows = makeRows(3), prefs = {}, timeZone = "Europe/Paris") =>
  planReminders({ rows, prefs, now: NOW, timeZone, source: SOURCE });

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const tz of comp.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return comp;
}

describe("writeIcs", () => {
  const hostileRows = HOSTILE.map((notes, i) =>
    makeRow(i, { prospect: `P${i}, Inc; "x"`, fields: { ...makeRow(i).fields, notes, nextStep: notes.slice(0, 60) } }),
  );

  it("round-trips hostile cell text through ical.js without injecting properties", () => {
    const p = plan(hostileRows);
    const comp = parse(writeIcs(p.reminders, { now: NOW }));
    const events = comp.getAllSubcomponents("vevent");
    expect(events).toHaveLength(HOSTILE.length);
    events.forEach((ev, i) => {
      const r = p.reminders[i];
      expect(ev.getFirstPropertyValue("summary")).toBe(r.subject);
      expect(ev.getFirstPropertyValue("description")).toBe(r.body.replace(/\r\n?/g, "\n"));
      expect(
        ev
          .getAllProperties()
          .map((x) => x.name)
          .sort(),
      ).toEqual(
        [
          "categories",
          "description",
          "dtend",
          "dtstamp",
          "dtstart",
          "sequence",
          "summary",
          "transp",
          "uid",
          "x-microsoft-cdo-busystatus",
        ].sort(),
      );
      expect(ev.getFirstPropertyValue("categories")).toBe("Follow-up");
    });
    expect(p.reminders[5].body).toContain("x".repeat(4990) + "é🚀,;\\");
  });

  it("uses CRLF, folds every line at 75 octets and never splits a UTF-8 character", () => {
    const ics = writeIcs(plan(hostileRows).reminders, { now: NOW });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    // Bytes survive a UTF-8 decode exactly: no character was cut in half.
    expect(Buffer.from(ics, "utf8").toString("utf8")).toBe(ics);
  });

  it("places DTSTART with a TZID whose VTIMEZONE gives the planned instant, across DST", () => {
    const rows = [
      makeRow(1, { due: "2026-12-03" }),
      makeRow(2, { due: "2027-07-03T14:30" }),
      makeRow(3, { due: "2027-03-28T02:30" }),
    ];
    for (const zone of ["Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]) {
      const p = plan(rows, {}, zone);
      const comp = parse(writeIcs(p.reminders, { now: NOW }));
      const events = comp.getAllSubcomponents("vevent");
      events.forEach((ev, i) => {
        const start = ev.getFirstPropertyValue("dtstart") as ICAL.Time;
        expect((start.zone as ICAL.Timezone).tzid).toBe(zone);
        expect(start.toUnixTime() * 1000).toBe(p.reminders[i].startUtc);
      });
    }
  });

  it("can write UTC times instead", () => {
    const p = plan([makeRow(1)]);
    const ics = writeIcs(p.reminders, { now: NOW, times: "utc" });
    expect(ics).not.toContain("VTIMEZONE");
    expect(ics).toContain("DTSTART:20261210T080000Z");
  });

  it("makes the day-before reminder its own small event, as the Graph path does: one VALARM per event", () => {
    const rows = [makeRow(1, { due: "2026-12-05" }), makeRow(2, { due: "2026-12-06T14:30" })];
    const p = plan(rows, { dayBefore: true, reminderMinutesBefore: 30 });
    const events = parse(writeIcs(p.reminders, { now: NOW })).getAllSubcomponents("vevent");
    // Exactly the events the Graph path would create: same count, same starts and ends, same subjects.
    expect(events).toHaveLength(p.reminders.length);
    expect(events).toHaveLength(4);
    events.forEach((ev, i) => {
      const r = p.reminders[i];
      expect((ev.getFirstPropertyValue("dtstart") as ICAL.Time).toUnixTime() * 1000).toBe(r.startUtc);
      expect((ev.getFirstPropertyValue("dtend") as ICAL.Time).toUnixTime() * 1000).toBe(r.endUtc);
      expect(ev.getFirstPropertyValue("summary")).toBe(r.subject);
      const alarms = ev.getAllSubcomponents("valarm");
      expect(alarms.map((a) => String(a.getFirstPropertyValue("trigger")))).toEqual([
        r.kind === "main" ? "-PT30M" : "PT0S", // at its start, like the Graph event (ical.js prints -PT0M as PT0S)
      ]);
    });
    const before = events.find((ev) => ev.getFirstPropertyValue("uid") === icsUid(rows[0].key, "dayBefore"));
    expect(before).toBeDefined();
    // 17:00 Paris the day before; tied to the prospect's main event.
    expect((before?.getFirstPropertyValue("dtstart") as ICAL.Time).toString()).toBe("2026-12-04T17:00:00");
    expect(before?.getFirstPropertyValue("related-to")).toBe(icsUid(rows[0].key));
    const uids = events.map((ev) => ev.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(4);
    // Stable: the same prospect gets the same two UIDs on every export.
    const again = parse(writeIcs(plan(rows, { dayBefore: true }).reminders, { now: NOW + 60_000 }));
    expect(again.getAllSubcomponents("vevent").map((ev) => ev.getFirstPropertyValue("uid"))).toEqual(uids);
  });

  it("writes every event property before its VALARM (new Outlook's parser needs RFC 5545 order)", () => {
    const ics = writeIcs(plan([makeRow(1, { due: "2026-12-05" })], { dayBefore: true }).reminders, { now: NOW });
    for (const block of ics.split("BEGIN:VEVENT").slice(1)) {
      const [props, rest] = block.split("BEGIN:VALARM");
      expect(props).toContain("X-MICROSOFT-CDO-BUSYSTATUS");
      expect(rest.split("END:VALARM")[1].trim()).toMatch(/^END:VEVENT/);
    }
  });

  it("keeps UIDs stable across runs and raises SEQUENCE with later exports", () => {
    const rows = makeRows(4);
    const first = parse(writeIcs(plan(rows).reminders, { now: NOW })).getAllSubcomponents("vevent");
    const shuffled = [rows[2], rows[0], rows[3], rows[1]].map((r, i) => ({ ...r, row: 50 + i }));
    const second = parse(writeIcs(plan(shuffled).reminders, { now: NOW + 86_400_000 })).getAllSubcomponents("vevent");
    const uids = (evs: ICAL.Component[]) => evs.map((e) => e.getFirstPropertyValue("uid")).sort();
    expect(uids(second)).toEqual(uids(first));
    expect(first[0].getFirstPropertyValue("uid")).toBe(icsUid(rows[0].key));
    expect(Number(second[0].getFirstPropertyValue("sequence"))).toBeGreaterThan(
      Number(first[0].getFirstPropertyValue("sequence")),
    );
  });
});
