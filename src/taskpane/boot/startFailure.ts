/** What the page says when NextStep's own files would not load, even after one retry: what happened, what to do. */
export const START_FAILURE = {
  hosted:
    "NextStep could not load all of its files. Check your internet connection, then close this pane and open NextStep again.",
  preview:
    "NextStep could not load all of its files. Check your connection (and that NextStep's server is running), then reload the page.",
} as const;

/**
 * Turns taskpane.html's skeleton into that message: the loading bars (and the preview's banner placeholder) go, counts
 * already painted stay, and the status line (a live region) says it. Nothing happens once the pane itself has
 * replaced the skeleton.
 */
export function showStartFailure(container: HTMLElement, text: string): void {
  const skeleton = container.querySelector<HTMLElement>('[data-testid="skeleton"]');
  if (!skeleton) return;
  skeleton.inert = false;
  skeleton.setAttribute("aria-busy", "false");
  for (const bar of Array.from(container.querySelectorAll(".ns-bar, .ns-banner"))) bar.remove();
  const status = skeleton.querySelector('[role="status"]');
  if (status) status.textContent = text;
}
