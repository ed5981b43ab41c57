import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { IcsDownload } from "../state/remindersFlow";
import { downloadNote } from "../state/reminderLists";

const useStyles = makeStyles({
  steps: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** After "Download .ics": what was saved and how each Outlook takes it in. */
export function DownloadedNote({ downloaded }: { downloaded: IcsDownload }): React.JSX.Element {
  const styles = useStyles();
  const note = downloadNote(downloaded.fileName, downloaded.followUps);
  return (
    <MessageBar intent="success" layout="multiline" data-testid="ics-downloaded">
      <MessageBarBody>
        <MessageBarTitle>{note.headline}</MessageBarTitle>
        <ul className={styles.steps}>
          {note.steps.map((s) => (
            <li key={s.outlook}>
              <strong>{s.outlook}:</strong> {s.how}
            </li>
          ))}
        </ul>
        {note.reimport}
      </MessageBarBody>
    </MessageBar>
  );
}
