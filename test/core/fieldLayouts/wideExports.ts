/**
 * Very wide exports: every field of a CRM object, the ones a rep needs far to the right (custom fields come last), and
 * snake_case exports that put the owner's own email and numbers beside the deal (Freshsales).
 * Rows are built from the fields they fill, so the layout stays readable; every other cell is empty, as in the export.
 */
import type { FieldLayout } from "./types";

/**
 * The Lead object's fields in the order of Salesforce's object reference (Data Loader's "select all"), with the
 * system fields and two custom fields an org adds for the follow-up (API names end in "__c") at the end: 77 columns.
 */
const LEAD_FIELDS = (
  "ActionCadenceAssigneeId ActionCadenceId ActionCadenceState ActiveTrackerCount ActivityMetricId " +
  "ActivityMetricRollupId Address AnnualRevenue City CleanStatus Company CompanyDunsNumber ConvertedAccountId " +
  "ConvertedContactId ConvertedDate ConvertedOpportunityId ConnectionReceivedId ConnectionSentId Country CountryCode " +
  "CurrencyIsoCode DandBCompanyId Description Division Email EmailBouncedDate EmailBouncedReason ExportStatus Fax " +
  "FirstCallDateTime FirstEmailDateTime FirstName GeocodeAccuracy GenderIdentity HasOptedOutOfEmail HasOptedOutOfFax " +
  "IndividualId Industry IsConverted IsDeleted IsPriorityRecord IsUnreadByOwner Jigsaw JigsawContactId " +
  "LastActivityDate LastName LastReferencedDate LastViewedDate Latitude LeadSource Longitude MasterRecordId " +
  "MiddleName MobilePhone Name NumberOfEmployees OwnerId PartnerAccountId Phone PhotoUrl PostalCode Pronouns Rating " +
  "RecordTypeId Salutation ScheduledResumeDateTime State Status Street Title Website CreatedDate CreatedById " +
  "LastModifiedDate DoNotCall Next_Step__c Next_Step_Date__c"
).split(" ");

/** Data Loader writes booleans as "true"/"false" and leaves ids on every row. */
const LEAD_DEFAULTS: Record<string, unknown> = {
  CleanStatus: "Pending",
  CurrencyIsoCode: "USD",
  HasOptedOutOfEmail: "false",
  HasOptedOutOfFax: "false",
  IsConverted: "false",
  IsDeleted: "false",
  IsPriorityRecord: "false",
  IsUnreadByOwner: "false",
  OwnerId: "0055g00000Q1AbC",
  RecordTypeId: "0125g000001XyZ",
  DoNotCall: "false",
  ActiveTrackerCount: 0,
};

function leadRow(fields: Record<string, unknown>): unknown[] {
  const all = { ...LEAD_DEFAULTS, ...fields };
  return LEAD_FIELDS.map((name) => all[name] ?? "");
}

const at = (name: string): number => LEAD_FIELDS.indexOf(name);

export const WIDE_EXPORTS: FieldLayout[] = [
  {
    name: "Salesforce Data Loader lead export, all 77 fields, follow-up custom fields far right",
    source:
      "https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm",
    language: "en",
    values: [
      LEAD_FIELDS,
      leadRow({
        Company: "Acme Corp",
        FirstName: "Dana",
        LastName: "Whit",
        Name: "Dana Whit",
        Email: "dana@acme.example",
        Phone: "(415) 555-0101",
        Status: "Working - Contacted",
        LeadSource: "Web",
        CreatedDate: "2026-10-01T09:12:00.000Z",
        LastModifiedDate: "2026-11-20T16:02:11.000Z",
        LastActivityDate: "2026-11-18",
        EmailBouncedDate: "2026-11-02T08:00:00.000Z",
        EmailBouncedReason: "550 mailbox full",
        FirstCallDateTime: "2026-10-03T14:00:00.000Z",
        ScheduledResumeDateTime: "2026-11-26T09:00:00.000Z",
        IsUnreadByOwner: "true",
        Next_Step__c: "Send the security questionnaire",
        Next_Step_Date__c: "2026-11-27",
      }),
      leadRow({
        Company: "Globex",
        FirstName: "Raj",
        LastName: "Patel",
        Name: "Raj Patel",
        Email: "raj@globex.example",
        Phone: "(312) 555-0199",
        Status: "Closed - Not Converted",
        LeadSource: "Trade Show",
        CreatedDate: "2026-08-11T10:00:00.000Z",
        LastModifiedDate: "2026-10-30T12:00:00.000Z",
        LastActivityDate: "2026-10-29",
      }),
      leadRow({
        Company: "Initech",
        FirstName: "Lu",
        LastName: "Chen",
        Name: "Lu Chen",
        Email: "lu@initech.example",
        Phone: "(206) 555-0142",
        Status: "Open - Not Contacted",
        LeadSource: "Partner Referral",
        CreatedDate: "2026-11-20T08:30:00.000Z",
        LastModifiedDate: "2026-11-20T08:30:00.000Z",
        ScheduledResumeDateTime: "2026-11-21T09:00:00.000Z",
        Next_Step__c: "Intro call",
        Next_Step_Date__c: "2026-11-20",
      }),
      leadRow({
        Company: "Hooli",
        FirstName: "Mia",
        LastName: "Roth",
        Name: "Mia Roth",
        Email: "mia@hooli.example",
        Status: "Working - Contacted",
        LeadSource: "Web",
        CreatedDate: "2026-09-15T11:00:00.000Z",
        LastModifiedDate: "2026-11-10T09:00:00.000Z",
        DoNotCall: "true",
        Next_Step__c: "Call back",
        Next_Step_Date__c: "2026-12-01",
      }),
    ],
    // The follow-up lives in the org's custom fields at columns 76–77; the bounce, first-call and cadence-resume dates
    // are no follow-up, "IsUnreadByOwner" is a flag, not the owner. Do Not Call = true ends the lead.
    expect: {
      headerRow: 1,
      columns: {
        prospect: at("Company"),
        email: at("Email"),
        status: at("Status"),
        notes: at("Description"),
        nextStep: at("Next_Step__c"),
        date: at("Next_Step_Date__c"),
        time: undefined,
        owner: undefined,
      },
      states: { 2: "dueSoon", 3: "closed", 4: "overdue", 5: "closed" },
    },
  },
  {
    name: "Freshsales deals export (snake_case, owner's email and phone beside the deal)",
    // Freshsales deal fields as an export names them: deal_expected_close "19-10-2021", deal_created_at
    // "19-10-2021 07:48:37", and the owner's own email and numbers.
    source: "https://gist.github.com/xaif/4abdf23a699ab3f3cca204ff10bd0da4",
    language: "en",
    dateOrder: "DMY",
    values: [
      [
        "deal_id",
        "deal_name",
        "deal_amount",
        "deal_currency_name",
        "deal_base_currency_amount",
        "deal_expected_deal_value",
        "deal_expected_close",
        "deal_closed_date",
        "deal_probability",
        "deal_age",
        "deal_created_at",
        "deal_updated_at",
        "deal_deal_pipeline_name",
        "deal_deal_stage_name",
        "deal_deal_reason_name",
        "deal_deal_product_name",
        "deal_deal_payment_status_name",
        "deal_territory_name",
        "deal_territory_id",
        "deal_deal_type_name",
        "deal_source_name",
        "deal_campaign_name",
        "deal_owner_name",
        "deal_owner_email",
        "deal_owner_id",
        "deal_owner_mobile_number",
        "deal_owner_work_number",
        "deal_creater_name",
        "deal_creater_email",
      ],
      [
        123456,
        "Acme – 40 seats",
        12000,
        "USD",
        12000,
        9000,
        "19-12-2026",
        "",
        75,
        30,
        "26-10-2026 07:48:37",
        "20-11-2026 10:02:11",
        "Default Pipeline",
        "Negotiation",
        "",
        "Seats",
        "",
        "West",
        11,
        "New Business",
        "Web",
        "",
        "Ann Lee",
        "ann.lee@ourco.example",
        501,
        "+1-866-832-3090",
        "+1-866-832-3091",
        "Ann Lee",
        "ann.lee@ourco.example",
      ],
      [
        123457,
        "Globex renewal",
        4000,
        "USD",
        4000,
        4000,
        "02-11-2026",
        "02-11-2026",
        100,
        90,
        "04-08-2026 09:00:00",
        "02-11-2026 16:30:00",
        "Default Pipeline",
        "Won",
        "Price",
        "Support",
        "Paid",
        "East",
        12,
        "Renewal",
        "Referral",
        "",
        "Bo Ray",
        "bo.ray@ourco.example",
        502,
        "+1-866-832-3092",
        "",
        "Bo Ray",
        "bo.ray@ourco.example",
      ],
      [
        123458,
        "Initech pilot",
        2500,
        "USD",
        2500,
        1000,
        "15-01-2027",
        "",
        40,
        12,
        "13-11-2026 11:15:00",
        "24-11-2026 08:00:00",
        "Default Pipeline",
        "Qualification",
        "",
        "Seats",
        "",
        "West",
        11,
        "New Business",
        "Web",
        "Autumn webinar",
        "Ann Lee",
        "ann.lee@ourco.example",
        501,
        "+1-866-832-3090",
        "",
        "Ann Lee",
        "ann.lee@ourco.example",
      ],
    ],
    // The owner's email and numbers are ours, not the prospect's: no email or phone column. The expected close is a
    // forecast and the rest are history: the rep maps the follow-up (asks the rep).
    expect: {
      headerRow: 1,
      columns: { prospect: 1, status: 13, owner: 22, email: undefined, phone: undefined },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "closed", 4: "incomplete" },
      note: /Only history dates found \(deal_expected_close, deal_closed_date, deal_created_at, deal_updated_at\)/,
    },
  },
];
