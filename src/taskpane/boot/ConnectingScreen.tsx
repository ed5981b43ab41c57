import * as React from "react";
import {
  Body1,
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { ConnectStep, HostDecision } from "./waitForHost";

export interface ConnectingState {
  step: ConnectStep;
  /** Waited longer than usual: say so and offer Retry (the wait goes on). */
  slow: boolean;
  /** Hosted by Office, but NextStep cannot start here. */
  problem?: Extract<HostDecision, { kind: "unavailable" }>["reason"];
}

const PROBLEMS: Record<NonNullable<ConnectingState["problem"]>, string> = {
  officeMissing:
    "NextStep couldn't load Office's add-in script. Check your internet connection (or ask IT whether appsforoffice.microsoft.com is blocked), then Retry.",
  noHost:
    "Excel didn't finish connecting to NextStep. Retry, or close the pane and open NextStep again from the Home tab.",
  otherHost: "NextStep works in Excel. Open your pipeline workbook in Excel and start NextStep from the Home tab.",
};

const SLOW =
  "Excel is taking longer than usual to start NextStep. It keeps trying; if nothing happens, check your connection and Retry.";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Shown inside Office until Excel is ready: never the demo. Components render state; Retry reloads the page. */
export function ConnectingScreen({
  state,
  dark,
  onRetry,
}: {
  state: ConnectingState;
  dark: boolean;
  onRetry: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const message = state.problem ? PROBLEMS[state.problem] : state.slow ? SLOW : undefined;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root} data-state="connecting">
        <Subtitle1 as="h1">{state.problem ? "NextStep couldn't start" : "Connecting to Excel…"}</Subtitle1>
        {state.problem ? null : (
          <>
            <ProgressBar
              value={state.step === "loadingOffice" ? 0.3 : 0.7}
              aria-label="Connecting to Excel"
              thickness="large"
            />
            <Body1 className={styles.muted}>
              {state.step === "loadingOffice"
                ? "Loading Office's add-in script…"
                : "Waiting for Excel to open your workbook…"}
            </Body1>
          </>
        )}
        {message ? (
          <MessageBar intent={state.problem ? "error" : "warning"}>
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {message ? (
          <div>
            <Button appearance="primary" onClick={onRetry}>
              Retry
            </Button>
          </div>
        ) : null}
      </main>
    </FluentProvider>
  );
}
