import * as React from "react";
import { Body1, Button, Link } from "@fluentui/react-components";
import type { FollowUpView } from "../../state/followUpView";
import { useSectionStyles } from "./followUpSections";

/**
 * Today's calls in time order (done ones ticked), and "Add today's plan to Outlook" as one event: through Outlook
 * where sign-in is set up (running it again updates the same event), else as an .ics file or a web link.
 */
export function PlanSection(props: {
  view: FollowUpView;
  onAdd(how: "outlook" | "ics" | "link"): void;
  onCopy(key: string): void;
}): React.JSX.Element {
  const s = useSectionStyles();
  const { plan } = props.view;
  return (
    <section className={s.section} aria-labelledby="fu-plan" data-testid="fu-plan">
      <h3 id="fu-plan" className={s.heading}>
        Today&apos;s plan · {plan.length}
      </h3>
      {plan.length === 0 ? (
        <Body1 className={s.muted}>No calls due today.</Body1>
      ) : (
        <ul className={s.list}>
          {plan.map((item) => (
            <li key={item.key}>
              <span aria-label={item.done ? "done" : "to do"}>{item.done ? "☑" : "☐"}</span>{" "}
              {item.done ? "done" : (item.time ?? "any time")} · <strong>{item.prospect}</strong>
              {item.contact ? ` · ${item.contact}` : ""}
              {item.phone ? (
                <>
                  {" · "}
                  {/* Fluent's Link: the theme's link colour (a bare <a> kept the browser's dark blue on a dark pane). */}
                  <Link href={`tel:${item.phone.replace(/[^\d+]/g, "")}`}>{item.phone}</Link>
                </>
              ) : null}
              {item.nextStep ? ` — ${item.nextStep}` : ""}{" "}
              {item.done ? null : (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={`Copy promise for ${item.prospect}`}
                  onClick={() => props.onCopy(item.key)}
                >
                  Copy promise
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={s.row}>
        {props.view.planViaOutlook ? (
          <>
            <Button
              size="small"
              appearance="primary"
              disabled={props.view.busy}
              onClick={() => props.onAdd("outlook")}
              data-testid="fu-plan-outlook"
            >
              Add today&apos;s plan to Outlook
            </Button>
            <Button size="small" onClick={() => props.onAdd("ics")} data-testid="fu-plan-ics">
              Download .ics
            </Button>
          </>
        ) : (
          <>
            <Button size="small" appearance="primary" onClick={() => props.onAdd("ics")} data-testid="fu-plan-ics">
              Add today&apos;s plan to Outlook (.ics)
            </Button>
            <Button size="small" onClick={() => props.onAdd("link")}>
              Open in Outlook on the web
            </Button>
          </>
        )}
      </div>
    </section>
  );
}
