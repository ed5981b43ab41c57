import { useEffect, useRef } from "react";

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
      if (!target) return;
      // The dialog leaves after its exit motion: wait until focus has really dropped to <body>, a few frames at most.
      let frames = 0;
      const tick = () => {
        if (!target.isConnected) return;
        const active = document.activeElement;
        if (active === document.body || active === null) target.focus();
        else if (active.closest("[role=dialog], [role=alertdialog]") && frames++ < 60) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }
  }, [panel]);
}
