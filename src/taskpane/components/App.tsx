import * as React from "react";
import { Button, FluentProvider, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle48Regular, TableSimple48Regular, Warning48Regular } from "@fluentui/react-icons";
import type { Clock } from "../state/clock";
import type { PaneStore } from "../state/paneStore";
import { usePaneView } from "../state/usePane";
import { ActionBar } from "./ActionBar";
import { ReportScreen } from "./ReportScreen";
import { PaneScreen } from "./PaneScreen";
import { usePaneTheme } from "./theme";
import { useTypography } from "./typography";
import { useFocusReturn } from "./useFocusReturn";
import type { OfficeThemeLike } from "../state/themeChoice";

// Notices come after the first summary (or with a question about it): their message bar loads on first use.
const NoticeBar = React.lazy(() => import(/* webpackChunkName: "notice" */ "./NoticeBar"));
const SettingsDialog = React.lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsDialog"));
const RemindersDialog = React.lazy(() => import(/* webpackChunkName: "reminders-ui" */ "./RemindersDialog"));
const ConvertDialog = React.lazy(() => import(/* webpackChunkName: "convert" */ "./ConvertDialog"));
const ColumnsDialog = React.lazy(() => import(/* webpackChunkName: "columns" */ "./ColumnsDialog"));
// The follow-up loop loads on the rep's first "Done…" or "Follow-ups" click, never with the pane.
const FollowUpRoot = React.lazy(() => import(/* webpackChunkName: "follow-up" */ "./followUp/FollowUpRoot"));

const useStyles = makeStyles({
  // Layout lives on an inner element: FluentProvider copies its className onto portals (dialogs, listboxes).
  surface: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    boxSizing: "border-box",
    minWidth: "280px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  caption: { color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  store: PaneStore;
  clock: Clock;
  /** Office's theme, read by the boot (undefined in the preview and where Office does not say). */
  officeTheme?: OfficeThemeLike;
}

/** The task pane: header and actions, one designed screen, and the panels on top. */
export function App({ store, clock, officeTheme }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const type = useTypography();
  const theme = usePaneTheme(officeTheme);
  const view = usePaneView(store, clock);
  useFocusReturn(view.panel);
  const followUpAsk = React.useSyncExternalStore(store.followUp.subscribe, store.followUp.get);
  const { screen } = view;
  // Dialogs stay mounted once opened, so Fluent runs its close (and un-hides the pane) before a dialog goes away.
  // Their keys name the dialog: the counters are per dialog, so bare numbers would collide between siblings.
  const o = view.openings;
  const hasSheet = screen.kind === "report" || screen.kind === "noProspects";
  return (
    <FluentProvider theme={theme}>
      <div className={styles.surface}>
        <main className={styles.root} aria-busy={view.busy !== null}>
          <header className={styles.header}>
            <h1 className={type.subtitle1}>NextStep</h1>
            <span className={mergeClasses(type.caption1, styles.caption)}>
              {"sourceLabel" in screen ? `Prospects in “${screen.sourceLabel}”` : "Who to call today, and what to fix"}
            </span>
          </header>
          {hasSheet ? (
            <ActionBar
              highlightOn={screen.kind === "report" && screen.highlightOn}
              busy={view.busy !== null}
              canRemind={screen.kind === "report" && !view.remindersBlocked}
              remindBlockedWhy={view.remindersBlocked}
              onToggleHighlight={() => void store.toggleHighlight()}
              onCreateReminders={() => void store.reminders.open()}
              onRefresh={() => void store.refresh()}
              onSettings={() => store.openPanel("settings")}
              onColumns={() => store.openPanel("mapping")}
            />
          ) : null}
          {view.notice ? (
            <React.Suspense fallback={null}>
              <NoticeBar
                notice={view.notice}
                onDismiss={store.dismissNotice}
                onUndo={() => void store.undoConversion()}
                onDateOrder={(order) => void store.useDateOrder(order)}
              />
            </React.Suspense>
          ) : null}
          {screen.kind === "report" && screen.canUndo && !view.notice?.offerUndo ? (
            // The undo stays reachable until the next conversion, not only in a dismissible notice.
            <Button appearance="subtle" disabled={view.busy !== null} onClick={() => void store.undoConversion()}>
              Undo text-date conversion
            </Button>
          ) : null}
          {screen.kind === "report" ? (
            <ReportScreen view={screen} store={store} />
          ) : (
            <PaneScreen
              screen={screen}
              store={store}
              icons={{ sheet: <TableSimple48Regular />, error: <ErrorCircle48Regular />, warn: <Warning48Regular /> }}
            />
          )}
          <React.Suspense fallback={null}>
            {o.settings ? (
              <SettingsDialog key={`settings-${o.settings}`} store={store} open={view.panel === "settings"} />
            ) : null}
            {o.reminders ? (
              <RemindersDialog
                key={`reminders-${o.reminders}`}
                store={store}
                stage={view.reminders}
                open={view.panel === "reminders"}
              />
            ) : null}
            {o.mapping && view.mapping ? (
              <ColumnsDialog
                key={`mapping-${o.mapping}`}
                store={store}
                mapping={view.mapping}
                open={view.panel === "mapping"}
              />
            ) : null}
            {o.convert && screen.kind === "report" ? (
              <ConvertDialog
                key={`convert-${o.convert}`}
                open={view.panel === "convert"}
                rows={screen.conversion}
                title={screen.convertLabel ?? "Convert text dates"}
                onConfirm={() => void store.applyConversion()}
                onCancel={store.closePanel}
              />
            ) : null}
            {followUpAsk.seq > 0 ? <FollowUpRoot pane={store} clock={clock} /> : null}
          </React.Suspense>
        </main>
      </div>
    </FluentProvider>
  );
}
