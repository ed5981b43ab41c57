import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * Gives focus back to `target` once a closing dialog has let it drop to <body>: the dialog leaves after its exit
 * motion, so this waits a few frames at most, and gives up if something else took focus or the target is gone.
 */
function giveFocusBack(target: HTMLElement): void {
  let frames = 0;
  const tick = () => {
    if (!target.isConnected) return;
    const active = document.activeElement;
    if (active === document.body || active === null) target.focus();
    else if (active.closest("[role=dialog], [role=alertdialog]") && frames++ < 60) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** What has focus now, unless that is <body> or something inside a dialog. */
function focusedOutsideDialogs(): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  return active.closest("[role=dialog], [role=alertdialog]") ? null : active;
}

/**
 * Gives focus back to the control that opened a dialog once it closes (Esc or Close), instead of leaving it on
 * <body>. The opener is whatever had focus when `panel` left "none"; focus goes back only if nothing else took it
 * (the dialog's own unmount leaves it on <body>). Kept here rather than Fluent's restore-focus target, so the focus
 * library loads with the dialogs, not with the first paint.
 */
export function useFocusReturn(panel: string): void {
  const opener = useRef<HTMLElement | null>(null);
  const previous = useRef(panel);
  useEffect(() => {
    const was = previous.current;
    previous.current = panel;
    if (was === "none" && panel !== "none") {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return;
    }
    if (was !== "none" && panel === "none") {
      const target = opener.current;
      opener.current = null;
      if (target) giveFocusBack(target);
    }
  }, [panel]);
}

/**
 * The same for dialogs opened by a request counted in `request` (the follow-up loop's Follow-ups… and Done…): the
 * opener is what had focus when the request arrived, taken before the dialog mounts (a dialog that is a direct child
 * moves focus into itself in its own effects, which run before its parent's). Focus goes back when `open` ends.
 */
export function useFocusReturnOnRequest(request: number, open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    opener.current = focusedOutsideDialogs() ?? opener.current;
  }, [request]);
  useEffect(() => {
    const was = wasOpen.current;
    wasOpen.current = open;
    if (!was || open) return;
    const target = opener.current;
    opener.current = null;
    if (target) giveFocusBack(target);
  }, [open]);
}
