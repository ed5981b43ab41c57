import { HIGHLIGHT_FILLS } from "../../excel";
import type { UserPreferences } from "../../excel/port";

export interface LegendItem {
  label: string;
  /** The tint the highlighter paints in Excel (defined by the Excel room). */
  fill: string;
}

/** What the sheet's colours mean, shown beside "Highlight in sheet" while it is on. */
export function highlightLegend(prefs: Pick<UserPreferences, "highlightDueSoon">): LegendItem[] {
  const items: LegendItem[] = [
    { label: "Overdue", fill: HIGHLIGHT_FILLS.overdue },
    { label: "Due today", fill: HIGHLIGHT_FILLS.dueToday },
  ];
  if (prefs.highlightDueSoon) items.push({ label: "Due soon", fill: HIGHLIGHT_FILLS.dueSoon });
  items.push(
    { label: "Date typed as text", fill: HIGHLIGHT_FILLS.textDate },
    { label: "Missing or unreadable", fill: HIGHLIGHT_FILLS.badDate },
  );
  return items;
}
