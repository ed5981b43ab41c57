/** Pure: what the pane says after "Undo conversion". */
import type { UndoResult } from "./port";

function cellsLabel(count: number): string {
  return count === 1 ? "1 cell" : `${count} cells`;
}

/** The sentence after an undo: what was put back and what was left, and why. */
export function undoSentence(result: UndoResult): string {
  const parts = [`Conversion undone: ${cellsLabel(result.restored)} restored.`];
  if (result.skipped)
    parts.push(`${cellsLabel(result.skipped)} changed since ${result.skipped === 1 ? "was" : "were"} left as is.`);
  if (result.unsure)
    parts.push(
      `${cellsLabel(result.unsure)} left as ${result.unsure === 1 ? "it is" : "they are"}: another row of the same ` +
        "prospect holds the same date, so NextStep cannot tell which one it converted.",
    );
  return parts.join(" ");
}
