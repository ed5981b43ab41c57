import type { RowReport } from "../../core/types";
import { matchesFilter, type FilterKey } from "./filters";
import { daysLate, problemText, whenInWords } from "./wording";

/** Where an item sits in the list, in this order. */
export type AttentionGroup = "overdue" | "dueToday" | "problem" | "dueSoon" | "scheduled";

export const GROUP_ORDER: readonly AttentionGroup[] = ["overdue", "dueToday", "problem", "dueSoon", "scheduled"];

export const GROUP_LABELS: Record<AttentionGroup, string> = {
  overdue: "Overdue",
  dueToday: "Due today",
  problem: "Needs fixing",
  dueSoon: "Coming up",
  scheduled: "On track",
};

export interface AttentionItem {
  /** Unique within the list (the same prospect can sit on two rows). */
  id: string;
  row: number;
  group: AttentionGroup;
  prospect: string;
  nextStep: string;
  /** "3 days overdue", "today 10:00", "in 2 days", or "" when undated. */
  when: string;
  /** Plain-language problems, "" when none. */
  problem: string;
  /** The prospect key when the row can become a calendar event (active, dated), else null: no "Open in Outlook". */
  outlookKey: string | null;
}

export interface AttentionSection {
  group: AttentionGroup;
  label: string;
  items: AttentionItem[];
}

export function groupOf(row: RowReport): AttentionGroup {
  if (row.state === "overdue") return "overdue";
  if (row.state === "dueToday") return "dueToday";
  if (row.problems.length > 0 || row.state === "incomplete") return "problem";
  if (row.state === "dueSoon") return "dueSoon";
  return "scheduled";
}

function compare(a: RowReport, b: RowReport, today: string): number {
  const ga = GROUP_ORDER.indexOf(groupOf(a));
  const gb = GROUP_ORDER.indexOf(groupOf(b));
  if (ga !== gb) return ga - gb;
  if (groupOf(a) === "overdue") {
    const late = daysLate(b.due, today) - daysLate(a.due, today);
    if (late !== 0) return late;
  }
  // Problems in sheet order: the rep fixes them top to bottom.
  if (groupOf(a) === "problem") return a.row - b.row;
  // Earliest first (time included, so "today 09:00" precedes "today 14:00"); undated last; then sheet order.
  const da = a.due ?? "\uffff";
  const db = b.due ?? "\uffff";
  if (da !== db) return da < db ? -1 : 1;
  return a.row - b.row;
}

/** The rows under `filter`, ordered: overdue (most days late first), due today, problems, then the rest by date. */
export function attentionItems(rows: readonly RowReport[], today: string, filter: FilterKey): AttentionItem[] {
  return rows
    .filter((r) => matchesFilter(r, filter))
    .sort((a, b) => compare(a, b, today))
    .map((r) => ({
      id: `${r.row}:${r.key}`,
      row: r.row,
      group: groupOf(r),
      prospect: r.prospect,
      nextStep: r.fields.nextStep ?? "",
      when: whenInWords(r.due, today),
      problem: problemText(r),
      outlookKey: r.state !== "closed" && r.due ? r.key : null,
    }));
}

/** Splits an ordered list into headed sections, keeping order. */
export function sections(items: readonly AttentionItem[]): AttentionSection[] {
  const out: AttentionSection[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.group === item.group) last.items.push(item);
    else out.push({ group: item.group, label: GROUP_LABELS[item.group], items: [item] });
  }
  return out;
}

/** Long lists are paged so the pane stays smooth: the first `limit` items, and how many are left. */
export function page<T>(items: readonly T[], limit: number): { shown: T[]; remaining: number } {
  return { shown: items.slice(0, limit), remaining: Math.max(0, items.length - limit) };
}
