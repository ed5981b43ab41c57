/**
 * Pipelines of other trades: an estate agency's call list for its setters, a Brazilian consultancy's lead sheet, a
 * Flemish solar-maintenance firm's lead follow-up export, a recruiter's candidate-wise interview tracker.
 */
import type { FieldLayout } from "./types";

export const PIPELINES: FieldLayout[] = [
  {
    name: "Lista chiamate di un'agenzia immobiliare (Nome, Cellulare, Tel fisso, Esito, Note chiamata, Appuntamento (data/ora))",
    // The setters' work sheet of an estate agency's master workbook: three lines of title and legend, then the
    // columns and the outcome drop-down (Da chiamare … Appuntamento fissato … Non interessato, Numero errato). Mobile
    // numbers come from the requests; some people only left a landline.
    source: "code search: Python openpyxl builder of 'Master IMEON - L'agenzia alle torri' (sheet SETTER_CHIAMATE)",
    language: "it",
    dateOrder: "DMY",
    values: [
      ["SETTER_CHIAMATE - la tua lista di lavoro"],
      [
        "700 verdi (A) - 920 gialli (B) - 870 grigi (C). Inizia dai verdi in alto. Ordina/filtra a piacere ma lavora top-down.",
      ],
      ["VERDE = chiama PRIMA   |   GIALLO = dopo i verdi   |   GRIGIO = solo dopo i gialli"],
      [
        ...["#", "Nome", "Prio", "Zona/Comune", "Tipo cercato", "Budget", "Motivo", "Quando"],
        ...["Cosa dire (gancio acquisizione)", "Dettaglio richiesta (storico)", "Cellulare", "Tel fisso", "Esito"],
        ...["Note chiamata", "Appuntamento (data/ora)"],
      ],
      [
        ...[1, "Rossi Marco", "A", "Firenze", "Trilocale", "320.000 EUR", "Acquisto", "2025-03-14"],
        ...["PERMUTA - cercava Trilocale a Firenze (2025) cambiando casa: ha quasi certamente un immobile da vendere."],
        ...["Cerca trilocale zona Isolotto", "3331234567", "", "Appuntamento fissato"],
        ...["Ha bilo da vendere in zona, valutazione fissata", "03/12/2026 18:00"],
      ],
      [
        ...[2, "Bianchi Laura", "A", "Scandicci", "Quadrilocale", "410.000 EUR", "Acquisto", "2025-05-02"],
        ...["Cercava PRIMA CASA: Quadrilocale a Scandicci (2025). Chiedi: mutuo o appartamento da vendere?", ""],
        ...["3479876543", "055 123456", "Da richiamare", "Segreteria, richiamare in settimana", "24/11/2026 10:00"],
      ],
      [
        ...[3, "Conti Paolo", "B", "Firenze", "Bilocale", "", "Acquisto", "2024-11-20"],
        ...["Cercava Bilocale a Firenze (2024). Apri sulla casa cercata.", "", "3391112223", "", "Da chiamare", "", ""],
      ],
      [
        ...[4, "Neri Giulia", "C", "Firenze", "Bilocale", "", "Locazione", "2023-09-10"],
        ...[
          "Cercava in AFFITTO Bilocale a Firenze (2023). Probabile inquilino.",
          "",
          "3205556667",
          "",
          "Non interessato",
        ],
        ...["Non vuole essere ricontattata", ""],
      ],
      [
        ...[5, "Galli Sara", "C", "Lastra A Signa", "Villetta", "", "Acquisto", "2022-06-01"],
        ...["Cercava Villetta a Lastra A Signa (2022).", "", "", "055 7654321", "Numero errato", "", ""],
      ],
    ],
    // The person is who to call; the setter dials the mobile first. The outcome is the status, the appointment the
    // next date ("Quando" is when the request came in). "Cosa dire" is a script, not a step: the rep maps the step.
    // Not interested and a wrong number end the row.
    expect: {
      headerRow: 4,
      columns: { prospect: 1, phone: 10, status: 12, notes: 13, date: 14 },
      missing: ["nextStep"],
      states: { 5: "scheduled", 6: "overdue", 7: "incomplete", 8: "closed", 9: "closed" },
    },
  },
  {
    name: "Planilha de leads (Nome do cliente, CNPJ da Empresa, Telefone de Contato, Status2, Data próximo contato)",
    // The import template a Brazilian consultancy's CRM ships for its leads spreadsheet: its header and value forms
    // (15/01/2026, (37) 9876-2802, R$ 25.424,00); Status2 holds the funnel stage (Captação, Qualificação, Perdido).
    source: "github.com/JairTVRS/CRM_FMT Modelo-Importacao-Leads.csv",
    language: "pt",
    dateOrder: "DMY",
    values: [
      [
        ...["Data Cadastro", "Quem atendeu?", "Nome do cliente", "CNPJ da Empresa", "Segmento", "Cidade"],
        ...["Telefone de Contato", "Canal", "Advisor", "Status2", "Data Ultimo Contato", "Data próximo contato"],
        ...["Data Fechamento", "Valor Proposta (Contrato Ano)", "Valor Diagnóstico", "Link Site da Empresa"],
        ...["Link Instagram da Empresa", "Observações"],
      ],
      [
        ...[
          "15/01/2026",
          "Daby",
          "ACATTO INDÚSTRIA DE CALÇADOS",
          "7091149000172",
          "VAREJO",
          "Araújos",
          "(37) 9876-2802",
        ],
        ...["Inbound", "", "Qualificação", "10/11/2026", "23/11/2026", "", "R$ 25.424,00", "R$ 5.683,00"],
        ...["https://www.exemplo.com.br", "https://instagram.com/exemplo", "Entrei em contato, aguardando retorno"],
      ],
      [
        ...["02/09/2026", "Daby", "EMPRESA TIÃO CALÇADOS", "42830208000188", "INDÚSTRIA", "Formiga", "(37) 99841-4701"],
        ...["outbound", "Carlos", "Captação", "18/11/2026", "30/11/2026", "", "R$ 47.798,00", "R$ 5.090,00"],
        ...["https://www.tiaocalcados.com.br/", "https://www.instagram.com/tiaocalcados/", ""],
      ],
      [
        ...["17/02/2026", "Daby", "FUTURE PRO", "55474384000176", "INDÚSTRIA", "", "(37) 9966-1539", "eventos", ""],
        ...["Perdido", "10/05/2026", "22/05/2026", "", "R$ 101.699,00", "R$ 3.600,00", "", "", ""],
      ],
    ],
    // The client is who to call (the CNPJ is its tax number, the links its pages); the last contact and the closing
    // are history, the next contact is the date. No column says what to do next: the rep maps it.
    expect: {
      headerRow: 1,
      columns: { prospect: 2, phone: 6, status: 9, date: 11, notes: 17 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "dueSoon", 4: "closed" },
    },
  },
  {
    name: "Lead opvolging van een zonnepanelenbedrijf (Bedrijf, Contact, Volgende actie, Datum actie, No-go)",
    // The app's "Exporteer naar Excel" sheet: its LABELS in LEAD_HEADERS order, its statuses (Nieuw, Gecontacteerd,
    // Opvolgen, Interesse / gesprek, Offerte verstuurd, Gewonnen, Verloren, No-go) and its example leads; pandas
    // writes the date columns as Excel dates (46350 = 24 Nov 2026).
    source: "code search: Solvigo 'Lead opvolging' Streamlit app (core/config.py LABELS, LEAD_HEADERS, STATUSES)",
    language: "nl",
    dateOrder: "DMY",
    values: [
      [
        ...["ID", "Bedrijf", "Type", "Contact", "Functie", "E-mail", "Telefoon", "Regio", "# Panelen", "Bron"],
        ...["Status", "1e contact", "Laatste contact", "Volgende actie", "Datum actie", "Notities"],
      ],
      [
        ...["a1f3", "Kempen Solar bvba", "Installateur", "Tom Peeters", "Zaakvoerder", "info@kempensolar.be"],
        ...["014 12 34 56", "Herentals", 0, "Google Maps", "Gecontacteerd", 46343, 46343, "Bellen voor afspraak"],
        ...[46350, "1e mail gestuurd, nog geen reactie."],
      ],
      [
        ...["b7c2", "BioEnergie Geel NV", "Eindklant industrieel", "Sofie Janssens", "Facility manager"],
        ...["s.janssens@bioenergiegeel.be", "014 98 76 54", "Geel", 4200, "LinkedIn", "Interesse / gesprek", 46337],
        ...[46348, "Offerte opmaken", 46353, "Biogassite. Interesse in jaarcontract."],
      ],
      [
        ...["c9d4", "Zonnedak O&M", "O&M", "Bart Willems", "Operations", "bart@zonnedak.be", "03 456 78 90"],
        ...["Antwerpen", 1500, "Beurs", "Offerte verstuurd", 46330, 46346, "Opvolgen offerte", 46362],
        "Offerte 1.500 panelen verstuurd. Vraagt referenties.",
      ],
      [
        ...["d2e8", "Noorderlicht Energie", "Eindklant industrieel", "Lies Claes", "Aankoper", "lies@noorderlicht.be"],
        ...["011 22 33 44", "Hasselt", 800, "Beurs", "No-go", 46300, 46320, "", "", "Geen budget dit jaar."],
      ],
    ],
    // The company is who to follow up; the first and last contact are history, "Datum actie" is when the next action
    // is due. A no-go ends the lead.
    expect: {
      headerRow: 1,
      columns: { prospect: 1, contact: 3, email: 5, phone: 6, status: 10, nextStep: 13, date: 14, notes: 15 },
      states: { 2: "overdue", 3: "dueSoon", 4: "scheduled", 5: "closed" },
    },
  },
  {
    name: "Candidate-wise interview tracker (Candidate Name, R1/R2 Interview Date and Status, Final Status, Recruiter)",
    // A recruitment team's tracker as its app exports it: a title, a line of instructions, the header, dates written
    // "18-Nov-26" (September as "Sept"), round statuses Cleared/Rejected/Pending and the final verdict.
    source:
      "code search: recruitment dashboard's 'CANDIDATE-WISE INTERVIEW TRACKER' CSV export (S.No, Candidate Name …)",
    language: "en",
    dateOrder: "DMY",
    values: [
      ["CANDIDATE-WISE INTERVIEW TRACKER"],
      ["One row per candidate. 'Final Status' drives the Dashboard pipeline counts — use the exact dropdown values."],
      [
        ...["S.No", "Candidate Name", "Position Applied For", "Source", "CV Received Date", "R1 Interview Date"],
        ...[
          "R1 Status",
          "R2 Interview Date",
          "R2 Status",
          "Final Status",
          "Offer/Joining Date",
          "Recruiter",
          "Remarks",
        ],
      ],
      [
        1,
        "Rohan Verma",
        "DPM",
        "Naukri",
        "10-Nov-26",
        "18-Nov-26",
        "Cleared",
        "27-Nov-26",
        "",
        "",
        "",
        "Sharmila Yadav",
        "",
      ],
      [
        2,
        "Priya Nair",
        "EA",
        "Referrals",
        "12-Nov-26",
        "24-Nov-26",
        "",
        "",
        "",
        "",
        "",
        "Sharmila Yadav",
        "Asked to reschedule",
      ],
      [
        ...[3, "Amit Shah", "Architect", "LinkedIn", "2-Oct-26", "9-Oct-26", "Cleared", "16-Oct-26", "Cleared"],
        ...["Selected", "2-Nov-26", "Sharmila Yadav", "Joined"],
      ],
      [
        ...[
          4,
          "Kavya Rao",
          "Talent",
          "Indeed",
          "5-Oct-26",
          "12-Oct-26",
          "Cleared",
          "20-Oct-26",
          "Rejected",
          "Rejected",
        ],
        ...["", "Sharmila Yadav", ""],
      ],
      [
        ...[
          5,
          "Vikram Joshi",
          "Project Manager",
          "Naukri",
          "15-Oct-26",
          "22-Oct-26",
          "Cleared",
          "30-Oct-26",
          "Cleared",
        ],
        ...["R2 Cleared / Offer Pending", "1-Dec-26", "Sharmila Yadav", "Offer released, awaiting joining"],
      ],
      [6, "Neha Gupta", "Driver", "Apna", "30-Sept-26", "", "", "", "", "", "", "Sharmila Yadav", ""],
    ],
    // The candidate is who the recruiter follows up; the final verdict is the status (a selected or rejected
    // candidate needs nothing more), the remarks are notes. The CV date is history.
    expect: {
      headerRow: 3,
      columns: { prospect: 1, status: 9, notes: 12 },
      missing: ["nextStep"],
      states: { 4: "dueSoon", 5: "overdue", 6: "closed", 7: "closed", 8: "dueSoon", 9: "incomplete" },
    },
    outOfReach: {
      checks: ["row 4 state", "row 8 state"],
      why: "the next date sits in whichever round comes next (R1, then R2 Interview Date, then Offer/Joining Date); NextStep reads one date column, the first round's",
    },
  },
];
