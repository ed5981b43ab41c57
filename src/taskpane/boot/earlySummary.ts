import type { Clock } from "../state/clock";
import type { PaneStore } from "../state/paneStore";
import { firstSummary } from "../state/paneView";

/**
 * The counts, painted into taskpane.html's static skeleton as soon as the list is read and analysed: in the browser
 * preview that is before React and Fluent have been evaluated, about the cost of a minimal Fluent page sooner. The
 * numbers are the pane's own (the same store and view), and the pane replaces the whole skeleton in place when it
 * renders. Until then the skeleton is inert (no clicks, no focus) and stays aria-busy: it only shows.
 * Built with textContent only: the list's name comes from the rep's workbook.
 * Returns a function that stops waiting (when the pane rendered first).
 */
export function paintEarlySummary(container: HTMLElement, store: PaneStore, clock: Clock): () => void {
  const paint = (): boolean => {
    const first = firstSummary(store.get(), clock.today());
    // Read but not yet analysed is still "starting" (the store publishes the snapshot, then the report).
    if (first === undefined) return false;
    const skeleton = container.querySelector<HTMLElement>('[data-testid="skeleton"]');
    // Anything but the summary (the column picker, an error, an empty sheet) waits for the pane itself.
    if (!skeleton || first === null) return true;
    const page = container.ownerDocument;
    skeleton.inert = true;
    const status = skeleton.querySelector('[role="status"]');
    if (status) status.textContent = `Prospects in “${first.sourceLabel}”`;
    const grid = page.createElement("div");
    grid.className = "ns-summary";
    for (const badge of first.summary.badges) {
      const cell = page.createElement("div");
      cell.className = "ns-badge";
      cell.dataset.filter = badge.filter;
      cell.dataset.tone = badge.tone;
      const count = page.createElement("span");
      count.className = "ns-count";
      count.dataset.count = String(badge.count);
      count.textContent = String(badge.count);
      const label = page.createElement("span");
      label.textContent = badge.label;
      cell.append(count, label);
      grid.append(cell);
    }
    skeleton.querySelector(".ns-badges")?.replaceWith(grid);
    return true;
  };
  if (paint()) return () => undefined;
  const unsubscribe = store.subscribe(() => {
    if (paint()) unsubscribe();
  });
  return unsubscribe;
}
