/** The public contract of the core. Other rooms and outside acceptance checks rely on these names: add, never rename. */

export type Role =
  "prospect" | "contact" | "email" | "phone" | "nextStep" | "date" | "time" | "status" | "notes" | "owner";

export const ALL_ROLES: readonly Role[] = [
  "prospect",
  "contact",
  "email",
  "phone",
  "nextStep",
  "date",
  "time",
  "status",
  "notes",
  "owner",
];

export const REQUIRED_ROLES: readonly Role[] = ["prospect", "nextStep", "date"];

export type DateOrder = "MDY" | "DMY" | "YMD";

export type RowState = "overdue" | "dueToday" | "dueSoon" | "scheduled" | "closed" | "incomplete";

export type RowProblem = "missingNextStep" | "missingDate" | "invalidDate";

export interface SheetInput {
  /** Cells as Excel's range.values gives them: numbers (dates as serials), strings, booleans, error strings like "#N/A". */
  values: unknown[][];
  /** The matching range.numberFormat, when known. */
  numberFormat?: string[][];
  /**
   * Range.text of the date and time columns (holes elsewhere), when read: decides whether a number is a date where
   * its format string is ambiguous ("General" read back on Excel on the web with a non-US regional setting,
   * office-js 2824, 1553).
   */
  text?: (string | undefined)[][];
  /** Sheet row number of values[0]; default 1. */
  startRow?: number;
}

export interface AnalyzeOptions {
  /** "YYYY-MM-DD"; the core never reads the clock. */
  today: string;
  /** How to read ambiguous text dates; default "MDY". */
  dateOrder?: DateOrder;
  /** Default 7. */
  dueSoonDays?: number;
  /** Workbook uses the 1904 date system. */
  date1904?: boolean;
  /** User's mapping overrides detection (0-based column index). */
  columns?: Partial<Record<Role, number>>;
  /** Overrides the default closed words. */
  closedStatuses?: string[];
}

export interface HeaderReport {
  /** Sheet row number of the header row. */
  row: number;
  /** 0-based column index for each role found (or mapped). */
  columns: Partial<Record<Role, number>>;
  /** Required roles not found, or refused (a date column that holds history dates is no follow-up date). */
  missing: Role[];
  /** More status-like columns ("Stage" beside "Status"): a closed word in any of them closes the row. */
  closers?: number[];
  /** Opt-out / do-not-contact columns (0-based): a yes or TRUE closes the row. */
  optOuts?: number[];
  /** Active-flag columns (0-based): a no, FALSE or 0 closes the row. */
  activeFlags?: number[];
  /** Columns of history dates (created, last contacted, close date…): never taken as the follow-up date. */
  historyDates?: number[];
  /** Languages other than English the header is written in ("es", "de"): their closed words apply too. */
  languages?: string[];
}

export interface RowReport {
  /** Sheet row number. */
  row: number;
  /** Label to show: prospect, else contact, else "Row N". */
  prospect: string;
  state: RowState;
  /** Read-only: rows without problems share one frozen empty list. */
  problems: RowProblem[];
  /** "YYYY-MM-DD", or "YYYY-MM-DDTHH:mm" when a time is known; absent when there is no valid date. */
  due?: string;
  /** Human sentence for each problem, e.g. `Next-step date "13/45/2026" is not a date`. */
  message?: string;

  // Fields beyond the contract, for the Excel highlighter, the pane and the reminders. fields, key and textDateSerial
  // are worked out on first read, from input.values (so do not change the grid in place while using the report);
  // JSON.stringify includes them, a spread copy ({ ...row }) does not.
  /**
   * Trimmed text of each mapped role's cell ("" when empty; unmapped roles are absent). A serial date shows as
   * "YYYY-MM-DD" (its time, if any, is in due), a time fraction as "HH:mm"; text cells as typed.
   */
  fields: Partial<Record<Role, string>>;
  /** How the date cell holds its value: a real date (serial), text that looks like a date, or nothing usable. */
  dateKind: "serial" | "text" | "empty" | "invalid";
  /** When dateKind is "text" and readable: the Excel serial (in the workbook's date system) the text stands for. */
  textDateSerial?: number;
  /**
   * Stable identity of the prospect across sorts and date changes: "prospect|contact|email", names lower-cased without
   * punctuation, email lower-cased. Rows sharing an identity get "#2", "#3", … in sheet order.
   */
  key: string;
}

export interface SheetReport {
  header: HeaderReport;
  /** One per prospect row (blank rows, title rows and the header are not rows). */
  rows: RowReport[];
  counts: Record<RowState | RowProblem, number>;
  /** Sentences for the rep about the header, e.g. why the date role is missing. */
  notes?: string[];
  // closedWords, closedTexts, yesTexts, noTexts, paddedTexts, ignoredTexts and numberDays are not enumerable: equality checks and
  // JSON do not see them.
  /** The closed words used: the Settings words plus those of the header's languages. */
  closedWords?: string[];
  /** Distinct status texts read as closed, exactly as typed (trimmed): the highlight rules list them. */
  closedTexts?: string[];
  /** Sheet rows inside the list that are no prospects (totals, headings, legends, stray notes). */
  ignoredRows?: number[];
  /** Distinct texts in opt-out columns read as yes, and in active-flag columns read as no, as typed ("Yes!", "N."). */
  yesTexts?: string[];
  noTexts?: string[];
  /** Padded texts as typed ("Won\u3000") behind closed rows, placeholder steps and unusable dates: see ruleTexts.ts. */
  paddedTexts?: { closed: string[]; vague: string[]; invalidDates: string[]; textDates: string[] };
  /** For each ignored row, its mapped cells joined as Excel's & joins them (the highlight rules skip such rows). */
  ignoredTexts?: string[];
  /** Days of date cells that show as numbers (46360 in a 0.00 or "@" cell): the rules read them as no date. See ruleTexts.ts. */
  numberDays?: { days: number[]; withDates: boolean; overflow: boolean };
}
