import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  Switch,
  tokens,
  Tooltip,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  CalendarAdd20Regular,
  Settings20Regular,
  TableSettings20Regular,
} from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  primary: { flexGrow: 1 },
  why: { color: tokens.colorNeutralForeground2 },
});

export interface ActionBarProps {
  highlightOn: boolean;
  busy: boolean;
  canRemind: boolean;
  /** Why reminders wait (shown under the button, and its description), or null. */
  remindBlockedWhy?: string | null;
  onToggleHighlight(): void;
  onCreateReminders(): void;
  onRefresh(): void;
  onSettings(): void;
  onColumns(): void;
}

/** The pane's actions: reminders first, then refresh, settings, columns, and the highlight toggle. */
export function ActionBar(props: ActionBarProps): React.JSX.Element {
  const styles = useStyles();
  // Dialogs opened from here hand focus back to their opener when they close (Esc or Close).
  const restoreFocus = useRestoreFocusTarget();
  return (
    <div className={styles.root} role="toolbar" aria-label="Actions">
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.primary}
          icon={<CalendarAdd20Regular />}
          onClick={props.onCreateReminders}
          {...restoreFocus}
          disabled={!props.canRemind && !props.remindBlockedWhy}
          disabledFocusable={Boolean(props.remindBlockedWhy)}
          aria-describedby={props.remindBlockedWhy ? "reminders-blocked" : undefined}
        >
          Create reminders
        </Button>
        <Tooltip content="Refresh from the sheet" relationship="label">
          <Button icon={<ArrowClockwise20Regular />} onClick={props.onRefresh} disabled={props.busy} />
        </Tooltip>
        <Tooltip content="Columns" relationship="label">
          <Button icon={<TableSettings20Regular />} onClick={props.onColumns} {...restoreFocus} />
        </Tooltip>
        <Tooltip content="Settings" relationship="label">
          <Button icon={<Settings20Regular />} onClick={props.onSettings} {...restoreFocus} />
        </Tooltip>
      </div>
      {props.remindBlockedWhy ? (
        <Caption1 id="reminders-blocked" className={styles.why} data-testid="reminders-blocked">
          {props.remindBlockedWhy}
        </Caption1>
      ) : null}
      <Switch
        checked={props.highlightOn}
        onChange={props.onToggleHighlight}
        disabled={props.busy}
        label="Highlight in sheet"
      />
    </div>
  );
}
