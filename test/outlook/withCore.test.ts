import { analyzeSheet } from "../../src/core/index";
import { NOW, SOURCE } from "../core/reminders/makeRows";
import { startHarness } from "../fakes/graph/harness";
import { runOnce, writes } from "./syncHarness";

/** The real core's rows, end to end through the fake Graph: what a rep's sheet turns into. */
describe("sheet → Outlook", () => {
  const header = ["Prospect", "Contact", "Email", "Next step", "Date", "Time", "Status", "Notes"];
  const sheet = [
    header,
    ["Acme", "Jo", "jo@acme.com", "Send quote", "2026-12-03", "14:30", "Open", "likes, commas; and\nlines"],
    ["Beta", "Al", "al@beta.com", "Call", "2026-12-04", "", "Won", ""],
    ["Gamma", "Zed", "z@g.com", "Demo", "2026-11-20", "", "", ""],
  ];

  it("makes Acme's reminder, skips closed Beta, lists overdue Gamma; sorting then re-running writes nothing", async () => {
    const h = await startHarness();
    try {
      const report = analyzeSheet({ values: sheet }, { today: "2026-12-01" });
      const { preview, result } = await runOnce(h, report.rows);
      expect(result.created).toBe(1);
      expect(preview.plan.skipped.map((s) => [s.prospect, s.reason])).toEqual([["Beta", "closed"]]);
      expect(preview.plan.overdue.map((o) => [o.prospect, o.message])).toEqual([
        ["Gamma", "overdue: update the date in the sheet"],
      ]);
      const [e] = [...h.fake.store.events.values()];
      expect(e.subject).toBe("Follow up: Acme — Send quote");
      expect(e.start).toEqual({ dateTime: "2026-12-03T13:30:00", timeZone: "UTC" });
      expect(e.body.content).toContain("Notes:\nlikes, commas; and\nlines");
      const sorted = analyzeSheet({ values: [header, sheet[3], sheet[2], sheet[1]] }, { today: "2026-12-01" });
      await runOnce(h, sorted.rows, { now: NOW });
      expect(writes(h)).toBe(0);
      expect(SOURCE.sheet).toBe("Prospects");
    } finally {
      await h.fake.stop();
    }
  });
});
