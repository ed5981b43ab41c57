import { keyWords } from "../normalizeWords";
import type { RowReport } from "../types";

/** Per-owner figures for a manager's "Everyone" view. */
export interface OwnerCounts {
  /** The owner as the sheet spells it first; "" for rows without an owner. */
  owner: string;
  overdue: number;
  dueToday: number;
  noNextStep: number;
  /** Active (not closed) prospects. */
  active: number;
}

/** The same owner however it is typed ("Dana Smith", "dana  smith"). */
export const ownerKey = (owner: string | undefined): string => keyWords(owner ?? "");

/** True when a row belongs to the rep whose owner value is `me` (the comparison ignores case and spacing). */
export function isMine(row: RowReport, me: string): boolean {
  return ownerKey(row.fields.owner) === ownerKey(me) && ownerKey(me) !== "";
}

/**
 * Overdue, due-today and no-next-step counts per owner, most overdue first, rows without an owner last. Closed rows
 * are not counted.
 * Example: rows of Dana (2 overdue) and Lee (1 due today) → [{ owner: "Dana", overdue: 2, … }, { owner: "Lee", … }].
 */
export function countByOwner(rows: readonly RowReport[]): OwnerCounts[] {
  const byKey = new Map<string, OwnerCounts>();
  for (const row of rows) {
    if (row.state === "closed") continue;
    const key = ownerKey(row.fields.owner);
    let counts = byKey.get(key);
    if (!counts) {
      counts = {
        owner: key === "" ? "" : (row.fields.owner ?? "").trim(),
        overdue: 0,
        dueToday: 0,
        noNextStep: 0,
        active: 0,
      };
      byKey.set(key, counts);
    }
    counts.active++;
    if (row.state === "overdue") counts.overdue++;
    if (row.state === "dueToday") counts.dueToday++;
    if (row.problems.includes("missingNextStep")) counts.noNextStep++;
  }
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.owner === "") - Number(b.owner === "") ||
      b.overdue - a.overdue ||
      b.dueToday - a.dueToday ||
      a.owner.localeCompare(b.owner),
  );
}

/**
 * Which owner value in the sheet is the signed-in rep, from their Microsoft 365 display name or e-mail: the same
 * name, else the e-mail's name part ("dana.smith@…" is "Dana Smith"), else a first name only one owner has.
 * Undefined when none fits: the rep then picks from the list.
 * Example: suggestOwner(["Dana Smith", "Lee Park"], { email: "dana.smith@contoso.com" }) === "Dana Smith".
 */
export function suggestOwner(owners: readonly string[], user: { name?: string; email?: string }): string | undefined {
  const firstSpelling = new Map<string, string>();
  for (const o of owners)
    if (ownerKey(o) !== "" && !firstSpelling.has(ownerKey(o))) firstSpelling.set(ownerKey(o), o.trim());
  const distinct = [...firstSpelling.values()];
  const name = ownerKey(user.name);
  const email = (user.email ?? "").toLowerCase();
  const local = ownerKey(email.split("@")[0].replace(/[._-]+/g, " "));
  for (const candidate of [name, email, local]) {
    if (!candidate) continue;
    const hit = distinct.find((o) => ownerKey(o) === candidate || o.toLowerCase() === candidate);
    if (hit) return hit;
  }
  const first = name.split(" ")[0] || local.split(" ")[0];
  if (!first) return undefined;
  const byFirst = distinct.filter((o) => ownerKey(o).split(" ")[0] === first);
  return byFirst.length === 1 ? byFirst[0] : undefined;
}
