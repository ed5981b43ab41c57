import type { RowReport } from "../../core/types";
import { matchesFilter, type FilterKey } from "./filters";
import { daysLate, problemText, whenInWords } from "./wording";

/** What state an item is in: its colour (the same as the sheet's highlight for that state). */
export type AttentionTone = "overdue" | "dueToday" | "problem" | "dueSoon" | "scheduled";

/** Where an item sits in the list, in this order: "today" holds overdue and due-today calls together. */
export type AttentionGroup = "today" | "quiet" | "problem" | "dueSoon" | "scheduled";

export const GROUP_ORDER: readonly AttentionGroup[] = ["today", "quiet", "problem", "dueSoon", "scheduled"];

export const GROUP_LABELS: Record<AttentionGroup, string> = {
  today: "Today",
  quiet: "Gone quiet",
  problem: "Needs fixing",
  dueSoon: "Coming up",
  scheduled: "On track",
};

export interface AttentionItem {
  /** Unique within the list (the same prospect can sit on two rows). */
  id: string;
  row: number;
  group: AttentionGroup;
  tone: AttentionTone;
  prospect: string;
  /** The contact's name, "" when the sheet has none. */
  contact: string;
  nextStep: string;
  /** "3 days overdue", "today 10:00", "in 2 days, 10:00", or "" when undated. */
  when: string;
  /** Plain-language problems, "" when none. */
  problem: string;
  /** Why the prospect has gone quiet ("1 touch, no next step scheduled"), "" when it has not. */
  quiet: string;
  /** A `tel:` link for the row's phone, or null when it holds no number. */
  tel: string | null;
  /** A `mailto:` link for the row's e-mail, or null when it holds no address. */
  mailto: string | null;
  /** The phone and e-mail as written (for the actions' names). */
  phone: string;
  email: string;
  /** The prospect key when the row can become a calendar event (active, dated), else null: no "Open in Outlook". */
  outlookKey: string | null;
}

export interface AttentionSection {
  group: AttentionGroup;
  label: string;
  items: AttentionItem[];
}

export function toneOf(row: RowReport): AttentionTone {
  if (row.state === "overdue") return "overdue";
  if (row.state === "dueToday") return "dueToday";
  if (row.problems.length > 0 || row.state === "incomplete") return "problem";
  if (row.state === "dueSoon") return "dueSoon";
  return "scheduled";
}

export function groupOf(row: RowReport): AttentionGroup {
  const tone = toneOf(row);
  return tone === "overdue" || tone === "dueToday" ? "today" : tone;
}

/**
 * Today's order: calls with a time today at their time, then today's untimed ones, then overdue ones, most days
 * late first (their old time of day means nothing today). So today's 10:00 call is never below a week of backlog.
 */
function todayRank(row: RowReport, today: string): [number, string | number] {
  if (row.state === "dueToday") return row.due && row.due.length > 10 ? [0, row.due] : [1, ""];
  return [2, -daysLate(row.due, today)];
}

/** Row number → why that prospect has gone quiet (the core's goneQuiet). */
export type QuietReasons = ReadonlyMap<number, string>;

/**
 * The row's group once quietness is known: an overdue call stays in Today (it is dated, the rep will see it there);
 * an undated quiet prospect leaves "Needs fixing" for "Gone quiet", the better reason to call.
 */
function placedIn(row: RowReport, quiet: QuietReasons, filter: FilterKey): AttentionGroup {
  if (filter === "quiet") return "quiet";
  const group = groupOf(row);
  return group !== "today" && quiet.has(row.row) ? "quiet" : group;
}

function compare(a: RowReport, b: RowReport, today: string, group: (row: RowReport) => AttentionGroup): number {
  const ga = GROUP_ORDER.indexOf(group(a));
  const gb = GROUP_ORDER.indexOf(group(b));
  if (ga !== gb) return ga - gb;
  if (group(a) === "today") {
    const [ra, ka] = todayRank(a, today);
    const [rb, kb] = todayRank(b, today);
    if (ra !== rb) return ra - rb;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.row - b.row;
  }
  // Problems in sheet order: the rep fixes them top to bottom.
  if (group(a) === "problem" || group(a) === "quiet") return a.row - b.row;
  // Earliest first (time included, so "today 09:00" precedes "today 14:00"); undated last; then sheet order.
  const da = a.due ?? "\uffff";
  const db = b.due ?? "\uffff";
  if (da !== db) return da < db ? -1 : 1;
  return a.row - b.row;
}

/** A `tel:` link when the text holds a dialable number (digits, an optional leading +), else null. */
export function telLink(phone: string | undefined): string | null {
  const text = phone?.trim() ?? "";
  const digits = text.replace(/[^\d]/g, "");
  if (digits.length < 3 || /[a-z]{3,}/i.test(text.replace(/\b(ext|x)\.?\s*\d+$/i, ""))) return null;
  // An extension ("x12", "ext. 12") becomes a pause-dial: tel:+14255550100,12.
  const ext = /(?:ext\.?|x)\s*(\d+)\s*$/i.exec(text);
  const main = ext ? text.slice(0, ext.index) : text;
  const number = `${main.trim().startsWith("+") ? "+" : ""}${main.replace(/[^\d]/g, "")}`;
  return `tel:${number}${ext ? `,${ext[1]}` : ""}`;
}

/** A `mailto:` link when the text is one plain e-mail address, else null. */
export function mailtoLink(email: string | undefined): string | null {
  const text = email?.trim() ?? "";
  return /^[^\s@?#&/<>"]+@[^\s@?#&/<>"]+\.[^\s@?#&/<>"]+$/.test(text) ? `mailto:${text}` : null;
}

/** The rows under `filter`, ordered: today's calls (timed, untimed, then overdue), problems, then the rest by date. */
export function attentionItems(
  rows: readonly RowReport[],
  today: string,
  filter: FilterKey,
  quiet: QuietReasons = new Map(),
): AttentionItem[] {
  const group = (r: RowReport) => placedIn(r, quiet, filter);
  return rows
    .filter((r) => (filter === "quiet" ? quiet.has(r.row) && r.state !== "closed" : matchesFilter(r, filter)))
    .sort((a, b) => compare(a, b, today, group))
    .map((r) => ({
      id: `${r.row}:${r.key}`,
      row: r.row,
      group: group(r),
      tone: toneOf(r),
      prospect: r.prospect,
      contact: r.fields.contact?.trim() && r.fields.contact.trim() !== r.prospect ? r.fields.contact.trim() : "",
      nextStep: r.fields.nextStep ?? "",
      when: whenInWords(r.due, today),
      problem: problemText(r),
      quiet: quiet.get(r.row) ?? "",
      tel: telLink(r.fields.phone),
      mailto: mailtoLink(r.fields.email),
      phone: r.fields.phone?.trim() ?? "",
      email: r.fields.email?.trim() ?? "",
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

/** "Show 100 more (of 140)", or "Show 3 more" when that is all that is left: never "1 more (1 not shown)". */
export function showMoreLabel(remaining: number, step: number): string {
  return remaining <= step ? `Show ${remaining} more` : `Show ${step} more (of ${remaining})`;
}
