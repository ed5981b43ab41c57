import { makeStyles, tokens } from "@fluentui/react-components";

/** The reminders dialog's headed, scrolling lists (overdue choices, follow-ups): one look for both. */
export const useReminderListStyles = makeStyles({
  // The whole list scrolls as one, so every group's heading stays beside its lines.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxHeight: "45vh",
    overflowY: "auto",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  item: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground2 },
});
