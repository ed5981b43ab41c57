import * as React from "react";
import { Body1, Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronUp16Regular } from "@fluentui/react-icons";
import type { Role } from "../../core/types";
import { mappingProblem, type MappingView } from "../state/columnMapping";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  optional: { justifySelf: "start", marginTop: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ColumnMappingProps {
  mapping: MappingView;
  onSave(columns: Partial<Record<Role, number>>): void;
  onCancel?(): void;
}

const NONE = "none";

function initial(mapping: MappingView): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  for (const r of mapping.roles) if (r.column !== undefined) out[r.role] = r.column;
  return out;
}

/** Map each role to a column: required ones first, the rest optional. The draft lives here until "Save". */
export function ColumnMapping({ mapping, onSave, onCancel }: ColumnMappingProps): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState(() => initial(mapping));
  const [tried, setTried] = React.useState(false);
  const optionalRoles = mapping.roles.filter((r) => !r.required);
  // Optional columns start folded unless some are already mapped: the three required ones are what setup needs.
  const [showOptional, setShowOptional] = React.useState(() => optionalRoles.some((r) => r.column !== undefined));
  const problem = mappingProblem(draft);
  const byIndex = new Map(mapping.choices.map((c) => [String(c.index), c.label]));

  const field = (role: Role, label: string, required: boolean) => {
    const value = draft[role] === undefined ? NONE : String(draft[role]);
    return (
      <Field key={role} label={label} required={required}>
        <Dropdown
          className={styles.dropdown}
          data-role={role}
          value={value === NONE ? (required ? "" : "Not in this sheet") : (byIndex.get(value) ?? "")}
          placeholder="Choose a column"
          selectedOptions={[value]}
          onOptionSelect={(_, d) => {
            const next = { ...draft };
            if (d.optionValue === NONE || d.optionValue === undefined) delete next[role];
            else next[role] = Number(d.optionValue);
            setDraft(next);
          }}
        >
          {required ? null : <Option value={NONE}>Not in this sheet</Option>}
          {mapping.choices.map((c) => (
            <Option key={c.index} value={String(c.index)}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <form
      className={styles.form}
      aria-label="Column mapping"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!problem) onSave(draft);
      }}
    >
      <div className={styles.fields}>
        {mapping.roles.filter((r) => r.required).map((r) => field(r.role, r.label, true))}
        <Button
          className={styles.optional}
          appearance="subtle"
          icon={showOptional ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          iconPosition="after"
          aria-expanded={showOptional}
          onClick={() => setShowOptional(!showOptional)}
        >
          Optional columns ({optionalRoles.length})
        </Button>
        {showOptional ? optionalRoles.map((r) => field(r.role, r.label, false)) : null}
      </div>
      {tried && problem ? (
        <Body1 className={styles.error} role="alert">
          {problem}
        </Body1>
      ) : null}
      <div className={styles.actions}>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
        <Button appearance="primary" type="submit">
          Save columns
        </Button>
      </div>
    </form>
  );
}
