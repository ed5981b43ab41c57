import * as React from "react";
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { PreviewGrid } from "./grid/PreviewGrid";
import { memoryGridActions } from "./grid/gridActions";
import { memoryGridFeed } from "./grid/memoryGridFeed";
import { useGridModel } from "./grid/useGridFeed";
import type { DemoVariant } from "./demo/demoSheet";
import type { MemoryWorkbook } from "./memory/model/workbook";
import { PreviewBanner } from "./PreviewBanner";
import type { PreviewSession } from "./session/previewSession";
import { useFileDrop } from "./useFileDrop";

/** Below this width the grid stacks under the pane (the pane is what the rep came for). */
const NARROW = "@media (max-width: 760px)";

const useStyles = makeStyles({
  root: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "row",
    [NARROW]: { flexDirection: "column" },
  },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    [NARROW]: {
      order: 2,
      flexGrow: 0,
      height: "60vh",
      minHeight: "280px",
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { order: 1, width: "auto", overflowY: "visible", borderLeft: "none" },
  },
  dropHint: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    pointerEvents: "none",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
    outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-12px",
  },
});

export interface PreviewLayoutProps {
  session: PreviewSession;
  variant: DemoVariant;
  dark: boolean;
  /**
   * Called with the element the pane mounts into: once, and again for each workbook the rep opens. May return when
   * the pane has its first answer: the grid waits for it the first time (see PreviewLayout).
   */
  onPane(element: HTMLElement): Promise<void> | void;
}

/** After the browser has painted what is on screen now. */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The workbook as a grid, fed from the in-memory Excel. */
function SheetGrid({ workbook }: { workbook: MemoryWorkbook }): React.JSX.Element {
  const feed = React.useMemo(() => memoryGridFeed(workbook), [workbook]);
  const actions = React.useMemo(() => memoryGridActions(workbook), [workbook]);
  const model = useGridModel(feed);
  return <PreviewGrid model={model} actions={actions} />;
}

/** The browser preview: a banner, the sheet as a grid, and the real pane beside it (above it when narrow). */
export function PreviewLayout({ session, variant, dark, onPane }: PreviewLayoutProps): React.JSX.Element {
  const styles = useStyles();
  const state = React.useSyncExternalStore(session.subscribe, session.get, session.get);
  const paneRef = React.useRef<HTMLDivElement>(null);
  const mounted = React.useRef(-1);
  // The grid first renders once the pane has shown its summary: that is what the rep came for (inside Excel there is
  // no grid at all), and building the grid's cells first would keep the summary waiting.
  const [gridShown, setGridShown] = React.useState(false);
  // A layout effect: the pane starts reading before the browser paints the banner, not a frame after it.
  React.useLayoutEffect(() => {
    if (paneRef.current && mounted.current !== state.generation) {
      mounted.current = state.generation;
      const started = onPane(paneRef.current);
      void Promise.resolve(started)
        .then(afterPaint)
        .then(() => setGridShown(true));
    }
  }, [onPane, state.generation]);
  const dragging = useFileDrop((file) => void session.openFile(file.name, file));
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <PreviewBanner
          state={state}
          variant={variant}
          onPick={(file) => void session.openFile(file.name, file)}
          onDownload={() => void session.download()}
          onDismissProblem={session.dismissProblem}
        />
        <div className={styles.body}>
          <div className={styles.grid}>{gridShown ? <SheetGrid workbook={state.workbook} /> : null}</div>
          {/* A new element per workbook: the pane starts again on the file the rep opened. */}
          <div key={state.generation} className={styles.pane} ref={paneRef} data-testid="pane-host" />
        </div>
        {dragging ? (
          <div className={styles.dropHint} data-testid="drop-hint" aria-hidden>
            Drop your sheet to open it here (nothing is uploaded)
          </div>
        ) : null}
      </div>
    </FluentProvider>
  );
}
