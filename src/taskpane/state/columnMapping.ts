import { ALL_ROLES, REQUIRED_ROLES, type Role, type SheetReport } from "../../core/types";
import type { SheetSnapshot } from "../../excel/port";

export const ROLE_LABELS: Record<Role, string> = {
  prospect: "Prospect (company)",
  contact: "Contact name",
  email: "Email",
  phone: "Phone",
  nextStep: "Next step",
  date: "Next-step date",
  time: "Time",
  status: "Status",
  notes: "Notes",
  owner: "Owner",
};

export interface ColumnChoice {
  /** 0-based column index within the source. */
  index: number;
  /** "C · Follow-up" */
  label: string;
}

export interface RoleMapping {
  role: Role;
  label: string;
  required: boolean;
  /** Column now used (detected or mapped), if any. */
  column?: number;
}

export interface MappingView {
  choices: ColumnChoice[];
  roles: RoleMapping[];
  /** Required roles the core did not find, in words: "Next step, Next-step date". */
  missing: string;
  /** The same, as a sentence: "NextStep could not tell which columns hold the prospect, the next step and the date." */
  missingSentence: string;
  /** What to do when the sheet has no such column: "No such column in your sheet? Add one named “Next step”: …". */
  addSentence: string;
  /** Sheet row number of the header, or 0 when none was found. */
  headerRow: number;
}

/** "A", "B", … "AA" for a 0-based sheet column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** When the core found no header: the fullest of the first rows (a title row above the header has one cell). */
function likelyHeader(values: readonly unknown[][]): unknown[] {
  let best: unknown[] = [];
  let bestCount = 0;
  for (const r of values.slice(0, 10)) {
    const count = r.filter((v) => typeof v === "string" && v.trim()).length;
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  return best;
}

/** The setup screen's data: what the core detected, and every column as a choice labelled by letter and header. */
export function mappingView(snapshot: SheetSnapshot, report: SheetReport): MappingView {
  const values = snapshot.input.values;
  const start = snapshot.input.startRow ?? 1;
  const header = values[report.header.row - start] ?? likelyHeader(values);
  const width = Math.max(snapshot.source.columnCount, ...values.slice(0, 5).map((r) => r.length));
  const choices: ColumnChoice[] = [];
  for (let i = 0; i < width; i++) {
    const text = cellText(header[i]);
    choices.push({ index: i, label: `${columnLetter(snapshot.source.columnIndex + i)} · ${text || "(no header)"}` });
  }
  const roles = ALL_ROLES.map((role) => ({
    role,
    label: ROLE_LABELS[role],
    required: REQUIRED_ROLES.includes(role),
    column: report.header.columns[role],
  }));
  return {
    choices,
    roles,
    missing: report.header.missing.map((r) => ROLE_LABELS[r]).join(", "),
    missingSentence: missingColumnsSentence(report.header.missing),
    addSentence: addColumnsSentence(report.header.missing),
    headerRow: report.header.row,
  };
}

/** A mapping can be saved when every required role has a column and no column serves two roles. */
export function mappingProblem(columns: Partial<Record<Role, number>>): string | null {
  const unset = REQUIRED_ROLES.filter((r) => columns[r] === undefined);
  if (unset.length) return `Choose a column for ${unset.map((r) => ROLE_LABELS[r]).join(", ")}.`;
  const used = new Map<number, Role>();
  for (const role of ALL_ROLES) {
    const col = columns[role];
    if (col === undefined) continue;
    const other = used.get(col);
    if (other) return `${ROLE_LABELS[other]} and ${ROLE_LABELS[role]} cannot use the same column.`;
    used.set(col, role);
  }
  return null;
}

const ROLE_WORDS: Partial<Record<Role, string>> = {
  prospect: "the prospect",
  nextStep: "the next step",
  date: "the next-step date",
};

/** "NextStep could not tell which columns hold the prospect, the next step and the next-step date." */
export function missingColumnsSentence(missing: readonly Role[]): string {
  const words = missing.map((r) => ROLE_WORDS[r] ?? ROLE_LABELS[r].toLowerCase());
  const list = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}` : (words[0] ?? "");
  const which = words.length === 1 ? "column holds" : "columns hold";
  return `NextStep could not tell which ${which} ${list}.`;
}

/** Header names the core reads for each required role, offered when the sheet has no such column. */
const ADD_EXAMPLES: Partial<Record<Role, string>> = {
  prospect: "Company",
  nextStep: "Next step",
  date: "Next step date",
};

/**
 * For a sheet that has no column to pick: add one. The pane re-reads on every edit, so naming the column is enough.
 * Example: ["nextStep"] → "No such column in your sheet? Add one named “Next step”: NextStep finds it as soon as you
 * type the name."
 */
export function addColumnsSentence(missing: readonly Role[]): string {
  const names = missing.map((r) => `“${ADD_EXAMPLES[r] ?? ROLE_LABELS[r]}”`);
  if (names.length === 0) return "";
  if (names.length === 1)
    return `No such column in your sheet? Add one named ${names[0]}: NextStep finds it as soon as you type the name.`;
  const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `No such columns in your sheet? Add them, named ${list}: NextStep finds them as soon as you type the names.`;
}
