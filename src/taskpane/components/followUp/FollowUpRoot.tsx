/**
 * The follow-up loop's lazily loaded root: wires its store to the pane's (once per pane) and renders the Done form
 * or the loop's panel for what the rep asked. Nothing here is in the pane's first bundle.
 */
import * as React from "react";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { createFollowUpPort } from "../../../excel/followUpPort";
import type { Clock } from "../../state/clock";
import { createFollowUpStore } from "../../state/followUpDeps";
import type { FollowUpStore } from "../../state/followUpStore";
import { followUpView, type DoneView } from "../../state/followUpView";
import type { PaneStore } from "../../state/paneStore";
import { useFocusReturnOnRequest } from "../useFocusReturn";
import { DoneDialog } from "./DoneDialog";
import { FollowUpMessage, FollowUpPanel, type FollowUpActions } from "./FollowUpPanel";

const stores = new WeakMap<PaneStore, FollowUpStore>();

function storeFor(pane: PaneStore, clock: Clock): FollowUpStore {
  let store = stores.get(pane);
  if (!store) {
    store = createFollowUpStore(pane, clock, createFollowUpPort());
    stores.set(pane, store);
  }
  return store;
}

export default function FollowUpRoot({ pane, clock }: { pane: PaneStore; clock: Clock }): React.JSX.Element | null {
  const store = storeFor(pane, clock);
  const ask = useSyncExternalStore(pane.followUp.subscribe, pane.followUp.get);
  const paneModel = useSyncExternalStore(pane.subscribe, pane.get);
  const model = useSyncExternalStore(store.subscribe, store.get);
  useEffect(() => {
    if (ask.kind === "done" && ask.row !== undefined) store.openDone(ask.row);
    if (ask.kind === "panel") store.open();
  }, [ask, store]);
  const today = clock.today();
  const view = useMemo(
    () =>
      followUpView(
        {
          snapshot: paneModel.snapshot,
          report: paneModel.report,
          dateOrder: paneModel.prefs.dateOrder,
          quietDays: model.quietDays,
          today,
        },
        model,
      ),
    [paneModel.snapshot, paneModel.report, paneModel.prefs.dateOrder, model, today],
  );
  // Once shown, the dialogs stay mounted while closed (Fluent's own close then restores the page; unmounting an open
  // Dialog could leave the pane aria-hidden when focus went back to it at once). The Done form keeps its last content.
  const panelShown = useRef(false);
  if (model.open) panelShown.current = true;
  const lastDone = useRef<DoneView | undefined>(undefined);
  if (view?.done) lastDone.current = view.done;
  // Esc or Close gives focus back to the Follow-ups… or Done… button that asked for the dialog.
  useFocusReturnOnRequest(ask.seq, model.open || view?.done !== undefined);
  if (!view) return null;
  const actions: FollowUpActions = {
    onScope: store.setScope,
    onMe: store.setMe,
    onPreviewMove: store.previewMove,
    onApplyMove: () => void store.applyMove(),
    onCancelMove: store.cancelMove,
    onToggleMove: store.toggleMoveRow,
    onUsePromise: (key) => void store.usePromise(key),
    onAddTouches: () => void store.addTouchesColumn(),
    onAddPlan: (how) => void store.addPlan(how),
    onUndo: () => void store.undo(),
    onCopy: (text) => void store.copyPromise(text),
    onCopyRow: (key) => void store.copyRowPromise(key),
    onDismiss: store.dismissMessage,
    onClose: store.close,
    onQuietDays: store.setQuietDays,
    onDayStart: store.setDayStart,
  };
  return (
    <>
      {!model.open ? <FollowUpMessage view={view} actions={actions} /> : null}
      {model.open || panelShown.current ? <FollowUpPanel open={model.open} view={view} actions={actions} /> : null}
      {lastDone.current ? (
        <DoneDialog
          open={view.done !== undefined}
          done={view.done ?? lastDone.current}
          onEdit={store.editDone}
          onSave={() => void store.saveDone()}
          onCopy={(text) => void store.copyPromise(text)}
          onClose={store.closeDone}
        />
      ) : null}
    </>
  );
}
