import { clipText, cutText } from "../../src/core/cutText";
import { identityKey } from "../../src/core/prospectKey";
import { reminderSubject } from "../../src/core/reminders/reminderText";
import { eventPayload } from "../../src/outlook/eventsRepository";
import { planReminders } from "../../src/core/reminders/planReminders";
import { analyzeSheet } from "../../src/core";
import { makeRow, NOW, SOURCE } from "./reminders/makeRows";

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wholeText = (s: string): boolean => !LONE.test(s);

describe("surrogate-safe cuts", () => {
  test.each([
    ["ab😀cd", 3, "ab"],
    ["ab😀cd", 4, "ab😀"],
    ["ab😀cd", 2, "ab"],
    ["😀😀", 1, ""],
    ["short", 10, "short"],
  ])("cutText(%j, %i) → %j", (text, max, out) => {
    expect(cutText(text, max)).toBe(out);
  });

  test("clipText counts the ellipsis and never leaves half an emoji", () => {
    expect(clipText("Acme Corporation", 8)).toBe("Acme Co…");
    for (let max = 2; max < 12; max++) {
      const out = clipText("ab🚀🚀🚀🚀🚀", max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(wholeText(out)).toBe(true);
    }
  });

  test("subjects are at most 255 UTF-16 units and never end in half an emoji", () => {
    for (const shift of [0, 1]) {
      const subject = reminderSubject("x".repeat(shift) + "🚀".repeat(200), "📞".repeat(200), "main");
      expect(subject.length).toBeLessThanOrEqual(255);
      expect(subject.endsWith("…")).toBe(true);
      expect(wholeText(subject)).toBe(true);
    }
  });

  test("the Graph key property never holds half an emoji (keys cut at 200 units per part)", () => {
    for (const shift of [0, 1]) {
      // Names lose their symbols when normalised; the e-mail part keeps what was typed (lower-cased), then is cut.
      const name = "Acme";
      const key = identityKey(name, "Dana", "a".repeat(shift) + "🏢".repeat(150) + "@example.com");
      expect(wholeText(key)).toBe(true);
      const [r] = planReminders({
        rows: [makeRow(1, { prospect: name, key })],
        now: NOW,
        timeZone: "UTC",
        source: SOURCE,
      }).reminders;
      const keyProp = eventPayload(r).singleValueExtendedProperties.find((p) => p.id.endsWith("NextStep.Key"));
      expect(wholeText(keyProp?.value ?? "")).toBe(true);
      expect(wholeText(r.subject)).toBe(true);
    }
  });

  test("messages quoting a long cell never cut an emoji in half", () => {
    const long = "🚀".repeat(60);
    const report = analyzeSheet(
      {
        values: [
          ["Prospect", "Next step", "Next step date"],
          ["Acme", "Call", long],
          ["Beta", "Call", "x" + long],
        ],
      } as never,
      { today: "2026-12-01" } as never,
    );
    const messages = report.rows.map((r) => r.message).join("\n");
    expect(messages).toContain("🚀");
    expect(wholeText(messages)).toBe(true);
  });
});
