/**
 * The fills NextStep's highlights use, apart from the rules that paint them: the pane's legend and state colours need
 * these few constants at once, while the rule builder loads only when highlighting is switched on.
 */
export type HighlightKind = "textDate" | "badDate" | "missingNextStep" | "overdue" | "dueToday" | "dueSoon";

/** Fills (Excel's own light palette, so the rep's dark text stays readable). Upper-case: how Excel reads them back. */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = {
  textDate: "#E4D4F4", // light purple: a date typed as text, which no formula can compare
  badDate: "#FFF2A8", // yellow: empty or unusable date on an active row
  missingNextStep: "#FFF2A8", // yellow: empty next step on an active row
  overdue: "#FFC7CE", // red tint
  dueToday: "#FFE0B2", // amber
  dueSoon: "#DDEBF7", // light blue
};
