import * as React from "react";
import { Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { MappingView } from "../state/columnMapping";
import type { PaneStore } from "../state/paneStore";
import { ColumnMapping } from "./ColumnMapping";

/** Lazily loaded: change which column plays which role, any time after setup. */
export default function ColumnsDialog({
  store,
  mapping,
  open,
}: {
  store: PaneStore;
  mapping: MappingView;
  open: boolean;
}): React.JSX.Element {
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : store.closePanel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Columns</DialogTitle>
          <DialogContent>
            <ColumnMapping mapping={mapping} onSave={(c) => void store.saveMapping(c)} onCancel={store.closePanel} />
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
