/** Pipelines of other trades: an estate agency's call list for its setters. */
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
];
