import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens, Tooltip } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { useReminderListStyles } from "./reminderListStyles";
import type { FollowUpItem } from "../state/remindersFlow";
import { page } from "../state/attention";
import { FOLLOW_UP_PAGE, followUpTag } from "../state/reminderLists";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  prospect: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  more: { alignSelf: "flex-start" },
});

export interface FollowUpListProps {
  items: readonly FollowUpItem[];
  onOpen(id: string): void;
}

/** What will be made, one compact line each, with "Open in Outlook" per line; long lists are paged. */
export function FollowUpList({ items, onOpen }: FollowUpListProps): React.JSX.Element {
  const styles = useStyles();
  const list = useReminderListStyles();
  const [limit, setLimit] = React.useState(FOLLOW_UP_PAGE);
  const { shown, remaining } = page(items, limit);
  return (
    <section className={list.root} aria-labelledby="follow-ups" data-testid="follow-ups">
      <h3 id="follow-ups" className={list.heading}>
        Follow-ups · {items.length}
      </h3>
      <ul className={list.list}>
        {shown.map((f) => {
          const tag = followUpTag(f);
          const label = `Open follow-up with ${f.prospect} in Outlook`;
          return (
            <li key={f.id} className={mergeClasses(list.item, styles.item)} data-follow-up={f.id}>
              <span className={styles.text}>
                <span className={styles.prospect} title={f.prospect}>
                  {f.prospect}
                </span>
                <Caption1 className={list.muted}>
                  {f.when}
                  {tag ? ` · ${tag}` : ""}
                </Caption1>
              </span>
              <Tooltip content="Open in Outlook on the web" relationship="description">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<Open16Regular />}
                  aria-label={label}
                  onClick={() => onOpen(f.id)}
                />
              </Tooltip>
            </li>
          );
        })}
      </ul>
      {remaining > 0 ? (
        <Button className={styles.more} size="small" onClick={() => setLimit(limit + FOLLOW_UP_PAGE * 2)}>
          Show {Math.min(remaining, FOLLOW_UP_PAGE * 2)} more ({remaining} not shown)
        </Button>
      ) : null}
    </section>
  );
}
