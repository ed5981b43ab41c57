/** The field patterns of issue 11, one rule at a time (the corpus in fieldLayouts.test.ts runs them on real layouts). */
import { analyzeSheet } from "../../src/core";

const TODAY = "2026-11-25";
const analyze = (values: unknown[][], options: Partial<Parameters<typeof analyzeSheet>[1]> = {}) =>
  analyzeSheet({ values }, { today: TODAY, ...options });
const states = (values: unknown[][], options = {}) => analyze(values, options).rows.map((r) => [r.prospect, r.state]);

describe("history dates are never the follow-up date", () => {
  it.each([
    ["Create Date"],
    ["Created"],
    ["Date added"],
    ["Last contacted"],
    ["Last Activity Date"],
    ["Last engagement"],
    ["Last touch"],
    ["Date Applied"],
    ["Date sent"],
    ["Close Date"],
    ["Start date"],
    ["Birthday"],
    ["Fecha de alta"],
    ["Erstellt am"],
    ["Dernier contact"],
    ["Última atividade"],
    ["Laatste contact"],
  ])("%p is refused, and the report says why", (history) => {
    const report = analyze([
      ["Company", "Next step", history],
      ["Acme", "Call", "2026-10-01"],
      ["Globex", "Mail", "2026-09-01"],
    ]);
    expect(report.header.columns.date).toBeUndefined();
    expect(report.header.missing).toEqual(["date"]);
    expect(report.header.historyDates).toEqual([2]);
    expect(report.notes?.[0]).toContain(`Only history dates found (${history})`);
    expect(report.counts.overdue).toBe(0);
  });

  it("a follow-up date beside history dates is the date", () => {
    const report = analyze([
      ["Company", "Created", "Next step", "Follow-up", "Last contacted"],
      ["Acme", "2026-01-01", "Call", "2026-11-30", "2026-11-01"],
    ]);
    expect(report.header.columns.date).toBe(3);
    expect(report.notes).toBeUndefined();
  });

  it("the rep's mapping may still choose a history column", () => {
    const report = analyze(
      [
        ["Company", "Next step", "Last Activity Date"],
        ["Acme", "Call", "2026-11-20"],
      ],
      { columns: { prospect: 0, nextStep: 1, date: 2 } },
    );
    expect(report.rows[0].state).toBe("overdue");
  });
});

describe("closed rows: Status and Stage, opt-outs, the sheet's language, Settings", () => {
  it("either Status or Stage closes a row", () => {
    expect(
      states([
        ["Company", "Next step", "Due", "Status", "Deal Stage"],
        ["A", "", "", "Open", "Closed Won"],
        ["B", "", "", "Lost – no budget", "Proposal"],
        ["C", "Call", "2026-11-30", "Open", "Proposal"],
      ]),
    ).toEqual([
      ["A", "closed"],
      ["B", "closed"],
      ["C", "dueSoon"],
    ]);
  });

  it.each([[true], ["yes"], ["Y"], ["x"], [1], ["TRUE"], ["Oui"], ["ja"], [" yes\u00a0"]])(
    "a %p in an opt-out column closes the row",
    (yes) => {
      const values = [
        ["Company", "Next step", "Due", "Do Not Call"],
        ["A", "", "", yes],
        ["B", "", "", "no"],
      ];
      expect(states(values)).toEqual([
        ["A", "closed"],
        ["B", "incomplete"],
      ]);
    },
  );

  it("the header's language brings its closed words; an English sheet does not read 'Verloren' as closed", () => {
    const german = [
      ["Firma", "Nächster Schritt", "Wiedervorlage", "Status"],
      ["A", "", "", "Verloren"],
    ];
    const english = [
      ["Company", "Next step", "Due", "Status"],
      ["A", "", "", "Verloren"],
    ];
    expect(states(german)).toEqual([["A", "closed"]]);
    expect(states(english)).toEqual([["A", "incomplete"]]);
  });

  it("the Settings words replace the defaults", () => {
    const values = [
      ["Company", "Next step", "Due", "Status"],
      ["A", "", "", "Won"],
      ["B", "", "", "Signed - 3/12"],
    ];
    expect(states(values, { closedStatuses: ["signed"] })).toEqual([
      ["A", "incomplete"],
      ["B", "closed"],
    ]);
    expect(states(values, { closedStatuses: [] })).toEqual([
      ["A", "incomplete"],
      ["B", "incomplete"],
    ]);
  });
});

describe("roles by the values under the header", () => {
  it("a phone-valued 'Contact #' is the phone, 'Name' beside 'Agency' the contact, the agency the prospect", () => {
    const report = analyze([
      ["Name", "Agency", "Contact #", "Next Step", "Follow up"],
      ["Dana Lee", "Acme Realty", "(206) 555-0142", "Call", "2026-11-30"],
      ["Hank Scorpio", "Globex", "+1 312 555 0199", "Mail", "2026-11-30"],
    ]);
    expect(report.header.columns).toMatchObject({ contact: 0, prospect: 1, phone: 2 });
  });

  it("an e-mail-valued column is the email whatever its header, and of repeated 'Email' the first that holds addresses", () => {
    const report = analyze([
      ["Company", "Email", "Email", "Reach at", "Next step", "Due"],
      ["Acme", "", "dana@acme.example", "", "Call", "2026-11-30"],
      ["Globex", "", "hank@globex.example", "", "Mail", "2026-11-30"],
    ]);
    expect(report.header.columns.email).toBe(2);
    const other = analyze([
      ["Company", "Reach at", "Next step", "Due"],
      ["Acme", "dana@acme.example", "Call", "2026-11-30"],
      ["Globex", "hank@globex.example", "Mail", "2026-11-30"],
    ]);
    expect(other.header.columns.email).toBe(1);
  });

  it("Account Name beats Opportunity Name; Sales Representative, Assigned to and Account owner are the owner", () => {
    for (const owner of ["Sales Representative", "Assigned to", "Account owner"]) {
      const report = analyze([
        ["Opportunity Name", "Account Name", owner, "Next Step", "Next Step Date"],
        ["500 seats", "Acme", "Sam", "Call", "2026-11-30"],
      ]);
      expect(report.header.columns).toMatchObject({ prospect: 1, owner: 2 });
    }
  });
});

describe("rows that are no prospects", () => {
  it("totals, headings, legends and a stray note are set aside; a prospect with only its name is not", () => {
    const report = analyze([
      ["Company", "Next step", "Due", "Value"],
      ["HOT LEADS"],
      ["Acme", "Call", "2026-11-30", 100],
      ["Cold Stone Creamery"],
      ["Totals", "", "", 100],
      ["Sum", "", "", 100],
      ["Count", "", "", 2],
      ["Total Deals:", 2],
      [],
      ["Legend"],
      ["Red", "overdue"],
      ["Amber", "due today"],
      [],
      ["x"],
    ]);
    expect(report.rows.map((r) => r.prospect)).toEqual(["Acme", "Cold Stone Creamery"]);
    expect(report.ignoredRows).toEqual([2, 5, 6, 7, 8, 10, 11, 12, 14]);
    expect(report.counts.incomplete).toBe(1);
    expect(report.counts.missingNextStep).toBe(1);
  });

  it("a second section's header row (or an export pasted below with its header) is set aside, not a prospect", () => {
    const report = analyze([
      ["Company", "Contact", "Next step", "Follow-up date", "Status"],
      ["Acme", "Jane", "Call", "2026-11-30", "Open"],
      [],
      ["COLD LEADS"],
      ["company", "Contact", "Next Step", "Follow-up Date", "Status"],
      ["Initech", "Bill", "Demo", "2026-12-09", "Open"],
      ["Company", "", "Follow-up", "", ""], // names a company "Company" with a real step: still a prospect
    ]);
    expect(report.rows.map((r) => r.prospect)).toEqual(["Acme", "Initech", "Company"]);
    expect(report.ignoredRows).toEqual([4, 5]);
    expect(report.counts.incomplete).toBe(1);
  });

  it("a company named Total with a next step is a prospect", () => {
    expect(
      states([
        ["Company", "Next step", "Due"],
        ["Total", "Call", "2026-11-30"],
      ]),
    ).toEqual([["Total", "dueSoon"]]);
  });
});

describe("CRM field names and other languages find the header", () => {
  it.each([
    [["AccountName", "StageName", "NextStep", "ActivityDate"], { prospect: 0, status: 1, nextStep: 2, date: 3 }],
    [["dealname", "dealstage", "next_step", "hs_next_activity_date"], { prospect: 0, status: 1, nextStep: 2, date: 3 }],
    [
      ["Organization - Name", "Deal - Stage", "Deal - Next activity date", "Next steps"],
      { prospect: 0, status: 1, date: 2, nextStep: 3 },
    ],
    [
      ["empresa", "contacto", "etapa", "próximo paso", "fecha de seguimiento"],
      { prospect: 0, contact: 1, status: 2, nextStep: 3, date: 4 },
    ],
    [
      ["Firma", "Ansprechpartner", "Phase", "Nächster Schritt", "Wiedervorlage"],
      { prospect: 0, contact: 1, status: 2, nextStep: 3, date: 4 },
    ],
    [
      ["Entreprise", "Interlocuteur", "Statut", "Prochaine étape", "Date de relance"],
      { prospect: 0, contact: 1, status: 2, nextStep: 3, date: 4 },
    ],
    [
      ["Bedrijf", "Contactpersoon", "Fase", "Volgende stap", "Opvolgdatum"],
      { prospect: 0, contact: 1, status: 2, nextStep: 3, date: 4 },
    ],
    [
      ["Azienda", "Referente", "Stato", "Prossimo passo", "Data ricontatto"],
      { prospect: 0, contact: 1, status: 2, nextStep: 3, date: 4 },
    ],
    [
      ["Empresa", "Contato", "Etapa", "Próxima ação", "Data de retorno"],
      { prospect: 0, contact: 1, status: 2, nextStep: 3, date: 4 },
    ],
  ])("%p", (header, columns) => {
    expect(analyze([header, ["Acme", "x", "y", "Call", "2026-11-30"]]).header.columns).toMatchObject(columns);
  });
});

describe("repeated header names", () => {
  it("of two 'Next Step' columns, an empty first one gives way to the filled one", () => {
    const report = analyze([
      ["Company", "Next Step", "Next Step", "Due"],
      ["Acme", "", "Call Dana", "2026-11-30"],
      ["Globex", "", "Send deck", "2026-11-30"],
    ]);
    expect(report.header.columns.nextStep).toBe(2);
    expect(report.rows.map((r) => r.state)).toEqual(["dueSoon", "dueSoon"]);
  });

  it("when both are filled, the first one stays", () => {
    const report = analyze([
      ["Company", "Next Step", "Next Step", "Due"],
      ["Acme", "Call", "Mail", "2026-11-30"],
    ]);
    expect(report.header.columns.nextStep).toBe(1);
  });
});
