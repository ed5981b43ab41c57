import { useMemo, useSyncExternalStore } from "react";
import type { Clock } from "./clock";
import type { PaneStore } from "./paneStore";
import { paneView, type PaneView } from "./paneView";

/** Components read the pane through this: the store's model, turned into a view for today. */
export function usePaneView(store: PaneStore, clock: Clock): PaneView {
  const model = useSyncExternalStore(store.subscribe, store.get, store.get);
  const today = clock.today();
  return useMemo(() => paneView(model, today), [model, today]);
}
