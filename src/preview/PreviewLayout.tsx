import * as React from "react";
import {
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { PreviewGrid } from "./grid/PreviewGrid";
import type { GridFeed } from "./grid/gridTypes";
import { useGridModel } from "./grid/useGridFeed";
import type { DemoVariant } from "./demo/demoSheet";

const useStyles = makeStyles({
  root: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: { borderRadius: 0, flexShrink: 0 },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "row",
    "@media (max-width: 760px)": { flexDirection: "column" },
  },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
    "@media (max-width: 760px)": {
      flexGrow: 0,
      height: "38vh",
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 760px)": { width: "auto", flexGrow: 1, borderLeft: "none" },
  },
});

export interface PreviewLayoutProps {
  feed: GridFeed;
  variant: DemoVariant;
  dark: boolean;
  /** Called once with the element the pane mounts into. */
  onPane(element: HTMLElement): void;
}

/** The browser preview: a banner, the demo sheet as a grid, and the real pane beside it (above it when narrow). */
export function PreviewLayout({ feed, variant, dark, onPane }: PreviewLayoutProps): React.JSX.Element {
  const styles = useStyles();
  const model = useGridModel(feed);
  const paneRef = React.useRef<HTMLDivElement>(null);
  const mounted = React.useRef(false);
  React.useEffect(() => {
    if (paneRef.current && !mounted.current) {
      mounted.current = true;
      onPane(paneRef.current);
    }
  }, [onPane]);
  const other = variant === "standard" ? "?demo=unusual" : "?";
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <MessageBar intent="info" className={styles.banner} data-testid="preview-banner">
          <MessageBarBody>
            <MessageBarTitle>Preview — not connected to Excel.</MessageBarTitle>A demo workbook dated from today;
            changes stay in this tab.{" "}
            <Link href={other}>
              {variant === "standard" ? "Try a sheet with unusual headers" : "Back to the demo sheet"}
            </Link>
          </MessageBarBody>
        </MessageBar>
        <div className={styles.body}>
          <div className={styles.grid}>
            <PreviewGrid model={model} />
          </div>
          <div className={styles.pane} ref={paneRef} data-testid="pane-host" />
        </div>
      </div>
    </FluentProvider>
  );
}
