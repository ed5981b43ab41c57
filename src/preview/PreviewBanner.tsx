import * as React from "react";
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import type { PreviewState } from "./session/previewSession";
import type { DemoVariant } from "./demo/demoSheet";

const useStyles = makeStyles({
  banner: { borderRadius: 0, flexShrink: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hiddenInput: { display: "none" },
  progress: {
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export const ACCEPTED_FILES = ".xlsx,.xlsm,.csv,.tsv,.txt";

export interface PreviewBannerProps {
  state: PreviewState;
  variant: DemoVariant;
  onPick(file: File): void;
  onDownload(): void;
  onDismissProblem(): void;
}

/** The banner: where the workbook comes from, that nothing leaves the page, and the file actions and messages. */
export function PreviewBanner({
  state,
  variant,
  onPick,
  onDownload,
  onDismissProblem,
}: PreviewBannerProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const other = variant === "standard" ? "?demo=unusual" : "?";
  const fromFile = state.source.kind === "file" ? state.source : null;
  return (
    <>
      <MessageBar intent="info" className={styles.banner} data-testid="preview-banner" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Preview — not connected to Excel.</MessageBarTitle>
          {fromFile ? (
            <span data-testid="opened-file">
              {`${fromFile.name}${fromFile.encoding ? ` (${fromFile.encoding})` : ""}. `}
            </span>
          ) : (
            <>
              A demo workbook dated from today.{" "}
              <Link href={other}>
                {variant === "standard" ? "Try a sheet with unusual headers" : "Back to the demo sheet"}
              </Link>
              .{" "}
            </>
          )}
          <span data-testid="stays-local">
            Open your own sheet (.xlsx or .csv, or drop it on the page): it is read in this tab only and nothing is
            uploaded or sent anywhere. Changes stay in this tab.
          </span>
        </MessageBarBody>
        <MessageBarActions>
          <div className={styles.actions}>
            <input
              ref={input}
              type="file"
              accept={ACCEPTED_FILES}
              className={styles.hiddenInput}
              data-testid="file-input"
              aria-hidden
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = ""; // picking the same file again opens it again
                if (file) onPick(file);
              }}
            />
            <Button appearance="primary" disabled={state.reading !== null} onClick={() => input.current?.click()}>
              Open your sheet…
            </Button>
            <Button disabled={state.downloading || state.reading !== null} onClick={onDownload}>
              {state.downloading ? "Preparing…" : "Download with highlights"}
            </Button>
          </div>
        </MessageBarActions>
      </MessageBar>
      {state.reading ? (
        <div className={styles.progress} data-testid="file-progress" role="status">
          <ProgressBar
            value={state.reading.fraction}
            max={1}
            thickness="large"
            aria-label={`Opening ${state.reading.name}`}
          />
          {`Opening ${state.reading.name}: ${state.reading.stage}`}
        </div>
      ) : null}
      {state.problem ? (
        <MessageBar intent="error" className={styles.banner} data-testid="file-problem" layout="multiline">
          <MessageBarBody>{state.problem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onDismissProblem}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.notes.length ? (
        <MessageBar intent="warning" className={styles.banner} data-testid="file-notes" layout="multiline">
          <MessageBarBody>
            <ul className={styles.notes}>
              {state.notes.map((note) => (
                <li key={note.kind + note.text}>{note.text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
