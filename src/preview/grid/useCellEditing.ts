/**
 * The grid's editing behaviour as state and handlers, so PreviewGrid only renders: Excel's keys (type to replace,
 * F2 or double-click to edit, Enter/Tab commit and move, Esc cancels, Delete clears, arrows move, Ctrl+V pastes).
 */
import * as React from "react";
import { parseClipboardBlock } from "./clipboardBlock";
import { KEY_STEPS, moveAddress } from "./cellMoves";
import { GridInputError, type GridActions } from "./gridActions";

export interface CellEditing {
  /** The cell being edited and its text, or null. */
  editing: { address: string; text: string } | null;
  /** A sentence when Excel would have refused the last input. */
  problem: string | null;
  onGridKeyDown(event: React.KeyboardEvent<HTMLElement>): void;
  onGridPaste(event: React.ClipboardEvent<HTMLElement>): void;
  onCellClick(address: string): void;
  onCellDoubleClick(address: string, input: string): void;
  onEditorChange(text: string): void;
  onEditorKeyDown(event: React.KeyboardEvent<HTMLInputElement>): void;
  onEditorBlur(): void;
}

export function useCellEditing(
  actions: GridActions | undefined,
  inputOf: (address: string) => string,
  focusGrid: () => void,
): CellEditing {
  const [editing, setEditingState] = React.useState<{ address: string; text: string } | null>(null);
  // The editor's blur also fires while a commit moves focus away: the ref makes the second finish a no-op.
  const editingRef = React.useRef(editing);
  const setEditing = (next: { address: string; text: string } | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const [problem, setProblem] = React.useState<string | null>(null);
  const selection = () => actions?.selection() ?? "A1";
  const current = () => selection().split(":")[0];

  const run = React.useCallback((action: () => void): boolean => {
    try {
      action();
      setProblem(null);
      return true;
    } catch (error) {
      if (!(error instanceof GridInputError)) throw error;
      setProblem(error.message);
      return false;
    }
  }, []);

  const finish = (step: [number, number] | null, commit: boolean) => {
    const open = editingRef.current;
    if (!actions || !open) return;
    const { address, text } = open;
    if (commit && !run(() => actions.edit(address, text))) return; // stays in the editor, like Excel's warning
    setEditing(null);
    if (step) actions.select(moveAddress(address, step[0], step[1]));
    focusGrid();
  };

  return {
    editing,
    problem,
    onGridKeyDown(event) {
      if (!actions || editing || event.ctrlKey || event.metaKey || event.altKey) return;
      const step = KEY_STEPS[event.key];
      if (step && event.key !== "Tab") {
        event.preventDefault();
        actions.select(moveAddress(current(), step[0], step[1]));
      } else if (event.key === "Delete" || event.key === "Backspace") {
        event.preventDefault();
        run(() => actions.clear(selection()));
      } else if (event.key === "F2") {
        event.preventDefault();
        setEditing({ address: current(), text: inputOf(current()) });
      } else if (event.key.length === 1) {
        event.preventDefault();
        setEditing({ address: current(), text: event.key }); // typing replaces the cell, as in Excel
      }
    },
    onGridPaste(event) {
      if (!actions || editing) return;
      const block = parseClipboardBlock(event.clipboardData.getData("text/plain"));
      if (!block.length) return;
      event.preventDefault();
      run(() => actions.paste(current(), block));
    },
    onCellClick(address) {
      if (!actions) return;
      if (editing && editing.address !== address) finish(null, true);
      actions.select(address);
    },
    onCellDoubleClick(address, input) {
      if (!actions) return;
      actions.select(address);
      setEditing({ address, text: input });
    },
    onEditorChange(text) {
      if (editingRef.current) setEditing({ ...editingRef.current, text });
    },
    onEditorKeyDown(event) {
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        finish(KEY_STEPS[event.key], true);
      } else if (event.key === "Escape") {
        event.preventDefault();
        finish(null, false);
      }
    },
    onEditorBlur() {
      if (editingRef.current) finish(null, true);
    },
  };
}
