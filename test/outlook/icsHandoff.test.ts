import ICAL from "ical.js";
import { writeIcs } from "../../src/core/reminders/icsWriter";
import { planReminders } from "../../src/core/reminders/planReminders";
import { cannotSaveFiles, downloadIcs, type DownloadHost } from "../../src/outlook/downloadIcs";
import {
  decodeHandoff,
  encodeHandoff,
  MAX_HANDOFF_URL,
  platformCodec,
  toBase64Url,
} from "../../src/outlook/handoff/icsHandoff";
import { makeRow, NOW, SOURCE } from "../core/reminders/makeRows";

/** A rep's big pipeline: 1,000 prospects with long notes, day-before reminders on (2,000 events). */
function bigCalendar(): { ics: string; followUps: number } {
  const rows = Array.from({ length: 1000 }, (_, i) =>
    makeRow(i, {
      due: `2027-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      fields: {
        prospect: `Prospect ${i} Holdings Ltd`,
        contact: `Contact ${i}`,
        email: `p${i}@example.com`,
        phone: `+44 20 7946 ${String(i).padStart(4, "0")}`,
        nextStep: `Send the revised proposal ${i} and book the pricing call 📞`,
        notes: `Met at the trade show; wants plan ${i % 5}. Budget approved in Q${1 + (i % 4)}. Ask about ${i * 7}.`,
      },
    }),
  );
  const plan = planReminders({ rows, now: NOW, timeZone: "Europe/Paris", source: SOURCE, prefs: { dayBefore: true } });
  return { ics: writeIcs(plan.reminders, { now: NOW }), followUps: 1000 };
}

// Building and compressing a 2,000-event calendar takes seconds on a shared, busy machine.
jest.setTimeout(60_000);

const PANE = "https://addin.example.com/nextstep/taskpane.html?_host_Info=Excel$Mac$16.01$en-US$$$$0";

function macHost(opened: string[]): DownloadHost {
  return { platform: "Mac", pageUrl: PANE, openBrowserWindow: (url) => void opened.push(url) };
}

describe("Download .ics where the pane cannot save files (Office on Mac/iPad)", () => {
  test("Mac and iPad hand the file to the browser; the web, Windows and a plain browser download it", () => {
    expect(["Mac", "iOS"].map(cannotSaveFiles)).toEqual([true, true]);
    expect(["OfficeOnline", "PC", undefined].map(cannotSaveFiles)).toEqual([false, false, false]);
  });

  test("on a Mac, the add-in's own download page opens in the browser with the calendar in its fragment only", async () => {
    const { ics, followUps } = bigCalendar();
    const opened: string[] = [];
    const out = await downloadIcs(ics, followUps, macHost(opened));
    expect(out).toEqual({ kind: "handedOff", fileName: "NextStep follow-ups.ics", followUps: 1000 });
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    // What a server would see: the page, no query (not Office's _host_Info), nothing of the calendar.
    expect(`${url.origin}${url.pathname}${url.search}`).toBe("https://addin.example.com/nextstep/ics-download.html");
    expect(opened[0].length).toBeLessThan(MAX_HANDOFF_URL);
    const back = await decodeHandoff(url.hash);
    expect(back).toEqual({ ok: true, payload: { ics, followUps: 1000, fileName: "NextStep follow-ups.ics" } });
    const cal = new ICAL.Component(ICAL.parse(back.ok ? back.payload.ics : ""));
    expect(cal.getAllSubcomponents("vevent")).toHaveLength(2000); // each follow-up and its day-before event
  });

  test("a 1,000-follow-up calendar is compressed to a tenth of its size, far below every browser's URL limit", async () => {
    const { ics } = bigCalendar();
    const fragment = await encodeHandoff({ ics, followUps: 1000, fileName: "x.ics" });
    expect(ics.length).toBeGreaterThan(MAX_HANDOFF_URL); // uncompressed it would not fit
    expect(fragment.length * 8).toBeLessThan(ics.length);
  });

  test("without CompressionStream the calendar travels uncompressed; too large for a URL → copy it instead", async () => {
    const small = writeIcs(planReminders({ rows: [makeRow(1)], now: NOW, timeZone: "UTC", source: SOURCE }).reminders, {
      now: NOW,
    });
    const opened: string[] = [];
    const out = await downloadIcs(small, 1, macHost(opened), {});
    expect(out.kind).toBe("handedOff");
    expect(new URLSearchParams(new URL(opened[0]).hash.slice(1)).get("enc")).toBe("plain");
    const back = await decodeHandoff(new URL(opened[0]).hash, {});
    expect(back.ok && back.payload.ics).toBe(small);

    const { ics } = bigCalendar();
    const big = await downloadIcs(ics, 1000, macHost(opened), {});
    expect(big).toMatchObject({ kind: "copyInstead", reason: "tooLarge", followUps: 1000, ics });
    expect(opened).toHaveLength(1);
  });

  test("no openBrowserWindow (OpenBrowserWindowApi missing) or a refusing host: the calendar to copy", async () => {
    const noWindow = await downloadIcs("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 0, { platform: "Mac", pageUrl: PANE });
    expect(noWindow).toMatchObject({ kind: "copyInstead", reason: "noBrowserWindow" });
    const refusing: DownloadHost = {
      platform: "iOS",
      pageUrl: PANE,
      openBrowserWindow: () => {
        throw new Error("denied");
      },
    };
    expect(await downloadIcs("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 0, refusing)).toMatchObject({
      kind: "copyInstead",
      reason: "blocked",
    });
  });

  test("the page refuses a missing, damaged or foreign fragment with a reason, never throws", async () => {
    expect(await decodeHandoff("")).toEqual({ ok: false, reason: "missing" });
    expect(await decodeHandoff("#nextstep-ics=1&enc=deflate&data=%%%")).toEqual({ ok: false, reason: "damaged" });
    const notIcs = toBase64Url(new TextEncoder().encode("<script>alert(1)</script>"));
    expect(await decodeHandoff(`#nextstep-ics=1&enc=plain&data=${notIcs}`, {})).toEqual({
      ok: false,
      reason: "damaged",
    });
    expect(await decodeHandoff("#nextstep-ics=1&enc=deflate&data=AAAA", {})).toEqual({
      ok: false,
      reason: "unsupported",
    });
    const ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    const named = await encodeHandoff({ ics, followUps: 2, fileName: "../../etc/passwd" });
    const back = await decodeHandoff(named);
    expect(back.ok && back.payload.fileName).toBe("NextStep follow-ups.ics");
  });

  test("the platform codec round-trips text with emoji and accents (Node has CompressionStream deflate-raw)", async () => {
    const codec = platformCodec();
    expect(codec).toBeDefined();
    const text = "BEGIN:VCALENDAR\r\nSUMMARY:Café 📞 — Zoë\r\nEND:VCALENDAR\r\n";
    const back = await decodeHandoff(await encodeHandoff({ ics: text, followUps: 1, fileName: "a.ics" }));
    expect(back.ok && back.payload.ics).toBe(text);
  });
});
