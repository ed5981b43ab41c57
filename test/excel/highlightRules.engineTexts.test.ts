/**
 * Named cases the independent engine caught in the rules' word lists (see highlightRules.engine.test.ts for the engine):
 * texts holding the lists' own delimiter, and texts too long for SEARCH's find_text.
 */
import { DEFAULT_CLOSED_STATUSES, isoToSerial } from "../../src/core";
import type { HighlightPrefs } from "../../src/excel/port";
import { compareSheet } from "./engineVerdicts";
import type { Cell } from "./independentEngine";

const PREFS: HighlightPrefs = { closedStatuses: DEFAULT_CLOSED_STATUSES, dueSoonDays: 7, highlightDueSoon: true };
const TODAY = "2026-11-25";
const days = (n: number): number => (isoToSerial(TODAY, false) as number) + n;
const FORMATS = ["General", "General", "m/d/yyyy", "General"];

test("a status, step or date text holding a '|' reads the same in the sheet as in the pane", () => {
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "Call", days(-3), "Closed | Won"], // closed
    ["Globex", "Call", "TBD | next week", "Open"], // an unusable date: yellow, not "typed as text"
    ["Initech", "Call", "12/4/2026 | 10am", "Open"],
    ["Umbrella", "Call", days(-3), "| Won"], // the pane reads the word: closed
    ["Wayne", "Call", days(-3), "Negotiation | Q1"], // open, overdue
    ["Hooli", "Call", days(-3), "Won |"], // closed, as the pane reads it
    ["Vandelay", "Call", days(-3), "Closed ^! Won"], // the lists' own escape, typed: the pane reads it as closed too
  ];
  const result = compareSheet({ grid, formats: FORMATS, today: TODAY, prefs: PREFS });
  expect(result.report.rows.map((r) => [r.state, r.problems])).toEqual([
    ["closed", []],
    ["incomplete", ["invalidDate"]],
    ["incomplete", ["invalidDate"]],
    ["closed", []],
    ["overdue", []],
    ["closed", []],
    ["closed", []],
  ]);
  expect(result.differences).toEqual([]);
});

test("a closed status longer than SEARCH can look for (a status with a note) closes the row in the sheet too", () => {
  const note =
    "Closed won — the customer signed the three-year agreement after the final pricing call with procurement";
  const grid: Cell[][] = [
    ["Company", "Next step", "Due", "Status"],
    ["Acme", "Call", days(-3), `${note} and legal review`],
    ["Globex", "Call", days(-3), `${note} and legal review, then asked for a kick-off in January with their new team`],
    ["Initech", "Call", days(-3), `${note} and legal review, then asked for a kick-off in January`.toUpperCase()],
  ];
  const result = compareSheet({ grid, formats: FORMATS, today: TODAY, prefs: PREFS });
  expect(result.report.rows.map((r) => r.state)).toEqual(["closed", "closed", "closed"]);
  expect(result.differences).toEqual([]);
});

test("a date column full of notes (more than one list holds) marks each cell as the pane judged it", () => {
  const grid: Cell[][] = [["Company", "Next step", "Due", "Status"]];
  for (let i = 0; i < 180; i++) {
    const date = [days((i % 60) - 30), `waiting on the PO from buyer ${i}`, `12/${1 + (i % 28)}/2026`][i % 3];
    grid.push([`Prospect ${i}`, "Call", date, "Open"]);
  }
  const result = compareSheet({ grid, formats: FORMATS, today: TODAY, prefs: PREFS });
  expect(result.report.counts.invalidDate).toBeGreaterThan(55); // about 2,000 characters of unusable texts
  expect(result.report.rows.some((r) => r.dateKind === "text")).toBe(true);
  expect(result.differences).toEqual([]);
});

test("closed statuses with a reason each (more than one list holds) close their rows in the sheet too", () => {
  const grid: Cell[][] = [["Company", "Next step", "Due", "Status"]];
  const reasons = ["price", "timing", "went with a competitor", "no budget", "champion left"];
  for (let i = 0; i < 150; i++) {
    const status = [`Closed Lost - ${reasons[i % 5]} (${i})`, `Lost: ${reasons[i % 5]} #${i}`, "Open", "Lost contact"];
    grid.push([`Prospect ${i}`, "Call", days(-3), status[i % 4]]);
  }
  // Typed later, while the pane is closed: the sheet closes it too, as the pane will.
  grid.push(["Later", "Call", days(-3), "closed lost - another reason"]);
  const result = compareSheet({ grid, formats: FORMATS, today: TODAY, prefs: PREFS });
  expect(result.report.counts.closed).toBe(77);
  expect(result.differences).toEqual([]);
});
