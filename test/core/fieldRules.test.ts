/**
 * Rules learnt from the second round of field layouts (test/core/fieldLayouts/salesToolExports.ts, templateSheets.ts,
 * europeanImports.ts): each test fails without its rule.
 */
import { analyzeSheet, DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { closedMatcher, CLOSED_WORDS_BY_LANGUAGE } from "../../src/core/closedStatuses";
import { detectHeader } from "../../src/core/detectHeader";
import { matchHeader } from "../../src/core/matchHeader";

const TODAY = "2026-11-25";
const best = (header: string) => matchHeader(header)[0]?.role;
const noDates = (): boolean => false;

describe("the owner's own address and number are not the prospect's", () => {
  it.each([
    ["Owner Email"],
    ["deal_owner_email"],
    ["deal_creater_email"],
    ["Sales Rep Phone"],
    ["deal_owner_mobile_number"],
  ])("%s names no email or phone", (header) => {
    expect(matchHeader(header).map((m) => m.role)).not.toContain("email");
    expect(matchHeader(header).map((m) => m.role)).not.toContain("phone");
  });

  it("does not take an Owner column of login addresses for the prospect's email", () => {
    const values = [
      ["Company", "Owner", "Next step", "Due"],
      ["Acme", "ann@ourco.example", "Call", "2026-11-27"],
      ["Globex", "bo@ourco.example", "Email", "2026-11-28"],
      ["Initech", "ann@ourco.example", "Demo", "2026-11-29"],
    ];
    const { columns } = analyzeSheet({ values }, { today: TODAY }).header;
    expect(columns.owner).toBe(1);
    expect(columns.email).toBeUndefined();
  });

  it("still reads the prospect's Email, Work Email and Phone Number", () => {
    expect(best("Email")).toBe("email");
    expect(best("Work Email")).toBe("email");
    expect(best("Phone Number")).toBe("phone");
    expect(best("Owner")).toBe("owner");
  });

  it("does not take an owner-email column for the email by its values", () => {
    const values = [
      ["Deal Name", "Stage", "Deal Owner Email", "Deal Owner Mobile", "Next step", "Due"],
      ["Acme", "Open", "ann@ourco.example", "+1 866 832 3090", "Call", "2026-11-27"],
      ["Globex", "Open", "bo@ourco.example", "+1 866 832 3092", "Email", "2026-11-28"],
      ["Initech", "Open", "ann@ourco.example", "+1 866 832 3090", "Demo", "2026-11-29"],
    ];
    const { columns } = analyzeSheet({ values }, { today: TODAY }).header;
    expect(columns.email).toBeUndefined();
    expect(columns.phone).toBeUndefined();
    expect(columns.prospect).toBe(0);
  });
});

describe("status column names from import templates", () => {
  it("reads OroCRM's 'Status Id' as the status, and other '… Id' columns as nothing", () => {
    expect(best("Status Id")).toBe("status");
    expect(best("Company Id")).toBeUndefined();
  });
});

describe("closed words from the new layouts", () => {
  it("closes Copper's and HubSpot's 'Unqualified' lead status (English default), not 'Qualified'", () => {
    const isClosed = closedMatcher(DEFAULT_CLOSED_STATUSES);
    expect(isClosed("Unqualified")).toBe(true);
    expect(isClosed("Qualified")).toBe(false);
  });

  it("closes Spanish 'Compró' and 'Completado', not 'Frío' or 'Interesado'", () => {
    const isClosed = closedMatcher(CLOSED_WORDS_BY_LANGUAGE.get("es") ?? []);
    expect(isClosed("Compró")).toBe(true);
    expect(isClosed("Completado")).toBe(true);
    expect(isClosed("Frío")).toBe(false);
    expect(isClosed("Interesado")).toBe(false);
  });
});

describe("Polish headers", () => {
  it("find the header of a Polish lead list and close its lost leads", () => {
    const values = [
      ["Status leadu", "Partner", "Sprzedawca", "Następny krok", "Termin"],
      ["Nowy", "Drewpol", "Anna Nowak", "Zadzwonić", "27.11.2026"],
      ["Porażka", "Stalmet", "Piotr Wiśniewski", "", ""],
    ];
    const report = analyzeSheet({ values }, { today: TODAY, dateOrder: "DMY" });
    expect(report.header.columns).toEqual({ status: 0, prospect: 1, owner: 2, nextStep: 3, date: 4 });
    expect(report.header.languages).toContain("pl");
    expect(report.rows.map((r) => r.state)).toEqual(["dueSoon", "closed"]);
  });

  it("reads a Polish month name in the genitive, as dates are written", () => {
    const values = [
      ["Firma", "Następny krok", "Termin"],
      ["Drewpol", "Zadzwonić", "27 listopada 2026"],
    ];
    expect(analyzeSheet({ values }, { today: TODAY }).rows[0].due).toBe("2026-11-27");
  });

  it("reads Polish month names spelt with ź, ś, ń ('15 października 2026', '3 września 2026')", () => {
    const values = [
      ["Firma", "Następny krok", "Termin"],
      ["Drewpol", "Zadzwonić", "15 października 2026"],
      ["Stalmet", "Oferta", "3 września 2026"],
      ["Kowalski", "Wizyta", "12 grudnia 2026"],
    ];
    const report = analyzeSheet({ values }, { today: TODAY });
    expect(report.rows.map((r) => r.due)).toEqual(["2026-10-15", "2026-09-03", "2026-12-12"]);
  });

  it("lets a Company column beat a Partner column for the prospect", () => {
    expect(detectHeader([["Partner", "Company", "Due"]], {}, noDates).columns.prospect).toBe(1);
  });
});

describe("owner headers from Teamleader's French and Italian imports", () => {
  it("reads 'Responsabilité' as the owner, and the Italian 'Responsabilità' and Zendesk Sell's 'Titolare'", () => {
    expect(best("Responsabilité")).toBe("owner");
    expect(best("Responsabilità")).toBe("owner");
    expect(best("Titolare")).toBe("owner");
  });
});

describe("Salesforce API names in a wide export", () => {
  it("reads custom fields without their __c suffix", () => {
    expect(matchHeader("Next_Step_Date__c")[0]).toMatchObject({ role: "date" });
    expect(matchHeader("Next_Step_Date__c")[0].score).toBeGreaterThanOrEqual(3000);
    expect(best("Next_Step__c")).toBe("nextStep");
    expect(best("Follow_Up_Date__pc")).toBe("date");
  });

  it("takes the custom follow-up date over EmailBouncedDate (a bounce is history)", () => {
    const columns = detectHeader([["Company", "EmailBouncedDate", "Next_Step__c", "Next_Step_Date__c"]], {}, noDates);
    expect(columns.columns).toEqual({ prospect: 0, nextStep: 2, date: 3 });
  });

  it("reads IsUnreadByOwner and other Is/Has flags as no role", () => {
    expect(matchHeader("IsUnreadByOwner")).toEqual([]);
    expect(matchHeader("HasOpenActivity")).toEqual([]);
  });

  it("never takes a …DateTime timestamp for the separate time column", () => {
    expect(matchHeader("ScheduledResumeDateTime").map((m) => m.role)).not.toContain("time");
    expect(best("Call Time")).toBe("time");
  });
});

describe("a call log: the follow-up date beats the bare Date of the call", () => {
  it("takes 'Follow-up Deadline' over 'Date', and 'Due' over 'Datum'", () => {
    const row = ["Caller Name", "Date", "Follow-up Action", "Follow-up Deadline"];
    expect(detectHeader([row], {}, noDates).columns).toEqual({ prospect: 0, date: 3, nextStep: 2 });
    expect(detectHeader([["Firma", "Datum", "Aufgabe", "Due"]], {}, noDates).columns.date).toBe(3);
  });

  it("still takes a bare Date when nothing else names the follow-up", () => {
    expect(detectHeader([["Company", "Next step", "Date"]], {}, noDates).columns.date).toBe(2);
  });
});

describe("Swedish headers and statuses", () => {
  it("find the header of a Swedish deal list and close a lost deal", () => {
    const values = [
      ["Företag", "Affärsansvarig", "Status", "Nästa steg", "Uppföljning"],
      ["Nordström AB", "Erik Lund", "Offert", "Ring om offerten", "2026-11-27"],
      ["Holm & Söner", "Sara Ek", "Förlorad", "", ""],
    ];
    const report = analyzeSheet({ values }, { today: TODAY });
    expect(report.header.columns).toEqual({ prospect: 0, owner: 1, status: 2, nextStep: 3, date: 4 });
    expect(report.header.languages).toContain("sv");
    expect(report.rows.map((r) => r.state)).toEqual(["dueSoon", "closed"]);
  });

  it("reads 'Förväntat avslutsdatum' and 'Offert skickad' as history, never the follow-up date", () => {
    const values = [
      ["Företag", "Offert skickad", "Förväntat avslutsdatum", "Kontaktperson"],
      ["Nordström AB", "2026-11-10", "2026-12-31", "Karin Berg"],
      ["Holm & Söner", "2026-09-01", "2026-10-31", "Per Holm"],
      ["Vik Bygg AB", "2026-11-02", "2027-03-31", "Anna Vik"],
    ];
    const report = analyzeSheet({ values }, { today: TODAY });
    expect(report.header.columns.date).toBeUndefined();
    expect(report.header.historyDates).toEqual([1, 2]);
  });
});

describe("more closed words and header words from form and task exports", () => {
  it("closes 'Converted' (not 'Not converted') and Portuguese 'Concluída'", () => {
    expect(closedMatcher(DEFAULT_CLOSED_STATUSES)("Converted")).toBe(true);
    expect(closedMatcher(DEFAULT_CLOSED_STATUSES)("Not converted")).toBe(false);
    expect(closedMatcher(CLOSED_WORDS_BY_LANGUAGE.get("pt") ?? [])("Concluída")).toBe(true);
  });

  it("reads 'R. M.' as the owner, 'Remark' as the notes and 'Landline 1' as the phone", () => {
    expect(best("R. M.")).toBe("owner");
    expect(best("Relationship Manager")).toBe("owner");
    expect(best("Remark")).toBe("notes");
    expect(best("Landline 1")).toBe("phone");
    expect(best("Form")).toBeUndefined();
  });

  it("a '… date' header that names nothing about the follow-up does not beat a bare Date", () => {
    expect(detectHeader([["Company", "Date", "Invoice date"]], {}, noDates).columns.date).toBe(1);
    expect(detectHeader([["Company", "Invoice date", "Follow-up deadline"]], {}, noDates).columns.date).toBe(2);
    expect(matchHeader("Fecha próxima llamada").map((m) => m.role)).toContain("date");
  });
});

describe("numbered repeats of a column (SalesMgr1, Mobile2, Email2)", () => {
  it("reads the name before the number", () => {
    expect(best("SalesMgr1")).toBe("owner");
    expect(best("Mobile2")).toBe("phone");
    expect(best("Email2")).toBe("email");
  });
});

describe("a list of people with no company column", () => {
  it("takes the person's column for the prospect (Full Name, Contact Name, Nombre completo)", () => {
    for (const name of ["Full Name", "Contact Name", "Nombre completo"]) {
      const values = [
        [name, "Next step", "Due"],
        ["Ana Ruiz", "Call", "2026-11-27"],
      ];
      const report = analyzeSheet({ values }, { today: TODAY });
      expect(report.header.columns).toEqual({ prospect: 0, nextStep: 1, date: 2 });
      expect(report.rows[0]).toMatchObject({ prospect: "Ana Ruiz", state: "dueSoon" });
    }
  });

  it("does not take a bare 'Contact' for the prospect: beside an unknown company column it is the person there", () => {
    const found = detectHeader([["Outfit", "Contact", "Next step", "Due"]], {}, noDates);
    expect(found.found).toBe(false);
  });

  it("keeps the person as the contact when a company column is there", () => {
    expect(detectHeader([["Full Name", "Company", "Due"]], {}, noDates).columns).toEqual({
      contact: 0,
      prospect: 1,
      date: 2,
    });
  });
});

describe("verdict columns and 'Not Qualified'", () => {
  it("closes a row whose Won/Lost column says Lost, whatever its status says", () => {
    const values = [
      ["Name", "Status", "Next step", "Due", "Won/Lost"],
      ["Lee Park", "Decided", "", "", "Lost"],
      ["Maya Chen", "Waiting", "Call", "2026-11-27", ""],
    ];
    const report = analyzeSheet({ values }, { today: TODAY });
    expect(report.header.closers).toEqual([4]);
    expect(report.rows.map((r) => r.state)).toEqual(["closed", "dueSoon"]);
  });

  it("closes 'Not Qualified' but not 'Not closed yet'", () => {
    const isClosed = closedMatcher(DEFAULT_CLOSED_STATUSES);
    expect(isClosed("Not Qualified")).toBe(true);
    expect(isClosed("Not closed yet")).toBe(false);
  });
});

describe("a status column about the record, not the deal, closes nothing", () => {
  it("leaves a lead open whose Salesforce CleanStatus (Data.com) is Inactive, and still closes on Status", () => {
    const values = [
      ["Company", "Status", "CleanStatus", "Next_Step__c", "Next_Step_Date__c"],
      ["Acme", "Working - Contacted", "Inactive", "Call back", "2026-11-27"],
      ["Globex", "Closed - Not Converted", "Matched", "Call back", "2026-11-28"],
    ];
    const report = analyzeSheet({ values }, { today: TODAY });
    expect(report.rows.map((r) => r.state)).toEqual(["dueSoon", "closed"]);
  });

  it("still lets a Stage beside Status close a row", () => {
    const values = [
      ["Company", "Status", "Stage", "Next step", "Due"],
      ["Acme", "Open", "Closed Lost", "Call back", "2026-11-27"],
    ];
    expect(analyzeSheet({ values }, { today: TODAY }).rows[0].state).toBe("closed");
  });
});
