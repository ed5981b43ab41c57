import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import type { RescheduleTarget } from "../../../core/followup";
import type { FollowUpView } from "../../state/followUpView";

export const useSectionStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** My prospects / Everyone, which owner is the rep, and (for a manager) the counts per owner. */
export function ScopeSection(props: {
  view: FollowUpView;
  onScope(scope: "mine" | "everyone"): void;
  onMe(me: string): void;
}): React.JSX.Element | null {
  const s = useSectionStyles();
  const { view } = props;
  if (!view.hasOwnerColumn) return null;
  return (
    <section className={s.section} aria-labelledby="fu-scope" data-testid="fu-scope">
      <h3 id="fu-scope" className={s.heading}>
        Whose prospects
      </h3>
      <div className={s.row}>
        <Select
          aria-label="Which owner is you"
          value={view.me ?? ""}
          onChange={(_, d) => props.onMe(d.value)}
          data-testid="fu-me"
        >
          <option value="">Which owner are you?</option>
          {view.owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
        <Button
          appearance={view.scope === "mine" ? "primary" : "secondary"}
          aria-pressed={view.scope === "mine"}
          disabled={!view.me}
          onClick={() => props.onScope("mine")}
          data-testid="fu-mine"
        >
          My prospects
        </Button>
        <Button
          appearance={view.scope === "everyone" ? "primary" : "secondary"}
          aria-pressed={view.scope === "everyone"}
          onClick={() => props.onScope("everyone")}
          data-testid="fu-everyone"
        >
          Everyone
        </Button>
      </div>
      <Caption1 data-testid="fu-counts">
        {view.counts.overdue} overdue · {view.counts.dueToday} due today · {view.counts.noNextStep} without a next step
      </Caption1>
      {view.scope === "everyone" && view.perOwner.length ? (
        <table className={s.table} data-testid="fu-owners">
          <thead>
            <tr>
              <th className={s.cell}>Owner</th>
              <th className={s.cell}>Overdue</th>
              <th className={s.cell}>Today</th>
              <th className={s.cell}>No next step</th>
            </tr>
          </thead>
          <tbody>
            {view.perOwner.map((o) => (
              <tr key={o.owner || "(none)"}>
                <td className={s.cell}>{o.owner || "(no owner)"}</td>
                <td className={s.cell}>{o.overdue}</td>
                <td className={s.cell}>{o.dueToday}</td>
                <td className={s.cell}>{o.noNextStep}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

const TARGETS: [RescheduleTarget, string][] = [
  ["today", "Today"],
  ["tomorrow", "Tomorrow"],
  ["nextWorkingDay", "Next working day"],
];

/** "Move N overdue follow-ups to …": pick a day, see each row's old and new date, then one write. */
export function MoveSection(props: {
  view: FollowUpView;
  onPreview(target: RescheduleTarget): void;
  onApply(): void;
  onCancel(): void;
  onToggle(key: string): void;
}): React.JSX.Element | null {
  const s = useSectionStyles();
  const { view } = props;
  if (view.overdue === 0 && !view.move) return null;
  const ticked = view.move?.lines.filter((l) => l.ticked).length ?? 0;
  return (
    <section className={s.section} aria-labelledby="fu-move" data-testid="fu-move">
      <h3 id="fu-move" className={s.heading}>
        Move {view.overdue} overdue follow-up{view.overdue === 1 ? "" : "s"} to…
      </h3>
      <div className={s.row}>
        {TARGETS.map(([target, label]) => (
          <Button
            key={target}
            size="small"
            appearance={view.move?.target === target ? "primary" : "secondary"}
            aria-pressed={view.move?.target === target}
            onClick={() => props.onPreview(target)}
          >
            {label}
          </Button>
        ))}
      </div>
      {view.move ? (
        <>
          <table className={s.table} data-testid="fu-move-preview">
            <thead>
              <tr>
                <th className={s.cell}>Move</th>
                <th className={s.cell}>Prospect</th>
                <th className={s.cell}>From</th>
                <th className={s.cell}>To</th>
              </tr>
            </thead>
            <tbody>
              {view.move.lines.map((l) => (
                <tr key={l.row}>
                  <td className={s.cell}>
                    <Checkbox
                      checked={l.ticked}
                      onChange={() => props.onToggle(l.key)}
                      aria-label={`Move ${l.prospect}`}
                      data-testid="fu-move-tick"
                    />
                  </td>
                  <td className={s.cell}>{l.prospect}</td>
                  <td className={s.cell}>{l.from}</td>
                  <td className={s.cell}>{l.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={s.row}>
            <Button size="small" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button
              size="small"
              appearance="primary"
              disabled={view.busy || ticked === 0}
              onClick={props.onApply}
              data-testid="fu-move-apply"
            >
              {view.move.title}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** Days and times next steps promise: an offer when the date is empty, a problem when it contradicts the date. */
export function PromiseSection(props: { view: FollowUpView; onUse(key: string): void }): React.JSX.Element | null {
  const s = useSectionStyles();
  const { offers, conflicts } = props.view;
  if (offers.length === 0 && conflicts.length === 0) return null;
  return (
    <section className={s.section} aria-labelledby="fu-promises" data-testid="fu-promises">
      <h3 id="fu-promises" className={s.heading}>
        Promises in next steps
      </h3>
      {offers.map((o) => (
        <div key={o.key} className={s.row}>
          <Body1>{o.prospect}</Body1>
          <Button size="small" disabled={props.view.busy} onClick={() => props.onUse(o.key)}>
            {o.label}
          </Button>
        </div>
      ))}
      {conflicts.map((c) => (
        <Body1 key={c.row} className={s.problem}>
          {c.prospect} (row {c.row}): {c.message}
        </Body1>
      ))}
    </section>
  );
}

/** Who went quiet, or what one extra column would show. */
export function QuietSection(props: { view: FollowUpView; onAddTouches(): void }): React.JSX.Element {
  const s = useSectionStyles();
  const { view } = props;
  return (
    <section className={s.section} aria-labelledby="fu-quiet" data-testid="fu-quiet">
      <h3 id="fu-quiet" className={s.heading}>
        {view.quietHelp ? "Gone quiet" : `Gone quiet · ${view.quiet.length}`}
      </h3>
      {view.quietHelp ? (
        <>
          <Body1 className={s.muted}>{view.quietHelp}</Body1>
          <Button size="small" disabled={view.busy} onClick={props.onAddTouches} data-testid="fu-add-touches">
            Add a Touches column
          </Button>
        </>
      ) : view.quiet.length === 0 ? (
        <Body1 className={s.muted}>Nobody: every active prospect has recent contact or a step scheduled.</Body1>
      ) : (
        <ul className={s.list}>
          {view.quiet.map((q) => (
            <li key={q.row}>
              <strong>{q.prospect}</strong> — {q.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The loop's two settings, saved for this rep: days without contact before "gone quiet", and the start of the day. */
export function LoopSettings(props: {
  view: FollowUpView;
  onQuietDays(days: number): void;
  onDayStart(time: string): void;
}): React.JSX.Element {
  const s = useSectionStyles();
  return (
    <section className={s.section} aria-labelledby="fu-settings">
      <h3 id="fu-settings" className={s.heading}>
        Settings
      </h3>
      <div className={s.row}>
        <Field label="Gone quiet after (days)">
          <Input
            type="number"
            min={1}
            max={365}
            value={String(props.view.quietDays)}
            onChange={(_, d) => props.onQuietDays(Number(d.value))}
          />
        </Field>
        <Field label="Start of my day">
          <Input type="time" value={props.view.dayStart} onChange={(_, d) => props.onDayStart(d.value)} />
        </Field>
      </div>
    </section>
  );
}
