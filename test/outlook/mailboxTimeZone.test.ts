import { readMailboxTimeZone, resolveTimeZone } from "../../src/outlook/mailboxTimeZone";
import { WINDOWS_TO_IANA } from "../../src/outlook/windowsZones";
import { isValidTimeZone } from "../../src/core/reminders/zonedTime";
import { startHarness } from "../fakes/graph/harness";

describe("time zone for reminders", () => {
  it.each([
    ["Romance Standard Time", "Europe/Paris", "mailbox"],
    ["Pacific Standard Time", "America/Los_Angeles", "mailbox"],
    ["India Standard Time", "Asia/Kolkata", "mailbox"],
    ["Europe/Madrid", "Europe/Madrid", "mailbox"],
    ["Customized Time Zone", "America/New_York", "browser"],
    [undefined, "America/New_York", "browser"],
  ])("mailbox %s → %s (%s)", (mailbox, zone, source) => {
    expect(resolveTimeZone(mailbox, "America/New_York")).toEqual({ timeZone: zone, source });
  });

  it("falls back to UTC when nothing is known", () => {
    expect(resolveTimeZone(undefined, undefined)).toEqual({ timeZone: "UTC", source: "utc" });
  });

  it("maps only to zones the runtime knows", () => {
    const bad = Object.entries(WINDOWS_TO_IANA).filter(([, iana]) => !isValidTimeZone(iana));
    expect(bad).toEqual([]);
  });

  it("reads mailboxSettings.timeZone from Graph", async () => {
    const h = await startHarness();
    try {
      h.fake.mailboxTimeZone = "Tokyo Standard Time";
      const tz = await readMailboxTimeZone(h.graph);
      expect(resolveTimeZone(tz, "UTC")).toEqual({ timeZone: "Asia/Tokyo", source: "mailbox" });
    } finally {
      await h.fake.stop();
    }
  });
});
