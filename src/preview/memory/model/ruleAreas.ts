/** Rule ranges: which rules touch a range, and clearing part of a rule (which can leave it over several areas). */
import { intersect, type Rect } from "../addresses";
import type { RuleModel } from "./types";

export function touches(rule: RuleModel, rect: Rect): boolean {
  return rule.areas.some((area) => intersect(area, rect) !== null);
}

/** area minus cut, as up to four rectangles (above, below, left, right). */
export function subtract(area: Rect, cut: Rect): Rect[] {
  const overlap = intersect(area, cut);
  if (!overlap) return [area];
  const pieces: Rect[] = [];
  const areaBottom = area.row + area.rowCount;
  const overlapBottom = overlap.row + overlap.rowCount;
  if (overlap.row > area.row) pieces.push({ ...area, rowCount: overlap.row - area.row });
  if (overlapBottom < areaBottom) pieces.push({ ...area, row: overlapBottom, rowCount: areaBottom - overlapBottom });
  if (overlap.column > area.column) {
    pieces.push({
      row: overlap.row,
      rowCount: overlap.rowCount,
      column: area.column,
      columnCount: overlap.column - area.column,
    });
  }
  const overlapRight = overlap.column + overlap.columnCount;
  const areaRight = area.column + area.columnCount;
  if (overlapRight < areaRight) {
    pieces.push({
      row: overlap.row,
      rowCount: overlap.rowCount,
      column: overlapRight,
      columnCount: areaRight - overlapRight,
    });
  }
  return pieces;
}

/** Removes rect from every rule (clearAll on a range); rules left with no area disappear. */
export function clearRules(rules: RuleModel[], rect: Rect): void {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (!touches(rule, rect)) continue;
    rule.areas = rule.areas.flatMap((area) => subtract(area, rect));
    if (rule.areas.length === 0) rules.splice(i, 1);
  }
}
