import { outlookWebLink } from "../../../src/core/reminders/outlookWebLink";
import { planReminders } from "../../../src/core/reminders/planReminders";
import { makeRow, NOW, SOURCE } from "./makeRows";

describe("outlookWebLink", () => {
  const row = makeRow(1, { prospect: "A&B = C+D #1", fields: { ...makeRow(1).fields, notes: "50% off?\nyes & no" } });
  const [r] = planReminders({ rows: [row], now: NOW, timeZone: "Europe/Paris", source: SOURCE }).reminders;

  it("opens Outlook on the web's compose page with every field percent-encoded", () => {
    const url = new URL(outlookWebLink(r));
    expect(url.origin + url.pathname).toBe("https://outlook.office.com/calendar/deeplink/compose");
    expect(url.searchParams.get("path")).toBe("/calendar/action/compose");
    expect(url.searchParams.get("rru")).toBe("addevent");
    expect(url.searchParams.get("subject")).toBe(r.subject);
    expect(url.searchParams.get("body")).toBe(r.body);
    expect(url.searchParams.get("startdt")).toBe("2026-12-10T08:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2026-12-10T08:15:00Z");
    expect(url.search).not.toContain("+");
  });

  it("uses outlook.live.com for personal accounts and clips long bodies", () => {
    const long = { ...r, body: "é".repeat(5000) };
    const url = new URL(outlookWebLink(long, "live"));
    expect(url.origin).toBe("https://outlook.live.com");
    expect(Array.from(url.searchParams.get("body") ?? "")).toHaveLength(1500);
  });
});
