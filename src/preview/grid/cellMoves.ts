/** Pure: moving the selected cell like Excel's keys do (never above row 1 or left of column A). */
import { columnName, parseAddress } from "../memory/addresses";

/** The top-left cell of an address ("B7:D9" → "B7"), or null when it does not parse. */
export function topLeft(address: string): { row: number; column: number } | null {
  const parsed = parseAddress(address);
  return parsed ? { row: parsed.rect.row, column: parsed.rect.column } : null;
}

export function moveAddress(address: string, rows: number, columns: number): string {
  const at = topLeft(address) ?? { row: 0, column: 0 };
  return `${columnName(Math.max(0, at.column + columns))}${Math.max(0, at.row + rows) + 1}`;
}

/** Arrow keys (and Enter / Tab after an edit) as row and column steps. */
export const KEY_STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
  Tab: [0, 1],
};
