/**
 * Roles decided by what the cells hold when the header names mislead: a "Contact #" column of phone numbers is the
 * phone, an e-mail-valued column is the email whatever its header says (and of repeated "Email" columns, the first
 * that holds addresses), a date column without a single date gives way to a date-valued one that also names a date.
 * The rep's own mapping is never changed.
 */
import { cellText } from "./cellText";
import { type ColumnProfile, mostly } from "./columnValues";
import type { Columns } from "./detectHeader";
import { matchHeader, namesOurSide } from "./matchHeader";
import { headerForm } from "./normalizeHeader";
import { ALL_ROLES, type Role } from "./types";

/** Roles a phone- or email-valued column may be taken from: names and free text, never dates. */
const TAKEABLE: readonly Role[] = ["prospect", "contact", "notes", "owner", "nextStep", "email", "phone"];

function roleOf(columns: Columns, col: number): Role | undefined {
  return ALL_ROLES.find((role) => columns[role] === col);
}

function claim(
  row: readonly unknown[],
  columns: Columns,
  mapping: Columns,
  role: Role,
  test: (p: ColumnProfile) => number,
  profiles: ColumnProfile[],
): void {
  if (mapping[role] !== undefined) return;
  const current = columns[role];
  if (current !== undefined && mostly(profiles[current], test)) return;
  for (let col = 0; col < profiles.length; col++) {
    if (!mostly(profiles[col], test)) continue;
    // The owner's own address or number is no way to reach the prospect.
    if (typeof row[col] === "string" && namesOurSide(cellText(row[col]))) continue;
    const holder = roleOf(columns, col);
    if (holder !== undefined && (mapping[holder] !== undefined || !TAKEABLE.includes(holder))) continue;
    if (holder !== undefined) delete columns[holder];
    columns[role] = col;
    return;
  }
}

export function rolesByValues(
  row: readonly unknown[],
  named: Columns,
  mapping: Columns,
  profiles: ColumnProfile[],
): Columns {
  const columns: Columns = { ...named };
  claim(row, columns, mapping, "email", (p) => p.emails, profiles);
  claim(row, columns, mapping, "phone", (p) => p.phones, profiles);
  // A second phone-valued column left under a name role ("Contact #" beside "Phone") is no name.
  for (const role of ["contact", "prospect"] as const) {
    const col = columns[role];
    if (mapping[role] === undefined && col !== undefined && mostly(profiles[col], (p) => p.phones + p.emails))
      delete columns[role];
  }
  // Of repeated header names (CRM exports repeat columns), an empty first one gives way to a filled namesake.
  for (const role of ALL_ROLES) {
    const col = columns[role];
    if (mapping[role] !== undefined || col === undefined || (profiles[col]?.filled ?? 0) > 0) continue;
    const name = headerForm(cellText(row[col]));
    for (let other = 0; other < profiles.length; other++) {
      if (other === col || roleOf(columns, other) !== undefined || profiles[other].filled === 0) continue;
      if (typeof row[other] === "string" && headerForm(cellText(row[other])) === name) {
        columns[role] = other;
        break;
      }
    }
  }
  const date = columns.date;
  if (mapping.date === undefined && date !== undefined) {
    const p = profiles[date];
    if (p && p.filled >= 3 && p.dates === 0) {
      for (let col = 0; col < profiles.length; col++) {
        if (
          roleOf(columns, col) !== undefined ||
          typeof row[col] !== "string" ||
          !mostly(profiles[col], (q) => q.dates)
        )
          continue;
        if (matchHeader(cellText(row[col])).some((m) => m.role === "date")) {
          columns.date = col;
          break;
        }
      }
    }
  }
  return columns;
}
