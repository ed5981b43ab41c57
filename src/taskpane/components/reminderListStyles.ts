import { makeStyles, tokens } from "@fluentui/react-components";

/** The reminders dialog's headed, scrolling lists (overdue choices, follow-ups): one look for both. */
export const useReminderListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    maxHeight: "30vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
  },
  item: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  muted: { color: tokens.colorNeutralForeground2 },
});
