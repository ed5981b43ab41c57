/** Excel.RangeSort / TableSort: apply(fields, matchCase, hasHeaders) sorts rows by value. */
import { emitRowSorted } from "../model/changeEvents";
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext, SyncRun } from "../client/context";
import { invalidArgument, itemNotFound } from "../errors";
import { sortRows, type SortFieldInput } from "../model/sortRows";
import type { MemorySheet } from "../model/sheet";
import type { TableModel } from "../model/types";
import type { Rect } from "../addresses";
import type { RangeTarget } from "./rangeData";

abstract class SortBase extends MemoryClientObject {
  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(): unknown {
    return undefined;
  }

  protected sort(
    target: () => { sheet: MemorySheet; rect: Rect },
    fields: SortFieldInput[],
    matchCase: boolean,
    hasHeaders: boolean,
  ): void {
    this._queue("apply", [fields, matchCase, hasHeaders], (run: SyncRun) => {
      const { sheet, rect } = target();
      const model = this.context._model;
      const sorted = sortRows(model, sheet, rect, fields, matchCase, hasHeaders);
      run.changed(model, { sheetId: sheet.id, rect: sorted, changeType: "RangeEdited" });
      run.notices.push(() => emitRowSorted(model, sheet, sorted));
    });
  }
}

export class RangeSortProxy extends SortBase {
  readonly _typeName = "RangeSort";

  _resolveTarget(): unknown {
    return this._parent?._resolveTarget() ?? null;
  }

  apply(fields: SortFieldInput[], matchCase = false, hasHeaders = false, orientation = "Rows"): void {
    if (orientation !== "Rows")
      throw invalidArgument("Only row sorting is supported by the in-memory Excel.", "RangeSort.apply");
    this.sort(() => this._require<RangeTarget>(), fields, matchCase, hasHeaders);
  }
}

export class TableSortProxy extends SortBase {
  readonly _typeName = "TableSort";

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject,
    private readonly table: () => TableModel | null,
  ) {
    super(context, parent);
  }

  _resolveTarget(): unknown {
    return this.table();
  }

  /** Sorts the data body (the header row stays). */
  apply(fields: SortFieldInput[], matchCase = false): void {
    this.sort(
      () => {
        const table = this._require<TableModel>();
        const sheet = this.context._model.sheetById(table.sheetId);
        if (!sheet) throw itemNotFound("TableSort.apply");
        return { sheet, rect: table.rect };
      },
      fields,
      matchCase,
      true,
    );
  }
}
