import { analyzeSheet, ROLE_SYNONYMS, type Role } from "../../src/core";
import { detectHeader } from "../../src/core/detectHeader";
import { matchHeader } from "../../src/core/matchHeader";
import { normalizeHeader, stripHints } from "../../src/core/normalizeHeader";

const TODAY = "2026-11-25";
const best = (header: string): Role | undefined => matchHeader(header)[0]?.role;
const noDates = (): boolean => false;

describe("normalizeHeader: case, space and punctuation do not matter", () => {
  it.each([
    ["Next Step:", ["next", "step"]],
    ["  NEXT   STEP  ", ["next", "step"]],
    ["Follow-up Date (MM/DD)", ["follow", "up", "date"]],
    ["F/U", ["f", "u"]],
    ["Phone #", ["phone"]],
    ["📅 Due", ["due"]],
    ["E-mail Address", ["e", "mail", "address"]],
    ["(optional)", ["optional"]],
    ["", []],
  ])("%p → %p", (text, words) => {
    expect(normalizeHeader(text)).toEqual(words);
  });
});

describe("matchHeader: every synonym from the issue names its role", () => {
  const cases = (Object.keys(ROLE_SYNONYMS) as Role[]).flatMap((role) =>
    ROLE_SYNONYMS[role].map((synonym) => [synonym, role] as const),
  );
  it.each(cases)("%p names %s", (synonym, role) => {
    expect(best(synonym)).toBe(role);
    // "ß" upper-cases to "SS", another word.
    if (!synonym.includes("ß")) expect(best(synonym.toUpperCase() + " :")).toBe(role);
  });

  it.each([
    ["next steps", "nextStep"],
    ["follow-up action", "nextStep"],
    ["To-Do", "nextStep"],
    ["F/U date", "date"],
    ["follow up on", "date"],
    ["Callback Date", "date"],
    ["Next contact", "date"],
    ["e-mail", "email"],
    ["Tel.", "phone"],
  ])("issue synonym %p names %s", (header, role) => {
    expect(best(header)).toBe(role);
  });
});

describe("matchHeader: real reps' headers", () => {
  it.each([
    ["Company Name", "prospect"],
    // CRM exports and field sheets seen in session 4: Odoo, Django CRM, Bitrix24, Capsule, Insightly; fr/it/nl sheets.
    ["Next Activity Summary", "nextStep"],
    ["Counterparty", "prospect"],
    ["Responsible person", "owner"],
    ["User Responsible", "owner"],
    ["Milestone", "status"],
    ["Current State", "status"],
    ["Suite à donner", "nextStep"],
    ["Esito", "status"],
    ["Actiedatum", "date"],
    ["Next Step:", "nextStep"],
    ["Follow-up Date (MM/DD)", "date"],
    ["F/U", "date"],
    ["Phone #", "phone"],
    ["Phone No.", "phone"],
    ["E-mail Address", "email"],
    ["Contact Email", "email"],
    ["Deal Stage", "status"],
    ["Lead Status", "status"],
    ["Primary Contact", "contact"],
    ["Meeting Date", "date"],
    ["Next Follow-up Date", "date"],
    ["Call Time", "time"],
    ["Account Owner", "owner"],
    ["Sales Rep", "owner"],
    ["Notes / Comments", "notes"],
    ["Next step notes", "notes"],
    ["🏢 Client", "prospect"],
  ])("%p names %s", (header, role) => {
    expect(best(header)).toBe(role);
  });

  it.each([
    ["Date Added"],
    ["Created"],
    ["Created Date"],
    ["Last Contact"],
    ["Last Contact Date"],
    ["Close Date"],
    ["Time Zone"],
    ["Lead Source"],
    ["Account Number"],
    ["Deal Value"],
    ["First Contacted"],
    ["Region"],
    ["Status Reason"],
  ])("%p names no role", (header) => {
    expect(best(header)).toBeUndefined();
  });

  it("reads 'Next step date' as the date, not the next step", () => {
    expect(matchHeader("Next step date").map((m) => m.role)).toEqual(["date"]);
  });
});

describe("detectHeader: which row is the header and which column holds what", () => {
  it("skips merged title rows and blank rows above the header", () => {
    const values = [
      ["Q4 pipeline 🚀", null, null],
      [],
      ["", "", ""],
      ["Company", "Next step", "Due"],
      ["Acme", "Call", ""],
    ];
    expect(detectHeader(values, {}, noDates)).toMatchObject({
      index: 3,
      columns: { prospect: 0, nextStep: 1, date: 2 },
    });
  });

  it("takes the row under a row of group headings, which names more of the columns", () => {
    const grouped = [
      ["Prospect", "", "Contact info", "", "", "Follow-up", ""],
      ["Company", "Contact", "Email", "Phone", "Next step", "Date", "Status"],
      ["Acme", "Dana", "d@acme.com", "555", "Call", "11/30/2026", "Open"],
    ];
    expect(detectHeader(grouped, {}, noDates)).toMatchObject({ index: 1, found: true });
    const report = analyzeSheet({ values: grouped }, { today: TODAY });
    expect(report.header).toMatchObject({ row: 2, missing: [] });
    expect(report.rows.map((r) => [r.row, r.prospect, r.state])).toEqual([[3, "Acme", "dueSoon"]]);
  });

  it("a two-row header keeps the column whose name sits in the upper row over a blank (a cell merged down)", () => {
    // Templates merge "Status" and "Owner" down over both header rows: Excel holds the name in the upper cell only.
    const merged = [
      ["Prospect", "", "Follow-up", "", "Status", "Owner"],
      ["Company", "Contact", "Date", "Action", "", ""],
      ["Acme", "Jo", "11/20/2026", "Call back", "Open", "Sam"],
      ["Globex", "Al", "12/02/2026", "Send deck", "Won", "Kim"],
    ];
    const report = analyzeSheet({ values: merged }, { today: TODAY });
    expect(report.header).toMatchObject({
      row: 2,
      columns: { prospect: 0, contact: 1, date: 2, nextStep: 3, status: 4, owner: 5 },
      missing: [],
    });
    expect(report.rows.map((r) => [r.prospect, r.state])).toEqual([
      ["Acme", "overdue"],
      ["Globex", "closed"],
    ]);
  });

  it("an active flag (Active / Active? / Aktiv) closes the rows that say no; other 'active' headers are no flag", () => {
    const values = [
      ["Company", "Next step", "Due", "Active?", "Last active", "Aktiv"],
      ["Acme", "Call", "11/30/2026", "Y", "11/01/2026", ""],
      ["Globex", "Call", "11/30/2026", "N", "11/01/2026", ""],
      ["Initech", "Call", "11/30/2026", false, "", ""],
      ["Umbrella", "Call", "11/30/2026", "", "", "nein"],
      ["Hooli", "", "", 0, "", ""],
      ["Stark", "Call", "11/30/2026", "maybe", "", "ja"],
    ];
    const report = analyzeSheet({ values }, { today: TODAY });
    expect(report.header.activeFlags).toEqual([3, 5]);
    expect(report.rows.map((r) => [r.prospect, r.state])).toEqual([
      ["Acme", "dueSoon"],
      ["Globex", "closed"],
      ["Initech", "closed"],
      ["Umbrella", "closed"],
      ["Hooli", "closed"],
      ["Stark", "dueSoon"],
    ]);
  });

  it("keeps the header when the row under it is data whose words look like column names", () => {
    const values = [
      ["Company", "Kanal", "Next step", "Termin"],
      ["Client", "Email", "Follow-up action", 46356],
    ];
    expect(detectHeader(values, { date: 3 }, noDates).index).toBe(0);
  });

  it("keeps the first header when the row under it is data", () => {
    const values = [
      ["Company", "Next step", "Due"],
      ["Client", "Email", "11/30/2026"],
    ];
    expect(detectHeader(values, {}, noDates).index).toBe(0);
  });

  it("needs the prospect role plus one more", () => {
    expect(detectHeader([["Next step", "Due"], ["Company"]], {}, noDates).found).toBe(false);
    expect(detectHeader([["Company", "Region"]], {}, noDates).found).toBe(false);
    expect(detectHeader([["Company", "Notes"]], {}, noDates)).toMatchObject({
      index: 0,
      columns: { prospect: 0, notes: 1 },
    });
  });

  it("does not take a title row of values for the header", () => {
    const values = [
      ["Company: Acme Corp", "Owner: Jane Doe"],
      ["Company", "Next step", "Due"],
    ];
    expect(detectHeader(values, {}, noDates).index).toBe(1);
  });

  it("looks only at the first 10 non-empty rows", () => {
    const titles = Array.from({ length: 10 }, (_, i) => [`Title line ${i}`]);
    const late = [...titles, ["Company", "Next step", "Due"]];
    expect(detectHeader(late, {}, noDates).found).toBe(false);
    const blanksDoNotCount = [...titles.slice(0, 9), [], [], ["Company", "Next step", "Due"]];
    expect(detectHeader(blanksDoNotCount, {}, noDates).index).toBe(11);
  });

  it("prefers the more specific header when two columns match a role", () => {
    const values = [["Date", "Company", "Next step date", "Next step", "Date Added"]];
    expect(detectHeader(values, {}, noDates).columns).toEqual({ prospect: 1, nextStep: 3, date: 2 });
    const followUp = [["Created", "Name", "F/U", "Follow-up Date (MM/DD)", "Next Step:"]];
    expect(detectHeader(followUp, {}, noDates).columns).toEqual({ prospect: 1, nextStep: 4, date: 3 });
  });

  it("reads a 'Name' column beside 'Company' as the contact, and alone as the prospect", () => {
    const columns = (row: string[]) => detectHeader([row], {}, noDates).columns;
    expect(columns(["Name", "Company", "Next step", "Due"])).toEqual({ prospect: 1, contact: 0, nextStep: 2, date: 3 });
    expect(columns(["Company", "Name:", "Next step", "Due"])).toEqual({
      prospect: 0,
      contact: 1,
      nextStep: 2,
      date: 3,
    });
    expect(columns(["Name", "Next step", "Due"])).toEqual({ prospect: 0, nextStep: 1, date: 2 });
    expect(columns(["Name", "Contact", "Next step"])).toEqual({ prospect: 0, contact: 1, nextStep: 2 });
    expect(columns(["Account", "Name", "Contact", "Due"])).toEqual({ prospect: 0, contact: 2, date: 3 });
    const mapped = detectHeader([["Name", "Firma", "Next step"]], { prospect: 1 }, noDates).columns;
    expect(mapped).toEqual({ prospect: 1, contact: 0, nextStep: 2 });
  });

  it("takes the leftmost column when two are equally specific", () => {
    expect(detectHeader([["Company", "Client", "Due"]], {}, noDates).columns).toEqual({ prospect: 0, date: 2 });
  });

  it("lets the user's mapping override detection", () => {
    const values = [["Company", "Kunde", "Next step", "Wann"]];
    const mapped = detectHeader(values, { prospect: 1, date: 3 }, noDates);
    expect(mapped).toMatchObject({ index: 0, columns: { prospect: 1, nextStep: 2, date: 3 } });
  });

  it("with a mapping, finds a header of unknown words by its labels", () => {
    const values = [["Meine Liste"], ["Firma", "Schritt", "Wann"], ["Acme", "Anrufen", "2026-11-30"]];
    const isDate = (cell: unknown): boolean => cell === "2026-11-30";
    expect(detectHeader(values, { prospect: 0, nextStep: 1, date: 2 }, isDate)).toMatchObject({ index: 1 });
  });
});

describe("analyzeSheet header report", () => {
  it("gives the sheet row number and the missing required roles", () => {
    const report = analyzeSheet(
      { values: [["Title"], ["Company", "Phone"], ["Acme", "555"]], startRow: 5 },
      { today: TODAY },
    );
    expect(report.header).toEqual({ row: 6, columns: { prospect: 0, phone: 1 }, missing: ["nextStep", "date"] });
  });

  it("says every required role is missing and reports no rows when there is no header", () => {
    const report = analyzeSheet({ values: [["just"], ["some", "text"]] }, { today: TODAY });
    expect(report.header).toEqual({ row: 0, columns: {}, missing: ["prospect", "nextStep", "date"] });
    expect(report.rows).toEqual([]);
  });
});

describe("normalizeHeader on hostile headers", () => {
  it("strips only closed hints, and an unclosed bracket ends the stripping (linear, not quadratic)", () => {
    expect(stripHints("Due (MM/DD) [optional]")).toBe("Due    ");
    expect(stripHints("(".repeat(1000))).toBe("(".repeat(1000));
    expect(stripHints("a (b (c) d")).toBe("a   d");
    expect(normalizeHeader("(".repeat(1000))).toEqual([]);
  });

  it("reads a 256-column header of 1,000 '(' each as no header", () => {
    const values = [Array.from({ length: 256 }, () => "(".repeat(1000)), ["Acme", "Call", "2026-11-30"]];
    expect(analyzeSheet({ values }, { today: TODAY }).header.row).toBe(0);
  });
});
