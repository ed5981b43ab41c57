/** Excel.Range navigation: derived ranges (getCell, getResizedRange, getIntersection...), format, rules, select(). */
import { intersect, isInsideSheet, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "../addresses";
import type { MemoryClientObject } from "../client/clientObject";
import type { SyncRun } from "../client/context";
import { instantiate } from "../client/instantiate";
import { emitSelectionChanged, emitWorksheetActivated } from "../model/changeEvents";
import { invalidArgument, itemNotFound } from "../errors";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { RangeBase } from "./rangeBase";
import { RangeFormatProxy } from "./rangeFormat";
import type { RangeTarget } from "./rangeData";
import { RangeSortProxy } from "./sort";
import { WorksheetProxy } from "./worksheet";

type RangeArg = RangeProxy | string;

export class RangeProxy extends RangeBase {
  private children: {
    format?: RangeFormatProxy;
    conditionalFormats?: ConditionalFormatCollectionProxy;
    sort?: RangeSortProxy;
    worksheet?: WorksheetProxy;
  } = {};

  protected override _navigation(name: string): MemoryClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  get format(): RangeFormatProxy {
    return (this.children.format ??= new RangeFormatProxy(this.context, this));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.children.conditionalFormats ??= new ConditionalFormatCollectionProxy(this.context, this));
  }

  get sort(): RangeSortProxy {
    return (this.children.sort ??= new RangeSortProxy(this.context, this));
  }

  get worksheet(): WorksheetProxy {
    return (this.children.worksheet ??= new WorksheetProxy(
      this.context,
      this,
      () => this._resolveTarget()?.sheet ?? null,
    ));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", [row, column], (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derive("getRow", [row], (r) => ({ ...r, row: r.row + row, rowCount: 1 }));
  }

  getColumn(column: number): RangeProxy {
    return this.derive("getColumn", [column], (r) => ({ ...r, column: r.column + column, columnCount: 1 }));
  }

  getRowsAbove(count = 1): RangeProxy {
    return this.derive("getRowsAbove", [count], (r) => ({ ...r, row: r.row - count, rowCount: count }));
  }

  getRowsBelow(count = 1): RangeProxy {
    return this.derive("getRowsBelow", [count], (r) => ({ ...r, row: r.row + r.rowCount, rowCount: count }));
  }

  getLastRow(): RangeProxy {
    return this.derive("getLastRow", [], (r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derive("getAbsoluteResizedRange", [numRows, numColumns], (r) => ({
      ...r,
      rowCount: numRows,
      columnCount: numColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      column: r.column + columnOffset,
    }));
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", [], (r) => ({
      row: r.row,
      rowCount: r.rowCount,
      column: 0,
      columnCount: MAX_COLUMNS,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", [], (r) => ({
      row: 0,
      rowCount: MAX_ROWS,
      column: r.column,
      columnCount: r.columnCount,
    }));
  }

  getBoundingRect(other: RangeArg): RangeProxy {
    this.checkArg(other);
    return this.derive("getBoundingRect", [argText(other)], (r, sheetId) => {
      const o = this.otherRect(other, sheetId);
      const row = Math.min(r.row, o.row);
      const column = Math.min(r.column, o.column);
      return {
        row,
        column,
        rowCount: Math.max(r.row + r.rowCount, o.row + o.rowCount) - row,
        columnCount: Math.max(r.column + r.columnCount, o.column + o.columnCount) - column,
      };
    });
  }

  getIntersection(other: RangeArg): RangeProxy {
    this.checkArg(other);
    return this.derive("getIntersection", [argText(other)], (r, sheetId) => {
      const overlap = intersect(r, this.otherRect(other, sheetId));
      if (!overlap) throw invalidArgument("The ranges do not intersect.", "Range.getIntersection");
      return overlap;
    });
  }

  getIntersectionOrNullObject(other: RangeArg): RangeProxy {
    this.checkArg(other);
    return this.derive(
      "getIntersectionOrNullObject",
      [argText(other)],
      (r, sheetId) => intersect(r, this.otherRect(other, sheetId)),
      true,
    );
  }

  /** The used part of this range; ItemNotFound when it has no used cell, like Excel. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.derive("getUsedRange", [valuesOnly], (r, _id, t) => {
      const used = t.sheet.usedRect(valuesOnly);
      const overlap = used && intersect(used, r);
      if (!overlap) throw itemNotFound("Range.getUsedRange");
      return overlap;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (r, _id, t) => {
        const used = t.sheet.usedRect(valuesOnly);
        return used && intersect(used, r);
      },
      true,
    );
  }

  /** Selects the range and activates its sheet (Excel's select; scrolling is the host's business). */
  select(): void {
    this._queue("select", [], (run: SyncRun) => {
      const { sheet, rect } = this._require<RangeTarget>();
      const model = this.context._model;
      const activated = model.activeSheetId !== sheet.id;
      model.activeSheetId = sheet.id;
      model.selection = { sheetId: sheet.id, rect };
      if (!model.eventsEnabled) return;
      if (activated) run.notices.push(() => emitWorksheetActivated(model, sheet));
      run.notices.push(() => emitSelectionChanged(model, sheet, rect));
    });
  }

  private checkArg(other: RangeArg): void {
    if (typeof other !== "string") this._sameContext(other);
  }

  private otherRect(other: RangeArg, sheetId: string): Rect {
    if (typeof other === "string") {
      const parsed = parseAddress(other);
      if (!parsed) throw invalidArgument(`The address '${other}' is not valid.`, "Range");
      return parsed.rect;
    }
    this._sameContext(other);
    const target = other._require<RangeTarget>();
    if (target.sheet.id !== sheetId) throw invalidArgument("The ranges are on different worksheets.", "Range");
    return target.rect;
  }

  private derive(
    name: string,
    args: unknown[],
    compute: (rect: Rect, sheetId: string, target: RangeTarget) => Rect | null,
    nullable = false,
  ): RangeProxy {
    return rangeFrom<RangeTarget>(
      this,
      name,
      args,
      (target) => {
        const rect = compute(target.rect, target.sheet.id, target);
        if (rect === null) return null;
        if (!isInsideSheet(rect)) throw invalidArgument(`Range.${name} goes outside the worksheet.`, `Range.${name}`);
        return { sheet: target.sheet, rect };
      },
      nullable,
    );
  }
}

/**
 * A range returned by a method of parent: resolved from parent's target when the batch reaches it (a null parent
 * gives a null range), and queued as one operation.
 */
export function rangeFrom<T>(
  parent: MemoryClientObject,
  name: string,
  args: unknown[],
  pick: (target: T) => RangeTarget | null,
  nullable = false,
): RangeProxy {
  const range = new RangeProxy(
    parent.context,
    parent,
    () => {
      const target = parent._resolveTarget() as T | null;
      return target === null ? null : pick(target);
    },
    nullable,
  );
  return instantiate(parent, range, name, args);
}

function argText(other: RangeArg): unknown {
  return typeof other === "string" ? other : "[Range]";
}
