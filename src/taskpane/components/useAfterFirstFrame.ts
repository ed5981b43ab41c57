import * as React from "react";

/**
 * False for a component's first commit, true from the next frame on. What the rep opened the pane for (the summary's
 * counts) is drawn first; a costlier part below it (the attention list, a few dozen buttons) follows a frame later,
 * instead of keeping the whole first screen waiting for it.
 */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = React.useState(false);
  React.useEffect(() => {
    if (typeof requestAnimationFrame !== "function") {
      const timer = setTimeout(() => setAfter(true), 0);
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(() => setAfter(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return after;
}
