/**
 * Spreadsheet templates and lead lists described by their makers' pages: a report with a title above the header and
 * a total under it, a large-business tracker with summary lines, a lead dashboard with a follow-up owner beside the
 * sales person, and a lead list keyed on its next-action date.
 */
import type { FieldLayout } from "./types";

export const TEMPLATE_SHEETS: FieldLayout[] = [
  {
    name: "Sales tracker report template (title row, Deal Value ($), Total Deals row)",
    // The template's title, header, value forms ("2024-05-15", 45000.00) and its "Total Deals:" row.
    source: "https://www.offidocs.com/smart-excel-templates/process-documentation/sales-tracker/report-version",
    language: "en",
    values: [
      ["Sales Tracker Report", "", "", "", "", "", "", ""],
      [
        "Client Name",
        "Sales Representative",
        "Deal Stage",
        "Expected Close Date",
        "Deal Value ($)",
        "Status",
        "Last Updated",
        "Action Items",
      ],
      [
        "Acme Corporation",
        "John Smith",
        "Negotiation",
        "2026-12-15",
        45000,
        "In Progress",
        "2026-11-18",
        "Negotiate pricing terms",
      ],
      [
        "Global Tech Inc.",
        "Sarah Johnson",
        "Proposal Sent",
        "2026-12-30",
        75000,
        "Pending Approval",
        "2026-11-16",
        "Follow up on feedback",
      ],
      [
        "QuickServe Inc.",
        "Lisa Wong",
        "Contract Signed",
        "2026-11-01",
        68000,
        "Closed Won",
        "2026-10-15",
        "Onboarding started",
      ],
      ["Total Deals:", 188000, "", "", "", "", "", ""],
    ],
    // Action items are the next steps; no column says when (the close date is the forecast): the rep picks the date.
    expect: {
      headerRow: 2,
      columns: { prospect: 0, owner: 1, nextStep: 7 },
      missing: ["date"],
      states: { 3: "incomplete", 4: "incomplete", 5: "closed" },
      note: /Only history dates found \(Expected Close Date, Last Updated\)/,
    },
  },
  {
    name: "Large-business sales tracker (Opportunity ID first, summary lines under the list)",
    source: "https://www.offidocs.com/smart-excel-templates/process-documentation/sales-tracker/large-business",
    language: "en",
    values: [
      ["Sales Tracker - Large Business", "", "", "", "", "", ""],
      ["Opportunity ID", "Client Name", "Sales Rep", "Deal Size ($)", "Status", "Stage", "Closing Date"],
      [
        "#SAL-2026-001",
        "GlobalTech Solutions Inc.",
        "James Richardson",
        "$785,430",
        "Closed Won",
        "Negotiation Finalization",
        "2026-10-15",
      ],
      [
        "#SAL-2026-002",
        "NeuroLink Systems Ltd.",
        "Sarah Chen",
        "$456,910",
        "Proposal Sent",
        "Needs Analysis & Requirements Gathering",
        "2026-12-30",
      ],
      [
        "#SAL-2026-004",
        "Innovatech Global Corp.",
        "Linda Park",
        "$321,780",
        "Follow-up Required",
        "Post-Demo Review",
        "2026-11-18",
      ],
      [],
      ["Total Opportunities: 3 | Total Potential Revenue: $1,564,120", "", "", "", "", "", ""],
      ["Closed Won: 1 | In Progress: 1 | Overdue/At Risk: 1", "", "", "", "", "", ""],
    ],
    // Neither a step nor a follow-up date: the rep maps them (asks the rep). The summary lines are no prospects.
    expect: {
      headerRow: 2,
      columns: { prospect: 1, owner: 2, status: 4 },
      missing: ["nextStep", "date"],
      states: { 3: "closed", 4: "incomplete", 5: "incomplete" },
      note: /Only history dates found \(Closing Date\)/,
    },
  },
  {
    name: "Lead dashboard with Follow-up Action, Follow-up Date and Follow-up Owner (UK dates)",
    // BusinessFlow's lead fields: channel, product, pipeline stage, sales person, department, and each note's
    // follow-up action, date and owner.
    source: "http://businessflow-online.co.uk/help/BusinessFlow-ONLINE/sales_module_introduction.htm",
    language: "en",
    dateOrder: "DMY",
    values: [
      [
        "Lead",
        "Sales Channel",
        "Product",
        "Sales Pipeline Stage",
        "Sales Person",
        "Department",
        "Follow-up Action",
        "Follow-up Date",
        "Follow-up Owner",
      ],
      [
        "Harbour Joinery Ltd",
        "Website",
        "Kitchens",
        "Quote sent",
        "Tom Reid",
        "Sales",
        "Call to talk through the quote",
        "27/11/2026",
        "Tom Reid",
      ],
      [
        "Kent Builders",
        "Magazine ad",
        "Windows",
        "Survey booked",
        "Amy Cole",
        "Sales",
        "Confirm surveyor",
        "20/11/2026",
        "Office",
      ],
      ["Mill Lane Cafe", "Referral", "Kitchens", "Lost", "Tom Reid", "Sales", "", "", ""],
      ["Oak & Ash", "Website", "Doors", "Enquiry", "Amy Cole", "Sales", "Send brochure", "", "Amy Cole"],
    ],
    // The sales person owns the lead; the follow-up owner only does the next action.
    expect: {
      headerRow: 1,
      columns: { prospect: 0, status: 3, owner: 4, nextStep: 6, date: 7 },
      states: { 2: "dueSoon", 3: "overdue", 4: "closed", 5: "incomplete" },
    },
  },
  {
    name: "Lead list keyed on owner, source, stage and next-action date (D/M/Y)",
    // Vendly's four lead fields that matter (owner, source, stage, next-action date) and its stages
    // New, Contacted, Qualified, Proposal, Won, Lost (with a lost reason). The page logs the action itself as an
    // activity; a rep's sheet keeps it in a column beside the date, as here.
    source: "https://vendly.ke/help/crm/leads",
    language: "en",
    dateOrder: "DMY",
    values: [
      ["Lead", "Phone", "Owner", "Source", "Stage", "Next action", "Next-action date", "Lost reason"],
      ["Mwangi Traders", "+254 712 345 678", "Wanjiru", "Walk-in", "Contacted", "Send price list", "26/11/2026", ""],
      ["Kilifi Fresh", "+254 733 111 222", "Otieno", "Referral", "Proposal", "Call about the quote", "19/11/2026", ""],
      ["Lake Motors", "+254 700 000 111", "Otieno", "Website", "Lost", "", "", "Went with a competitor"],
      ["Savannah Hotels", "+254 711 222 333", "Wanjiru", "Event", "Qualified", "Book the demo", "5/1/2027", ""],
    ],
    expect: {
      headerRow: 1,
      columns: { prospect: 0, phone: 1, owner: 2, status: 4, nextStep: 5, date: 6 },
      states: { 2: "dueSoon", 3: "overdue", 4: "closed", 5: "scheduled" },
    },
  },
];
