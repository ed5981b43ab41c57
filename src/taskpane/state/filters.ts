import type { RowReport } from "../../core/types";

/** What the list shows: the default attention view, or one summary badge's rows. */
export type FilterKey =
  "attention" | "overdue" | "dueToday" | "dueSoon" | "missingNextStep" | "badDate" | "active" | "quiet";

export const FILTER_LABELS: Record<FilterKey, string> = {
  attention: "Needs attention",
  overdue: "Overdue",
  dueToday: "Due today",
  dueSoon: "Due soon",
  missingNextStep: "No next step",
  badDate: "Date missing or invalid",
  active: "Active",
  quiet: "Gone quiet",
};

export function hasDateProblem(row: RowReport): boolean {
  return row.problems.includes("missingDate") || row.problems.includes("invalidDate");
}

/** Rows that need the rep: late, due today, or broken (closed deals never do). */
export function needsAttention(row: RowReport): boolean {
  if (row.state === "closed") return false;
  return row.state === "overdue" || row.state === "dueToday" || row.problems.length > 0 || row.state === "incomplete";
}

/** True when the row belongs in the list under this filter. */
export function matchesFilter(row: RowReport, filter: FilterKey): boolean {
  if (row.state === "closed") return false;
  switch (filter) {
    case "attention":
      return needsAttention(row) || row.state === "dueSoon";
    case "overdue":
    case "dueToday":
    case "dueSoon":
      return row.state === filter;
    case "missingNextStep":
      return row.problems.includes("missingNextStep");
    case "badDate":
      return hasDateProblem(row);
    case "active":
      return true;
    case "quiet":
      // Quietness needs the touches / last-contact cells, not the report: attentionItems decides it.
      return false;
  }
}
