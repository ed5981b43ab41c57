import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { DateOrder } from "../../core/types";
import type { Notice } from "../state/model";
import { dateOrderWords } from "../state/wording";

export interface NoticeBarProps {
  notice: Notice;
  onDismiss(): void;
  onUndo(): void;
  onDateOrder(order: DateOrder): void;
}

/** One message at a time under the actions: what happened, and the one thing to do about it. */
export default function NoticeBar({ notice, onDismiss, onUndo, onDateOrder }: NoticeBarProps): React.JSX.Element {
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss" icon={<Dismiss20Regular />} onClick={onDismiss} />
        }
      >
        {notice.offerUndo ? <Button onClick={onUndo}>Undo conversion</Button> : null}
        {notice.offerDateOrder ? (
          <Button onClick={() => onDateOrder(notice.offerDateOrder as DateOrder)}>
            Read {dateOrderWords(notice.offerDateOrder)}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
