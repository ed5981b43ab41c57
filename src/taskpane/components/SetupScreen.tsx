import * as React from "react";
import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Role } from "../../core/types";
import type { MappingView } from "../state/columnMapping";
import { ColumnMapping } from "./ColumnMapping";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  detected: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface SetupScreenProps {
  mapping: MappingView;
  sourceLabel: string;
  /** Why the core could not decide (e.g. only history dates such as "Create Date"): plain text from the report. */
  notes?: readonly string[];
  onSave(columns: Partial<Record<Role, number>>): void;
}

/** Lazily loaded (the dropdowns stay out of the everyday bundle): required columns were not found; show what was
 * detected and let the rep map each role. */
export default function SetupScreen({ mapping, sourceLabel, notes = [], onSave }: SetupScreenProps): React.JSX.Element {
  const styles = useStyles();
  const found = mapping.roles.filter((r) => r.column !== undefined);
  const label = (i: number) => mapping.choices.find((c) => c.index === i)?.label ?? "";
  return (
    <div className={styles.root} data-state="setup">
      <Subtitle2 as="h2">Where are your columns?</Subtitle2>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>Which columns are which?</MessageBarTitle>
          {mapping.missingSentence} Pick them below for “{sourceLabel}”: NextStep keeps the choice in this workbook when
          you next save it, and co-authors get it too. {mapping.addSentence}
        </MessageBarBody>
      </MessageBar>
      {notes.map((note) => (
        <Body1 key={note} data-testid="setup-note">
          {note}
        </Body1>
      ))}
      {found.length ? (
        <div>
          <Body1>Detected:</Body1>
          <ul className={styles.detected}>
            {found.map((r) => (
              <li key={r.role}>
                {r.label}: {label(r.column as number)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Body1>Each column below is shown by its letter and the text at its top.</Body1>
      )}
      <ColumnMapping mapping={mapping} onSave={onSave} />
    </div>
  );
}
