import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { RescheduleTarget } from "../../../core/followup";
import type { FollowUpView } from "../../state/followUpView";
import { LoopSettings, MoveSection, PromiseSection, QuietSection, ScopeSection } from "./followUpSections";
import { PlanSection } from "./PlanSection";

const useStyles = makeStyles({
  content: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    maxHeight: "70vh",
    overflowY: "auto",
    // Children keep their height: the content scrolls instead of squeezing a long message over the sections.
    "& > *": { flexShrink: 0 },
  },
});

export interface FollowUpActions {
  onScope(scope: "mine" | "everyone"): void;
  onMe(me: string): void;
  onPreviewMove(target: RescheduleTarget): void;
  onApplyMove(): void;
  onCancelMove(): void;
  /** Unticks / ticks one row of the move's preview. */
  onToggleMove(key: string): void;
  onUsePromise(key: string): void;
  onAddTouches(): void;
  onAddPlan(how: "outlook" | "ics" | "link"): void;
  onUndo(): void;
  onCopy(text: string): void;
  /** Copy promise for a follow-up's own date and time. */
  onCopyRow(key: string): void;
  onDismiss(): void;
  onClose(): void;
  onQuietDays(days: number): void;
  onDayStart(time: string): void;
}

/** The outcome of the last follow-up action, with Undo / Copy promise where they apply. */
export function FollowUpMessage(props: { view: FollowUpView; actions: FollowUpActions }): React.JSX.Element | null {
  const { message } = props.view;
  if (!message) return null;
  return (
    // A message that also says how Outlook followed is too long for one line: its actions go under it.
    <MessageBar
      intent={message.intent}
      layout={message.text.length > 80 ? "multiline" : "auto"}
      data-testid="fu-message"
    >
      <MessageBarBody>{message.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss" size="small" onClick={props.actions.onDismiss}>
            ✕
          </Button>
        }
      >
        {message.canUndo ? (
          <Button size="small" onClick={props.actions.onUndo} data-testid="fu-undo">
            Undo
          </Button>
        ) : null}
        {message.copy ? (
          <Button size="small" onClick={() => props.actions.onCopy(message.copy as string)}>
            Copy promise
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}

/** The follow-up loop: whose prospects, bulk moves, promises, who went quiet, today's plan. */
export function FollowUpPanel({
  open,
  view,
  actions,
}: {
  /** Stays mounted while closed, as the pane's own dialogs do: Fluent then leaves the page as it found it. */
  open: boolean;
  view: FollowUpView;
  actions: FollowUpActions;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : actions.onClose())}>
      <DialogSurface data-testid="fu-panel" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Follow-ups</DialogTitle>
          <DialogContent className={styles.content}>
            <FollowUpMessage view={view} actions={actions} />
            <ScopeSection view={view} onScope={actions.onScope} onMe={actions.onMe} />
            <MoveSection
              view={view}
              onPreview={actions.onPreviewMove}
              onApply={actions.onApplyMove}
              onCancel={actions.onCancelMove}
              onToggle={actions.onToggleMove}
            />
            <PromiseSection view={view} onUse={actions.onUsePromise} />
            <QuietSection view={view} onAddTouches={actions.onAddTouches} />
            <PlanSection view={view} onAdd={actions.onAddPlan} onCopy={actions.onCopyRow} />
            <LoopSettings view={view} onQuietDays={actions.onQuietDays} onDayStart={actions.onDayStart} />
          </DialogContent>
          <DialogActions>
            <Button onClick={actions.onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
