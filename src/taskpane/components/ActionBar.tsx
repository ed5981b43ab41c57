import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  CalendarAdd20Regular,
  Settings20Regular,
  TableSettings20Regular,
} from "@fluentui/react-icons";
import { HighlightSwitch } from "./HighlightSwitch";
import { useTypography } from "./typography";

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
  const type = useTypography();
  return (
    <div className={styles.root} role="toolbar" aria-label="Actions">
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.primary}
          icon={<CalendarAdd20Regular />}
          onClick={props.onCreateReminders}
          disabled={!props.canRemind && !props.remindBlockedWhy}
          disabledFocusable={Boolean(props.remindBlockedWhy)}
          aria-describedby={props.remindBlockedWhy ? "reminders-blocked" : undefined}
        >
          Create reminders
        </Button>
        {/* Native titles rather than Fluent tooltips: the positioning library stays out of the first bundle. */}
        <Button
          icon={<ArrowClockwise20Regular />}
          onClick={props.onRefresh}
          disabled={props.busy}
          aria-label="Refresh from the sheet"
          title="Refresh from the sheet"
        />
        <Button icon={<TableSettings20Regular />} onClick={props.onColumns} aria-label="Columns" title="Columns" />
        <Button icon={<Settings20Regular />} onClick={props.onSettings} aria-label="Settings" title="Settings" />
      </div>
      {props.remindBlockedWhy ? (
        <span
          id="reminders-blocked"
          className={mergeClasses(type.caption1, styles.why)}
          data-testid="reminders-blocked"
        >
          {props.remindBlockedWhy}
        </span>
      ) : null}
      <HighlightSwitch
        checked={props.highlightOn}
        onChange={props.onToggleHighlight}
        disabled={props.busy}
        label="Highlight in sheet"
      />
    </div>
  );
}
