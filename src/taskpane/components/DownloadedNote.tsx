import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IcsDownload } from "../state/remindersFlow";
import { downloadNote } from "../state/reminderLists";

const useStyles = makeStyles({
  steps: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** After "Download .ics": what happened and how each Outlook takes the file in (or "Copy calendar" where none saves). */
export function DownloadedNote({
  download,
  onCopy,
}: {
  download: IcsDownload;
  onCopy?: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const note = downloadNote(download);
  return (
    <MessageBar
      intent={download.kind === "copyInstead" ? "warning" : "success"}
      layout="multiline"
      data-testid="ics-downloaded"
    >
      <MessageBarBody data-testid="ics-download-outcome">
        <MessageBarTitle>{note.headline}</MessageBarTitle>
        {note.steps.length ? (
          <ul className={styles.steps}>
            {note.steps.map((s) => (
              <li key={s.outlook}>
                <strong>{s.outlook}:</strong> {s.how}
              </li>
            ))}
          </ul>
        ) : null}
        {note.reimport}
      </MessageBarBody>
      {download.kind === "copyInstead" && onCopy ? (
        <MessageBarActions>
          <Button size="small" onClick={onCopy}>
            Copy calendar
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
