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
  tokens,
} from "@fluentui/react-components";
import type { ConversionRow } from "../state/paneView";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  scroll: { maxHeight: "50vh", overflowY: "auto", marginTop: tokens.spacingVerticalS },
});

export interface ConvertDialogProps {
  open: boolean;
  rows: ConversionRow[];
  title: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Lazily loaded: confirms a text-date conversion by listing each cell's old text and the date it becomes. */
export default function ConvertDialog({
  open,
  rows,
  title,
  onConfirm,
  onCancel,
}: ConvertDialogProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="convert-explain">
        <DialogBody>
          <DialogTitle>{title}?</DialogTitle>
          <DialogContent>
            <span id="convert-explain">
              These cells hold dates typed as text. NextStep will write real dates in their place; you can undo it.
            </span>
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.cell}>Cell</th>
                    <th className={styles.cell}>Text now</th>
                    <th className={styles.cell}>Becomes</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.address}>
                      <td className={styles.cell}>{r.address}</td>
                      <td className={styles.cell}>{r.oldText}</td>
                      <td className={styles.cell}>{r.newDate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" onClick={onConfirm}>
              Convert
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
