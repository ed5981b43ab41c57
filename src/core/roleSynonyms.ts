import { allWords, LANGUAGES } from "./languages/index";
import { ALL_ROLES, type Role } from "./types";

/**
 * Header words that name each role, as a rep would type them, in every language NextStep reads (English first; see
 * languages/). Matching ignores case, accents, spacing, punctuation and camelCase, so "Next Step:", "next-step",
 * "NextStep" and "NEXT STEP" all match "next step", "Próximo paso" matches "proximo paso". Longer entries are more
 * specific and win when two columns compete for the same role ("Next step date" beats "Date").
 */
export const ROLE_SYNONYMS: Readonly<Record<Role, readonly string[]>> = Object.fromEntries(
  ALL_ROLES.map((role) => [role, allWords((language) => language.roles[role] ?? [])]),
) as unknown as Record<Role, readonly string[]>;

/** Synonyms too generic to match inside longer headers ("First Name" is not a prospect). */
export const EXACT_ONLY = new Set([
  "name",
  "when",
  "step",
  "plan",
  "at",
  "org",
  "nom",
  "nombre",
  "nome",
  "naam",
  "stand",
  "r m",
  // Japanese given and family names alone: "製品名" (product name) is no person.
  ...["名", "姓"],
]);

/** Synonyms that may end a longer header ("Meeting date") but not start one ("Date added", "Time zone"). */
export const SUFFIX_ONLY = new Set(["date", "time", "due", "f u", "follow up", "reminder", "manager"]);

/** Names of a person: beside a company column, such a header is the contact, not the prospect. */
export const PERSON_NAME_HEADERS = new Set([
  ...["name", "nom", "nombre", "nome", "naam", "full name", "lead name", "lead", "氏名", "お名前", "名前", "姓名"],
]);

/**
 * A person's whole name: in a list of people with no company column, such a column is the prospect. A bare "Contact"
 * is not among them: beside a company column named in words NextStep does not know ("Outfit"), it is the person there.
 */
export const FULL_NAME_HEADERS = new Set([
  "full name",
  "contact name",
  "nombre completo",
  "nom complet",
  "nome completo",
  "volledige naam",
  "vollstandiger name",
  "imie i nazwisko",
  ...["氏名", "お名前", "名前", "姓名"],
]);

/** Half of a person's name; with the other half beside it and no company column, the person is the prospect. */
export const NAME_PART_HEADERS = new Set([
  "first name",
  "last name",
  "surname",
  "given name",
  "family name",
  "名",
  "姓",
]);

/**
 * Prospect synonyms that name a deal rather than the organisation: an "Account Name" or "Company" column beats them
 * ("Opportunity Name" is what is being sold, the account is who to call).
 */
export const DEAL_NAMES = new Set([
  // A lead is often a person ("Lead Name" beside "Company"): the company column names the organisation.
  "lead",
  "lead name",
  "opportunity",
  "opportunity name",
  "deal",
  "deal name",
  "opportunité",
  "affaire",
  "oportunidad",
  "negocio",
  "opportunità",
  "trattativa",
  "oportunidade",
  "negócio",
  // Polish lead lists name the customer "Partner"; elsewhere a partner may be a reseller beside the customer.
  "partner",
  // Japanese and Chinese deal and lead names (Salesforce 商談名, kintone 案件名, 商机名称).
  ...["商談名", "案件名", "リード名", "机会名称", "商机名称", "线索名称", "機會名稱", "商機名稱"],
]);

/**
 * Date synonyms that say nothing about what the date is for: a "Date" column (or "Meeting date", "Invoice date") loses
 * to any column that names the follow-up ("Follow-up Deadline", "Due", "Reminder"), as in a call log whose Date is when
 * the call happened.
 */
export const GENERIC_DATES = new Set(["date", "datum", "fecha", "data", "日付", "日", "日期", "날짜", "일자"]);

/**
 * Words naming someone on the rep's side: "Owner Email", "deal_owner_mobile_number", "Sales Rep Phone",
 * "deal_creater_email" hold our own addresses and numbers, never the prospect's.
 */
export const OUR_SIDE_WORDS = new Set([
  ...["owner", "creator", "creater", "rep", "salesperson", "assignee", "user", "agent"],
]);

/**
 * Words that make a header mean something else unless it matches a synonym exactly: "Last contact", "Date added",
 * "Close date", "Created", "Fecha de alta", "Letzter Kontakt" are history, not the next step. Their dates are never the
 * follow-up date.
 */
export const NEGATIVE_WORDS = new Set(allWords((language) => language.history));

/** Last words that make a header an attribute of something else ("Lead source", "Account number", "Deal value"). */
export const FOREIGN_HEADS = new Set([
  "source",
  "type",
  "id",
  "number",
  "no",
  "size",
  "value",
  "amount",
  "revenue",
  "industry",
  "city",
  "state",
  "country",
  "region",
  "address",
  "website",
  "url",
  "site",
  "domain",
  "linkedin",
  "title",
  "role",
  "position",
  "priority",
  "score",
  "probability",
  "zone",
  "count",
  "reason",
  "category",
  "segment",
  "tier",
  "rating",
  "link",
  "label",
  "tags",
  "currency",
  "checksum",
  // Tax and company numbers: "CNPJ da Empresa", "Company VAT", "NIF del cliente".
  ...["cnpj", "cpf", "vat", "nif", "cif", "siret", "siren", "rut", "rfc"],
]);

/**
 * First words that make a header an attribute ("Tipo de cliente", "Origen del lead", "Valor del negocio" in languages
 * that put the head noun first; flags such as "IsConverted"): such a header only matches a synonym exactly.
 */
export const FOREIGN_FIRST = new Set([
  "tipo",
  "fuente",
  "origen",
  "origine",
  "valor",
  "valeur",
  "valore",
  "importe",
  "monto",
  "montant",
  "importo",
  "ciudad",
  "ville",
  "citta",
  "cidade",
  "pais",
  "pays",
  "paese",
  "numero",
  "motivo",
  "raison",
  "id",
  "type",
  "source",
  // API names of boolean flags: "IsUnreadByOwner", "IsConverted", "HasOptedOutOfFax" hold true/false, not a role.
  "is",
  "has",
  // Links to a profile or site: "Link Site da Empresa", "Link Instagram da Empresa".
  "link",
  // Counts and sums: "Total Notas", "Count of deals", "Anzahl Kontakte" hold a number.
  ...["total", "count", "cantidad", "quantidade", "anzahl", "aantal", "liczba"],
]);

/**
 * Words that put one phone column before another: a rep calls the mobile or direct line first, the switchboard or the
 * landline last. The number in a fax column is never called.
 */
export const DIRECT_PHONE_WORDS = new Set([
  ...["mobile", "cell", "cellphone", "cellular", "direct", "mobil", "mobiel", "gsm", "handy", "portable", "movil"],
  ...["celular", "cellulare", "telemovel", "komorka", "komorkowy", "whatsapp", "mobiltelefon", "handynummer"],
  ...["mobilnummer", "durchwahl", "gsm"],
  ...["携帯", "携帯電話", "携帯番号", "携帯電話番号"],
]);
export const SWITCHBOARD_PHONE_WORDS = new Set([
  ...["landline", "switchboard", "main", "office", "company", "home", "business", "fixed", "fixe", "fijo", "fisso"],
  ...["festnetz", "festnetznummer", "zentrale", "vast", "stacjonarny", "reception", "hq", "headquarters", "general"],
  ...["代表電話", "固定電話", "会社", "会社電話", "座机", "座機"],
]);
export const FAX_WORDS = new Set(["fax", "telefax", "facsimile", "ファックス", "ファクス"]);

/** Header words of columns whose no/false closes a row ("Active", "Aktiv"), any language. */
export const ACTIVE_HEADERS: readonly string[] = allWords((language) => language.active);

/** Header words of columns whose yes/true closes a row (opt-out, do not contact), any language. */
export const OPT_OUT_HEADERS: readonly string[] = allWords((language) => language.optOut);

/** Every language's code whose tables hold a header word, for telling the sheet's language. */
export function languagesOfSynonym(text: string): string[] {
  return LANGUAGES.filter((l) => ALL_ROLES.some((role) => (l.roles[role] ?? []).includes(text))).map((l) => l.code);
}
