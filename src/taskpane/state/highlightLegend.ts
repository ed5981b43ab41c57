import type { RowReport } from "../../core/types";
import { HIGHLIGHT_FILLS } from "../../excel/highlightFills";
import type { UserPreferences } from "../../excel/port";

export interface LegendItem {
  label: string;
  /** The tint the highlighter paints in Excel (defined by the Excel room). */
  fill: string;
}

/**
 * What the sheet's colours mean, shown beside "Highlight in sheet" while it is on: only the colours the sheet shows
 * now (after every text date is converted, "Date typed as text" goes). A text date gets the purple mark instead of a
 * red or amber row, so only real dates count for those.
 */
export function highlightLegend(
  prefs: Pick<UserPreferences, "highlightDueSoon">,
  rows: readonly Pick<RowReport, "state" | "dateKind" | "problems">[],
): LegendItem[] {
  const open = rows.filter((r) => r.state !== "closed");
  const dated = open.filter((r) => r.dateKind === "serial");
  const shown: [boolean, LegendItem][] = [
    [dated.some((r) => r.state === "overdue"), { label: "Overdue", fill: HIGHLIGHT_FILLS.overdue }],
    [dated.some((r) => r.state === "dueToday"), { label: "Due today", fill: HIGHLIGHT_FILLS.dueToday }],
    [
      prefs.highlightDueSoon && dated.some((r) => r.state === "dueSoon"),
      { label: "Due soon", fill: HIGHLIGHT_FILLS.dueSoon },
    ],
    [open.some((r) => r.dateKind === "text"), { label: "Date typed as text", fill: HIGHLIGHT_FILLS.textDate }],
    [open.some((r) => r.problems.length > 0), { label: "Missing or unreadable", fill: HIGHLIGHT_FILLS.badDate }],
  ];
  return shown.filter(([on]) => on).map(([, item]) => item);
}
