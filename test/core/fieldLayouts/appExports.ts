/**
 * Lead lists exported by small in-house CRMs, column labels as their code declares them: neither has a follow-up
 * column, so each checks that the product asks the rep and still reads owners, statuses and history dates right.
 */
import type { FieldLayout } from "./types";

export const APP_EXPORTS: FieldLayout[] = [
  {
    name: "Solar installer's lead table (Client, Lead Title, Lead Status, Last Update, First Create, Owner)",
    source:
      "github.com/sourovpal/electrifyingaustralia-pvtoev-app-vuejs src/views/platform/leads/components/headers.js",
    language: "en",
    dateOrder: "DMY",
    values: [
      [
        "Client",
        "Lead Title",
        "Lead Source",
        "Lead Status",
        "Phone Number",
        "Email Address",
        "Address One",
        "Address Two",
        "City",
        "State",
        "Postcode",
        "Country",
        "Last Update",
        "First Create",
        "Owner",
      ],
      [
        "Jade Nguyen",
        "6.6 kW system + battery",
        "Website",
        "Quoted",
        "0412 345 678",
        "jade@mail.example",
        "14 Banksia St",
        "",
        "Geelong",
        "VIC",
        "3220",
        "Australia",
        "20/11/2026",
        "02/11/2026",
        "Liam Cooper",
      ],
      [
        "Tom Walsh",
        "EV charger",
        "Referral",
        "Lost",
        "0498 765 432",
        "tom@mail.example",
        "3 Ocean Rd",
        "Unit 2",
        "Torquay",
        "VIC",
        "3228",
        "Australia",
        "01/10/2026",
        "15/09/2026",
        "Liam Cooper",
      ],
    ],
    // Lead Title is what is being sold, not the client; both dates are history.
    expect: {
      headerRow: 1,
      columns: { prospect: 0, status: 3, phone: 4, email: 5, owner: 14 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed" },
      note: /Only history dates found \(Last Update, First Create\)/,
    },
  },
  {
    name: "Lead export class of a .NET CRM (AccountName, LeadName, SalesMgr1, LeadStatus, CreatedDate)",
    source: "github.com/nigampattahyd/MVCFramework CRMHub/ExtendedProperties/ExportLeads.cs",
    language: "en",
    values: [
      ["AccountName", "LeadName", "Phone", "Email", "SalesMgr1", "LeadStatus", "Source", "CreatedDate", "ModifiedDate"],
      [
        "Contoso Ltd",
        "Priya Shah",
        "+1 425 555 0100",
        "priya@contoso.example",
        "Dev Patel",
        "Working",
        "Web",
        "10/02/2026 09:15",
        "11/20/2026 17:40",
      ],
      [
        "Fabrikam",
        "Leo Marsh",
        "+1 425 555 0101",
        "leo@fabrikam.example",
        "Dev Patel",
        "Disqualified",
        "Event",
        "08/14/2026 11:00",
        "09/30/2026 08:05",
      ],
    ],
    // The first sales manager owns the lead; a LeadName beside AccountName is the person.
    expect: {
      headerRow: 1,
      columns: { prospect: 0, contact: 1, phone: 2, email: 3, owner: 4, status: 5 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed" },
      note: /Only history dates found \(CreatedDate, ModifiedDate\)/,
    },
  },
];
