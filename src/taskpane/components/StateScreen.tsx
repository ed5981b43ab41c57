import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  icon: { display: "flex", color: tokens.colorBrandForeground1 },
  iconWarn: { display: "flex", color: tokens.colorPaletteDarkOrangeForeground1 },
  body: { color: tokens.colorNeutralForeground2 },
});

export interface StateScreenProps {
  title: string;
  message: string;
  icon?: React.ReactNode;
  tone?: "neutral" | "warning";
  action?: { label: string; onClick(): void };
  testId?: string;
}

/** A designed full-pane state (first run, empty sheet, no prospects, errors): what is going on and what to do. */
export function StateScreen(props: StateScreenProps): React.JSX.Element {
  const styles = useStyles();
  const type = useTypography();
  return (
    <div className={styles.root} role="status" data-state={props.testId}>
      {props.icon ? (
        <div className={props.tone === "warning" ? styles.iconWarn : styles.icon} aria-hidden>
          {props.icon}
        </div>
      ) : null}
      <h2 className={type.subtitle2}>{props.title}</h2>
      <span className={mergeClasses(type.body1, styles.body)}>{props.message}</span>
      {props.action ? (
        <Button appearance="primary" onClick={props.action.onClick}>
          {props.action.label}
        </Button>
      ) : null}
    </div>
  );
}

export function StartingScreen(): React.JSX.Element {
  const styles = useStyles();
  const type = useTypography();
  return (
    <div className={styles.root} data-state="starting">
      {/* Plain words, no spinner: the first bundle stays small, and the static skeleton has just been replaced. */}
      <span className={type.body1} role="status">
        Reading your prospect list…
      </span>
    </div>
  );
}
