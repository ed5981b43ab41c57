/** Excel.RangeSort / TableSort (placeholder; the full version follows). */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import type { TableModel } from "../model/types";

export class RangeSortProxy extends MemoryClientObject {
  readonly _typeName = "RangeSort";
  _resolveTarget(): unknown {
    return this._parent?._resolveTarget() ?? null;
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _readScalar(): unknown {
    return undefined;
  }
}

export class TableSortProxy extends MemoryClientObject {
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
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _readScalar(): unknown {
    return undefined;
  }
}
