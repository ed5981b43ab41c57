/** Which column wins a role when several could: the phone a rep calls first, the person served, numbered columns. */
import { analyzeSheet } from "../../src/core";
import { matchHeader } from "../../src/core/matchHeader";

const columnsOf = (header: string[], row: unknown[]) =>
  analyzeSheet({ values: [header, row] }, { today: "2026-11-25", dateOrder: "DMY" }).header.columns;

describe("the phone a rep calls first", () => {
  it("takes the mobile before the landline and the switchboard, whatever their order", () => {
    const header = ["Company", "Landline 1", "Switchboard Phone", "Mobile 1", "Next Step", "Follow-up Date"];
    const row = ["Acme", "022 2200 1100", "022 2200 0000", "+91 98200 11111", "Call", "30/11/2026"];
    expect(columnsOf(header, row).phone).toBe(3);
  });

  it("takes the direct line before the company phone", () => {
    const header = ["Company", "Company Phone", "Direct Line", "Next Step", "Follow-up Date"];
    const row = ["Acme", "+44 20 7946 0000", "+44 20 7946 0123", "Call", "30/11/2026"];
    expect(columnsOf(header, row).phone).toBe(2);
  });

  it("reads Mobile No and WhatsApp as phones, before a landline", () => {
    const header = ["Sales Rep", "Patient Name", "Landline", "Mobile No", "Next Step", "Follow-up Date"];
    const row = ["Divya", "Lakshmi Kumar", "044 2222 1111", "98400 12345", "Call", "30/11/2026"];
    expect(columnsOf(header, row).phone).toBe(3);
    expect(matchHeader("WhatsApp")[0]?.role).toBe("phone");
  });

  it("counts a hint's words: Phone (mobile), 電話番号（携帯）before 電話番号（会社）", () => {
    expect(matchHeader("Phone (mobile)")[0].score).toBeGreaterThan(matchHeader("Phone")[0].score);
    expect(matchHeader("電話番号（携帯）")[0].score).toBeGreaterThan(matchHeader("電話番号（会社）")[0].score);
    expect(matchHeader("Phone (fax)")).toEqual([]);
  });

  it("never takes a fax number", () => {
    expect(matchHeader("Fax Phone").map((m) => m.role)).not.toContain("phone");
    expect(matchHeader("Telefax 1").map((m) => m.role)).not.toContain("phone");
  });

  it("keeps a plain Phone column before a numbered mobile (the numbered one is one of several)", () => {
    expect(matchHeader("Phone")[0].score).toBeGreaterThan(matchHeader("Mobile 1")[0].score);
  });
});

describe("the person served is the prospect", () => {
  it.each(["Patient Name", "Patient", "Tenant Name", "Candidate Name"])("%s names the prospect", (header) => {
    expect(matchHeader(header)[0]?.role).toBe("prospect");
  });

  it("never lets the agent's name be the prospect", () => {
    const header = ["Crm Agent Name", "Patient Name", "Mobile Number", "Next Step", "Follow-up Date"];
    const columns = columnsOf(header, ["Divya", "Lakshmi Kumar", "98400 12345", "Call", "30/11/2026"]);
    expect(columns.prospect).toBe(1);
    expect(columns.owner).toBe(0);
  });

  it("does not read the agent's phone as the patient's", () => {
    expect(matchHeader("Agent Phone").map((m) => m.role)).not.toContain("phone");
  });
});

describe("numbered columns", () => {
  it("reads Reminder Date_1 as a reminder date, before a bare Date (the day the record was made)", () => {
    const header = ["Patient Name", "Date", "Reminder Date_1", "Reminder Date_2", "Next Step"];
    const columns = columnsOf(header, ["Lakshmi Kumar", "18/11/2026", "24/11/2026", "", "Call"]);
    expect(columns.date).toBe(2);
  });
});

describe("head-first headers (Portuguese, Spanish, French, Italian)", () => {
  it.each([
    ["Telefone de Contato", "phone"],
    ["Teléfono del cliente", "phone"],
  ])("%s is read by its head noun: %s", (header, role) => {
    expect(matchHeader(header)[0]?.role).toBe(role);
  });

  it.each(["CNPJ da Empresa", "Link Site da Empresa", "Company VAT"])("%s names no role", (header) => {
    expect(matchHeader(header)).toEqual([]);
  });

  it("keeps a header that is a synonym as a whole", () => {
    expect(matchHeader("Nome do cliente")[0]?.role).toBe("prospect");
  });
});

describe("a list of people whose name is split in two", () => {
  it("takes the person as the prospect when no company column is there", () => {
    const header = ["First Name", "Last Name", "Email", "Lead Status", "Follow-up Date"];
    const columns = columnsOf(header, ["Dana", "Lee", "dana@acme.example", "Open", "30/11/2026"]);
    expect(columns.prospect).toBe(0);
  });

  it("keeps the company as the prospect when there is one", () => {
    const header = ["First Name", "Last Name", "Company", "Follow-up Date"];
    const columns = columnsOf(header, ["Dana", "Lee", "Acme", "30/11/2026"]);
    expect(columns.prospect).toBe(2);
    expect(columns.contact).toBe(0);
  });

  it("does not read a Japanese product name as a person (名 alone names one)", () => {
    expect(matchHeader("製品名")).toEqual([]);
    expect(matchHeader("名")[0]?.role).toBe("contact");
  });
});
