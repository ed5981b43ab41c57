import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CalendarLtr20Regular, CheckmarkCircle20Filled } from "@fluentui/react-icons";
import type { PaneStore } from "../state/paneStore";
import type { ReportView } from "../state/paneView";
import { AttentionList } from "./AttentionList";
import { SummaryBadges } from "./SummaryBadges";
import { useAfterFirstFrame } from "./useAfterFirstFrame";
import { useTypography } from "./typography";

// Shown only while highlighting is on: it loads with the highlighting code (the "highlights" chunk), not the pane.
const HighlightLegend = React.lazy(() =>
  import(/* webpackChunkName: "highlights" */ "./HighlightLegend").then((m) => ({ default: m.HighlightLegend })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filterRow: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  filterTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  convert: { alignSelf: "flex-start" },
  empty: { color: tokens.colorNeutralForeground2 },
  // A success note drawn like Fluent's message bar, without loading the message bar for the first summary.
  onTrack: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  onTrackIcon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1 },
});

/** The everyday screen: summary, the text-date fix when there is one, and the attention list (a frame later). */
export function ReportScreen({ view, store }: { view: ReportView; store: PaneStore }): React.JSX.Element {
  const styles = useStyles();
  const type = useTypography();
  const listShown = useAfterFirstFrame();
  return (
    <div className={styles.root} data-state="report">
      {view.legend.length ? (
        <React.Suspense fallback={null}>
          <HighlightLegend items={view.legend} />
        </React.Suspense>
      ) : null}
      <SummaryBadges summary={view.summary} filter={view.filter} onFilter={store.setFilter} />
      {view.onTrack ? (
        <div className={styles.onTrack} role="status" data-testid="on-track">
          <CheckmarkCircle20Filled className={styles.onTrackIcon} aria-hidden />
          <span className={type.body1}>{view.onTrack}</span>
        </div>
      ) : null}
      {view.convertLabel ? (
        <Button
          className={styles.convert}
          icon={<CalendarLtr20Regular />}
          onClick={() => store.openPanel("convert")}
          data-testid="convert"
        >
          {view.convertLabel}
        </Button>
      ) : null}
      <Button className={styles.convert} onClick={store.followUp.openPanel} data-testid="open-follow-ups">
        Follow-ups…
      </Button>
      <div className={styles.filterRow}>
        <h2 className={styles.filterTitle} id="list-title" aria-live="polite">
          {view.filterLabel} · {view.total}
        </h2>
        {view.filter !== "attention" ? (
          <Button appearance="transparent" size="small" onClick={() => store.setFilter(view.filter)}>
            Show all needing attention
          </Button>
        ) : null}
      </div>
      {view.total === 0 ? (
        <span className={mergeClasses(type.body1, styles.empty)}>
          Nothing here — every prospect in this group is on track.
        </span>
      ) : !listShown ? (
        // The list follows the summary by a frame (useAfterFirstFrame); its title above already says how many.
        <div aria-hidden data-testid="attention-list-pending" />
      ) : (
        <AttentionList
          sections={view.sections}
          remaining={view.remaining}
          selectedRow={view.selectedRow}
          onSelect={(row) => void store.selectRow(row)}
          onOpenInOutlook={(key) => void store.reminders.openRowInOutlook(key)}
          onShowMore={store.showMore}
          onDone={store.followUp.openDone}
        />
      )}
    </div>
  );
}
