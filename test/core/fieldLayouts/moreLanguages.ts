/**
 * A Swedish deal list and a Portuguese task export: the deal card fields of Lime CRM's onboarding guide, and the task
 * list of a distributor's workspace (state groups Vencidas, Futuras, Concluídas).
 */
import type { FieldLayout } from "./types";

export const MORE_LANGUAGES: FieldLayout[] = [
  {
    name: "Affärslista (Företag, Kontaktperson, Affärsansvarig, Status, förväntat avslutsdatum)",
    // The deal card's general fields, its example statuses (Kundkontakt, Behovsanalys, Offert, Avtal) and its dates:
    // when the quote was sent, the expected closing month, the date of agreement or rejection.
    source: "https://customer.lime-technologies.com/sv/guides/steg-5-affarer/",
    language: "sv",
    dateOrder: "YMD",
    values: [
      [
        "Affärsnamn",
        "Företag",
        "Kontaktperson",
        "Affärsansvarig",
        "Status",
        "Affärsvärde",
        "Sannolikhet",
        "Vägt värde",
        "Offert skickad",
        "Förväntat avslutsdatum",
        "Datum för avtal/avslag",
      ],
      [
        "Nytt lagersystem",
        "Nordström Logistik AB",
        "Karin Berg",
        "Erik Lund",
        "Offert",
        250000,
        0.5,
        125000,
        "2026-11-10",
        "2026-12-31",
        "",
      ],
      [
        "Servicepaket 2027",
        "Holm & Söner",
        "Per Holm",
        "Sara Ek",
        "Förlorad",
        40000,
        0,
        0,
        "2026-09-01",
        "2026-10-31",
        "2026-10-15",
      ],
      ["Licenser", "Vik Bygg AB", "Anna Vik", "Erik Lund", "Kundkontakt", 60000, 0.1, 6000, "", "2027-03-31", ""],
    ],
    // Only history and forecast dates, no next step: the rep maps them (asks the rep).
    expect: {
      headerRow: 1,
      columns: { prospect: 1, contact: 2, owner: 3, status: 4 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
      note: /Only history dates found \(Offert skickad, Förväntat avslutsdatum, Datum för avtal\/avslag\)/,
    },
  },
  {
    name: "Exportação de tarefas (Estado, Título, Responsável, Data de vencimento, Cliente)",
    // The task list's fields (title: what needs doing; who is responsible; due date; creator) and its linked client.
    source: "https://docs.wiseparts.ai/pt/workspace/tasks",
    language: "pt",
    dateOrder: "DMY",
    values: [
      ["Estado", "Título", "Tipo", "Responsável", "Data de vencimento", "Cliente", "Criador"],
      ["Vencida", "Ligar sobre o orçamento", "Chamada", "Rui Costa", "20/11/2026", "Auto Peças Lima", "Ana Sousa"],
      ["Futura", "Visita ao armazém", "Visita", "Rui Costa", "09/12/2026", "Oficina Braga", "Rui Costa"],
      ["Concluída", "Enviar catálogo", "E-mail", "Ana Sousa", "10/11/2026", "Peças Norte", "Ana Sousa"],
    ],
    // "Título" alone may be a job title elsewhere: the rep confirms it is the step (asks the rep). The dates still tell.
    expect: {
      headerRow: 1,
      columns: { status: 0, owner: 3, date: 4, prospect: 5 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "scheduled", 4: "closed" },
    },
  },
];
