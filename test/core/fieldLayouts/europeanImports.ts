/**
 * Sheets in Dutch, French, German, Italian, Polish and Spanish from import templates and CRM help pages: Teamleader's
 * deal import in four languages, a Polish lead list, two Spanish lead and contact lists. None has a follow-up column: the
 * rep maps it, so each checks that the product asks instead of guessing, and reads the statuses right meanwhile.
 */
import type { FieldLayout } from "./types";

export const EUROPEAN_IMPORTS: FieldLayout[] = [
  {
    name: "Teamleader deal import (Naam van de klant, Verantwoordelijke, Fase)",
    // Required: Naam van de klant, Titel; optional: Verantwoordelijke, Contact, Fase. Dates YYYY-MM-DD or DD/MM/YYYY.
    source:
      "https://support.teamleader.eu/nl/support/solutions/articles/7000018234-how-to-deals-importeren-in-teamleader",
    language: "nl",
    dateOrder: "DMY",
    values: [
      ["Naam van de klant", "Titel", "Verantwoordelijke", "Contact", "Fase"],
      ["Bakkerij Janssens", "Website redesign", "Sofie Peeters", "Jan Janssens", "Offerte verstuurd"],
      ["Garage De Smet", "Onderhoudscontract", "Tom Claes", "Els De Smet", "Gewonnen"],
      ["Brouwerij Het Anker", "Etiketten 2027", "Sofie Peeters", "", "Nieuw"],
    ],
    expect: {
      headerRow: 1,
      columns: { prospect: 0, owner: 2, contact: 3, status: 4 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
    },
  },
  {
    name: "Teamleader import d'opportunités (Nom du client, Responsabilité, Phase)",
    source:
      "https://support.teamleader.eu/fr/support/solutions/articles/7000018234-mode-d-emploi-importer-des-opportunit%C3%A9s-dans-teamleader",
    language: "fr",
    dateOrder: "DMY",
    values: [
      ["Nom du client", "Titre", "Responsabilité", "Contact", "Phase"],
      ["Boulangerie Martin", "Refonte du site", "Claire Dubois", "Paul Martin", "Devis envoyé"],
      ["Garage Leroy", "Contrat d'entretien", "Luc Bernard", "Anne Leroy", "Perdue"],
      ["Atelier Moreau", "Étiquettes 2027", "Claire Dubois", "", "Nouvelle"],
    ],
    expect: {
      headerRow: 1,
      columns: { prospect: 0, owner: 2, contact: 3, status: 4 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
    },
  },
  {
    name: "Teamleader Deal-Import (Kunde, Titel, Account Manager, Phase)",
    source:
      "https://support.teamleader.eu/de/support/solutions/articles/7000018234-faq-kann-ich-deals-zu-teamleader-importieren-",
    language: "de",
    dateOrder: "DMY",
    values: [
      ["Kunde", "Titel", "Account Manager", "Kontakt", "Phase"],
      ["Bäckerei Huber", "Website-Relaunch", "Jonas Weber", "Maria Huber", "Angebot verschickt"],
      ["Autohaus Krause", "Wartungsvertrag", "Lena Vogel", "Peter Krause", "Gewonnen"],
      ["Druckerei Lang", "Etiketten 2027", "Jonas Weber", "", "Neu"],
    ],
    expect: {
      headerRow: 1,
      columns: { prospect: 0, owner: 2, contact: 3, status: 4 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
    },
  },
  {
    name: "Teamleader importazione opportunità (Nome cliente, Responsabilità, Contatto, Fase)",
    // Required: Nome cliente, Titolo; optional: Responsabilità (the deal's owner), Contatto, Fase.
    source:
      "https://support.teamleader.eu/it/support/solutions/articles/7000018234-how-to-posso-importare-opportunit%C3%A0-in-teamleader-",
    language: "it",
    dateOrder: "DMY",
    values: [
      ["Nome cliente", "Titolo", "Responsabilità", "Contatto", "Fase"],
      ["Panificio Rossi", "Nuovo sito web", "Giulia Bianchi", "Marco Rossi", "Preventivo inviato"],
      ["Officina Conti", "Contratto di manutenzione", "Luca Ferri", "Sara Conti", "Persa"],
      ["Tipografia Gallo", "Etichette 2027", "Giulia Bianchi", "", "Nuova"],
    ],
    expect: {
      headerRow: 1,
      columns: { prospect: 0, owner: 2, contact: 3, status: 4 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
    },
  },
  {
    name: "Lista leadów (Status leadu, Nazwa, Partner, Sprzedawca, Spodziewane zamknięcie)",
    // The lead card's fields in lsFusion's Polish user guide; a lost lead gets the status "Porażka".
    source: "https://mycompany-docs.lsfusion.org/pl/crm/kanban",
    language: "pl",
    dateOrder: "DMY",
    values: [
      [
        "Status leadu",
        "Nazwa",
        "Typ leadu",
        "Partner",
        "Spodziewany przychód",
        "Spodziewane zamknięcie",
        "Priorytet leadu",
        "Tagi leadu",
        "Sprzedawca",
        "Opis",
        "Telefon",
        "Email",
      ],
      [
        "Oferta wysłana",
        "Dostawa palet",
        "Hurt",
        "Drewpol Sp. z o.o.",
        25000,
        "15.12.2026",
        "Wysoki",
        "targi",
        "Anna Nowak",
        "Czeka na decyzję zarządu",
        "+48 600 100 200",
        "biuro@drewpol.example",
      ],
      [
        "Porażka",
        "Regały magazynowe",
        "Hurt",
        "Stalmet S.A.",
        40000,
        "30.10.2026",
        "Średni",
        "",
        "Piotr Wiśniewski",
        "Wybrali konkurencję",
        "+48 600 300 400",
        "zakupy@stalmet.example",
      ],
      [
        "Nowy",
        "Zapytanie ze strony",
        "Detal",
        "Kowalski i Synowie",
        3000,
        "20.01.2027",
        "Niski",
        "www",
        "Anna Nowak",
        "",
        "+48 600 500 600",
        "",
      ],
    ],
    // Partner is the customer to call, Nazwa the lead's own title. Expected closing is a forecast, not a follow-up.
    expect: {
      headerRow: 1,
      columns: { status: 0, prospect: 3, owner: 8, notes: 9, phone: 10, email: 11 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
      note: /Only history dates found \(Spodziewane zamknięcie\)/,
    },
  },
  {
    name: "Leads de un sistema comercial (Estado actual Contacto/Interesado/Compró/Frío, Usuario asignado)",
    // The lead table's columns and its four states as the user manual lists them.
    source: "https://documentacion-administrativo.ts.nom.pe/manual_usuario/leads",
    language: "es",
    dateOrder: "DMY",
    values: [
      [
        "Número de documento",
        "Nombre completo",
        "Empresa",
        "Teléfono/WhatsApp",
        "Ciudad y país",
        "Estado actual",
        "Fecha de registro",
        "Usuario asignado",
        "Último comentario",
      ],
      [
        "20601234567",
        "Lucía Ramos",
        "Textiles Andinos SAC",
        "+51 987 654 321",
        "Lima, Perú",
        "Interesado",
        "12/11/2026",
        "Carlos Vega",
        "Pidió catálogo",
      ],
      [
        "10456789012",
        "Jorge Quispe",
        "Ferretería Quispe",
        "+51 912 345 678",
        "Cusco, Perú",
        "Compró",
        "03/10/2026",
        "Ana Torres",
        "Pedido cerrado",
      ],
      ["", "María Flores", "", "+51 955 111 222", "Arequipa, Perú", "Frío", "20/09/2026", "Carlos Vega", ""],
    ],
    // "Compró" (bought) ends the lead; a cold lead is still one to work. The registration date is history.
    expect: {
      headerRow: 1,
      columns: { contact: 1, prospect: 2, phone: 3, status: 5, owner: 7 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
      note: /Only history dates found \(Fecha de registro\)/,
    },
  },
  {
    name: "Contactos de una inmobiliaria (Estado: Contacto … Completado, Archivado)",
    // The contact form's fields and its states Contacto, Prospecto, Visitando, Negociando, Completado, Archivado.
    source: "https://es.neodomus.net/kb/como-anadir-un-contacto",
    language: "es",
    dateOrder: "DMY",
    values: [
      ["Nombre", "Email", "Teléfono", "Tipo", "Estado", "DNI/NIE/CIF", "Dirección", "WhatsApp"],
      ["Elena Gil", "elena@correo.example", "+34 600 111 222", "Cliente", "Visitando", "", "", "+34 600 111 222"],
      ["Pablo Sanz", "pablo@correo.example", "+34 600 333 444", "Cliente", "Completado", "", "", ""],
      ["Rosa Vidal", "rosa@correo.example", "", "Propietario/a", "Archivado", "X1234567Z", "C/ Mayor 3", ""],
      ["Iván León", "", "+34 600 555 666", "Cliente", "Negociando", "", "", ""],
    ],
    expect: {
      headerRow: 1,
      columns: { prospect: 0, email: 1, phone: 2, status: 4 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "closed", 5: "incomplete" },
    },
  },
];
