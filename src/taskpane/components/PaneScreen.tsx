import * as React from "react";
import type { PaneStore } from "../state/paneStore";
import type { Screen } from "../state/paneView";
import { StartingScreen, StateScreen } from "./StateScreen";

const SetupScreen = React.lazy(() => import(/* webpackChunkName: "setup" */ "./SetupScreen"));

interface Icons {
  sheet: React.ReactNode;
  error: React.ReactNode;
  warn: React.ReactNode;
}

/** Every screen other than the report: first run, blocked host, errors, empty sheet, no prospects, setup. */
export function PaneScreen(props: {
  screen: Exclude<Screen, { kind: "report" }>;
  store: PaneStore;
  icons: Icons;
}): React.JSX.Element {
  const { screen, store, icons } = props;
  const retry = { label: "Try again", onClick: () => void store.refresh() };
  switch (screen.kind) {
    case "starting":
      return <StartingScreen />;
    case "blocked":
      return (
        <StateScreen
          testId="blocked"
          tone="warning"
          icon={icons.warn}
          title="This Excel can't run NextStep"
          message={screen.message}
        />
      );
    case "error":
      return (
        <StateScreen
          testId="error"
          tone="warning"
          icon={icons.error}
          title={screen.title ?? "Something went wrong"}
          message={screen.message}
          action={retry}
        />
      );
    case "empty":
      return (
        <StateScreen
          testId="empty"
          icon={icons.sheet}
          title="This sheet is empty"
          message="Open the sheet with your prospects, or put them in a table with a header row (Company, Next step, Date), then press Refresh."
          action={{ label: "Refresh", onClick: () => void store.refresh() }}
        />
      );
    case "noProspects":
      return (
        <StateScreen
          testId="no-prospects"
          icon={icons.sheet}
          title="No prospects yet"
          message={`“${screen.sourceLabel}” has the right columns but no rows under the header. Add a prospect with a next step and a date; NextStep updates as you type.`}
        />
      );
    case "setup":
      // Its own boundary: a live re-check (or a sheet switch) can land here after start-up, outside any other.
      return (
        <React.Suspense fallback={null}>
          <SetupScreen
            mapping={screen.mapping}
            sourceLabel={screen.sourceLabel}
            notes={screen.notes}
            onSave={(c) => void store.saveMapping(c)}
          />
        </React.Suspense>
      );
  }
}
