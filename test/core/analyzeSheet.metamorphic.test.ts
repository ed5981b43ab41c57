import fc from "fast-check";
import { analyzeSheet, ROLE_SYNONYMS, type Role } from "../../src/core";

/**
 * The same pipeline, written the many ways reps write it: any header synonyms, any column order, a title and a
 * blank row above, dates as serials or as ISO, US, day-first or month-name text (English, French, German). The report
 * must not change.
 */
const TODAY = "2026-11-25";
const TODAY_SERIAL = 46351;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FRENCH = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const GERMAN = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];
const ROLES: Role[] = ["prospect", "contact", "email", "phone", "nextStep", "date", "time", "status", "notes"];

interface Prospect {
  company: string;
  contact: string;
  step: string;
  /** Days from today, or null for no date. */
  offset: number | null;
  time: string;
  status: string;
}

const prospect = fc.record({
  company: fc.constantFrom("Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay"),
  contact: fc.constantFrom("Dana Lee", "Hank Sco", "", "Bill L."),
  step: fc.constantFrom("Call about pricing", "Send proposal", "", "maybe", "Book demo"),
  offset: fc.option(fc.integer({ min: -60, max: 60 })),
  time: fc.constantFrom("", "10:00", "2:30 pm"),
  status: fc.constantFrom("New", "Proposal", "Won", "Closed - Lost", ""),
});

/** Civil date of a serial, by plain arithmetic (independent of the core's). */
function civil(serial: number): [number, number, number] {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function dateCell(offset: number | null, form: number): unknown {
  if (offset === null) return "";
  const serial = TODAY_SERIAL + offset;
  const [y, m, d] = civil(serial);
  if (form === 0) return serial;
  if (form === 1) return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (form === 2) return `${m}/${d}/${y}`;
  if (form === 4) return `${d}/${m}/${y}`; // read day-first (see orderOf)
  if (form === 5) return `${d} ${FRENCH[m - 1]} ${y}`;
  if (form === 6) return `${d}. ${GERMAN[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

const sheet = fc.record({
  prospects: fc.uniqueArray(prospect, { minLength: 1, maxLength: 8, selector: (p) => p.company }),
  order: fc.shuffledSubarray(ROLES, { minLength: ROLES.length, maxLength: ROLES.length }),
  names: fc.record(
    Object.fromEntries(ROLES.map((r) => [r, fc.constantFrom(...ROLE_SYNONYMS[r])])) as Record<
      Role,
      fc.Arbitrary<string>
    >,
  ),
  dateForm: fc.integer({ min: 0, max: 6 }),
  title: fc.boolean(),
});

function build(s: {
  prospects: Prospect[];
  order: Role[];
  names: Record<Role, string>;
  dateForm: number;
  title: boolean;
}): unknown[][] {
  const cellOf = (p: Prospect, role: Role): unknown => {
    switch (role) {
      case "prospect":
        return p.company;
      case "contact":
        return p.contact;
      case "email":
        return `${p.company.toLowerCase()}@example.com`;
      case "phone":
        return "+1 555 0100";
      case "nextStep":
        return p.step;
      case "date":
        return dateCell(p.offset, s.dateForm);
      case "time":
        return p.time;
      case "status":
        return p.status;
      default:
        return "";
    }
  };
  const rows = s.prospects.map((p) => s.order.map((role) => cellOf(p, role)));
  const header = s.order.map((role) => s.names[role]);
  return s.title ? [["Pipeline — Q4"], [], header, ...rows] : [header, ...rows];
}

/** Day-first text is read in the day-first order, as a rep who writes it sets. */
const orderOf = (dateForm: number) => (dateForm === 4 ? "DMY" : "MDY");

const essence = (values: unknown[][], dateForm = 0) =>
  analyzeSheet({ values }, { today: TODAY, dateOrder: orderOf(dateForm) }).rows.map((r) => [
    r.prospect,
    r.state,
    r.problems,
    r.due,
  ]);

describe("analyzeSheet reads the same pipeline however the sheet is laid out", () => {
  it("any synonyms, column order, title rows and date forms give the same report", () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const values = build(s);
        const report = analyzeSheet({ values }, { today: TODAY, dateOrder: orderOf(s.dateForm) });
        expect(report.header.missing).toEqual([]);
        for (const role of ROLES) expect(report.header.columns[role]).toBe(s.order.indexOf(role));
        const plain = build({
          ...s,
          order: ROLES,
          names: { ...s.names, ...Object.fromEntries(ROLES.map((r) => [r, ROLE_SYNONYMS[r][0]])) },
          dateForm: 0,
          title: false,
        });
        expect(essence(values, s.dateForm)).toEqual(essence(plain));
      }),
      { numRuns: 300 },
    );
  });
});
