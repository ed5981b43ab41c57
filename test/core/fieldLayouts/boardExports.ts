/** Work-management boards exported to Excel: monday.com lists each group under its title with the header again. */
import type { FieldLayout } from "./types";

const SCHOOLS_HEADER = [
  ...["Name", "Subitems", "Type school", "Relatiestatus", "Salesfase", "Datum eerste contact"],
  ...["Datum laatste contact", "Datum volgende actie", "Hoofdcontactpersoon"],
];

export const BOARD_EXPORTS: FieldLayout[] = [
  {
    name: "monday.com board export, Dutch school CRM (two groups, each with its title and the header again)",
    // The board "1: Scholen (Master Data)" of an education company's sales assistant: its columns by the titles its
    // column map and write-back notes name (Type school, Relatiestatus, Salesfase, Datum laatste contact, Datum
    // volgende actie, hoofdcontactpersoon); laid out as monday.com exports a board (board name, then per group its
    // title with "Try it free →", the "Name | Subitems | …" header and the items), as importers of such files parse it.
    source:
      "code search: Sales V1 monday column map (SCHOLEN_KOLOM: typeSchool, relatiestatus, salesfase, datumVolgendeActie …); parsers of monday.com exports (board name row, group rows, Name/Subitems header)",
    language: "nl",
    dateOrder: "DMY",
    values: [
      ["1: Scholen (Master Data)"],
      ["Actief", "", "Try it free →"],
      SCHOOLS_HEADER,
      [
        ...["OBS De Regenboog", "", "Basisschool", "Prospect", "Demo gepland", "2026-10-01", "2026-11-12"],
        ...["2026-11-24", "Els de Vries"],
      ],
      [
        ...["Het Baken College", "", "Voortgezet onderwijs", "Prospect", "Offerte", "2026-09-15", "2026-11-20"],
        ...["2026-11-27", "Mark Jansen"],
      ],
      ["CBS De Wegwijzer", "", "Basisschool", "Lead", "Eerste contact", "2026-11-18", "2026-11-18", "", "Anouk Bakker"],
      [],
      ["Klanten", "", "Try it free →"],
      SCHOOLS_HEADER,
      [
        ...["Montessori Lyceum Oost", "", "Voortgezet onderwijs", "Klant", "Gewonnen", "2026-03-02", "2026-10-05"],
        ...["", "Peter Smit"],
      ],
      ["Dalton De Linde", "", "Basisschool", "Oud-klant", "Verloren", "2025-11-11", "2026-06-30", "", "Sanne Visser"],
    ],
    // Each item is a school to follow up; the first and last contact are history, the next action's date is the
    // date. The second group's title and header are no schools. Won and lost end the row, whichever of the two
    // status columns says so. No column says what the next action is: the rep maps it.
    expect: {
      headerRow: 3,
      columns: { prospect: 0, date: 7, contact: 8 },
      missing: ["nextStep"],
      states: { 4: "overdue", 5: "dueSoon", 6: "incomplete", 10: "closed", 11: "closed" },
    },
  },
];
