/** The texts the highlight rules must list, as the core hands them over (non-enumerable report fields). */
import { analyzeSheet } from "../../src/core";

const TODAY = "2026-11-25";

test("punctuated flags are listed as typed, with the column they were read in", () => {
  const report = analyzeSheet(
    {
      values: [
        ["Company", "Next step", "Due", "Active?", "Do Not Call"],
        ["Acme", "Call", "2026-11-20", "No.", ""],
        ["Globex", "Call", "2026-11-20", "Nein!", "Yes!"],
        ["Initech", "Call", "2026-11-20", "Yes", "no"],
        ["Hooli", "Call", "2026-11-20", false, true],
      ],
    },
    { today: TODAY },
  );
  expect(report.header.activeFlags).toEqual([3]);
  expect(report.header.optOuts).toEqual([4]);
  expect(report.noTexts).toEqual(["No.", "Nein!"]);
  expect(report.yesTexts).toEqual(["Yes!"]);
  expect(Object.keys(report)).not.toContain("noTexts"); // kept out of equality checks and JSON
});

test("padded texts behind a verdict are listed as typed; plain ones and those of open rows are not", () => {
  const report = analyzeSheet(
    {
      values: [
        ["Company", "Next step", "Due", "Status"],
        ["Acme", "Call", "2026-11-20", "Won\u3000"],
        ["Globex", "TBD\u202f", "2026-11-20", "Open"],
        ["Initech", "Call", "next week\u3000", "Open"],
        ["Hooli", "Call", "\u3000", "Open"],
        ["Umbrella", "Call", "2026-11-20", "Lost"],
        ["Vandelay", "Call\u3000", "2026-11-20", "Open\u3000"],
        ["Wayne", "Call", "\u202f2026-11-20", "Open"], // a padded text date, kept for when the unusable list overflows
      ],
    },
    { today: TODAY },
  );
  expect(report.rows.map((r) => r.state)).toEqual([
    "closed",
    "overdue",
    "incomplete",
    "incomplete",
    "closed",
    "overdue",
    "overdue",
  ]);
  expect(report.paddedTexts).toEqual({
    closed: ["Won\u3000"],
    vague: ["TBD\u202f"],
    invalidDates: ["next week\u3000", "\u3000"],
    textDates: ["\u202f2026-11-20"],
  });
});
