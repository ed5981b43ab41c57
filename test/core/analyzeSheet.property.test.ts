import fc from "fast-check";
import { analyzeSheet, ROLE_SYNONYMS, type Role } from "../../src/core";

const TODAY = "2026-11-25";

/** Cells as Excel gives them, plus what a messy grid can hold: header words, dates, placeholders, junk. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(...Object.values(ROLE_SYNONYMS).flat(), "Company Name", "Next Step:", "F/U", "Deal Stage"),
  fc.constantFrom("2026-11-25", "11/30/2026", "Nov 30, 2026", "13/45/2026", "TBD", "maybe", "-", "#N/A", "Won", "  "),
  fc.constantFrom("Monday", "tomorrow 10am", "next week?", "in 2 weeks", "30 novembre 2026", "3pm-4pm", "9h30"),
  fc.constantFrom("constructor", "__proto__", "toString", "in constructor days", "next hasOwnProperty"),
  fc.double(),
  fc.integer({ min: 40000, max: 50000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
);
const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 });

const hasContent = (v: unknown): boolean =>
  (typeof v === "string" && v.trim() !== "") || (typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean";

describe("analyzeSheet on any grid", () => {
  it("does not throw, is deterministic, and reports every prospect row exactly once", () => {
    fc.assert(
      fc.property(
        grid,
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom("MDY", "DMY", "YMD"),
        (values, startRow, order) => {
          const options = { today: TODAY, dateOrder: order as "MDY" | "DMY" | "YMD" };
          const a = analyzeSheet({ values, startRow }, options);
          const b = analyzeSheet({ values, startRow }, options);
          expect(b).toEqual(a);
          // toEqual sees own properties only; fields, key and textDateSerial are worked out on first use.
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));

          const cols = Object.values(a.header.columns) as number[];
          const headerIndex = a.header.row - startRow;
          const expected: number[] = [];
          if (a.header.row !== 0) {
            for (let r = headerIndex + 1; r < values.length; r++) {
              if (cols.some((c) => hasContent(values[r][c]))) expected.push(startRow + r);
            }
          }
          // Rows that are no prospects (totals, headings, legends, stray notes) are set aside, each named once.
          const ignored = a.ignoredRows ?? [];
          for (const row of ignored) expect(expected).toContain(row);
          expect(a.rows.map((r) => r.row)).toEqual(expected.filter((row) => !ignored.includes(row)));
          expect(new Set(a.rows.map((r) => r.key)).size).toBe(a.rows.length);
          const states = a.counts.overdue + a.counts.dueToday + a.counts.dueSoon + a.counts.scheduled;
          expect(states + a.counts.closed + a.counts.incomplete).toBe(a.rows.length);
          for (const r of a.rows) {
            expect((r.message === undefined) === (r.problems.length === 0)).toBe(true);
            // Every message reads as a sentence: no arithmetic or lookup went wrong inside it (quoted cells aside).
            const own = r.message?.replace(/"[^"]*"/g, '""') ?? "";
            expect(own).not.toMatch(/NaN|undefined|\[object|function/);
            expect(r.due === undefined).toBe(r.dateKind !== "serial" && r.dateKind !== "text");
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("finds the header wherever the title rows end, and reads the rows below it", () => {
    const roles: Role[] = ["prospect", "nextStep", "date"];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom("", " ", null), { maxLength: 3 }), { maxLength: 6 }), (blanks) => {
        const values = [["My prospects"], ...blanks, ["Company", "Next step", "Due"], ["Acme", "Call", "2026-11-30"]];
        const report = analyzeSheet({ values }, { today: TODAY });
        expect(report.header.row).toBe(blanks.length + 2);
        expect(Object.keys(report.header.columns).sort()).toEqual([...roles].sort());
        expect(report.rows.map((r) => r.prospect)).toEqual(["Acme"]);
      }),
    );
  });
});
