/** Excel.TableColumnCollection / TableColumn (names from the header row) and TableRowCollection (count). */
import { CollectionProxy } from "../client/collection";
import { MemoryClientObject, queueResult, type MemoryClientResult } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { instantiate } from "../client/instantiate";
import { itemNotFound } from "../errors";
import { cellValue } from "../model/read";
import type { TableModel } from "../model/types";
import { rangeFrom, type RangeProxy } from "./range";

interface ColumnTarget {
  table: TableModel;
  index: number;
}

function columnName(context: MemoryRequestContext, table: TableModel, index: number): string {
  const model = context._model;
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) return `Column${index + 1}`;
  const value = cellValue(model, sheet, table.rect.row, table.rect.column + index);
  return value === "" ? `Column${index + 1}` : String(value);
}

export class TableColumnProxy extends MemoryClientObject {
  readonly _typeName = "TableColumn";

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject,
    private readonly resolver: () => ColumnTarget | null,
    nullable = false,
  ) {
    super(context, parent, nullable);
  }

  _resolveTarget(): ColumnTarget | null {
    return this.resolver();
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "index", "name"];
  }

  protected _readScalar(name: string): unknown {
    const { table, index } = this._require<ColumnTarget>();
    if (name === "id") return index + 1;
    if (name === "index") return index;
    return columnName(this.context, table, index);
  }

  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }

  getDataBodyRange(): RangeProxy {
    return rangeFrom<ColumnTarget>(this, "getDataBodyRange", [], ({ table, index }) => {
      const sheet = this.context._model.sheetById(table.sheetId);
      if (!sheet) throw itemNotFound("TableColumn.getDataBodyRange");
      return {
        sheet,
        rect: {
          row: table.rect.row + 1,
          column: table.rect.column + index,
          rowCount: table.rect.rowCount - 1,
          columnCount: 1,
        },
      };
    });
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<TableColumnProxy> {
  readonly _typeName = "TableColumnCollection";

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject,
    private readonly table: () => TableModel | null,
  ) {
    super(context, parent);
  }

  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }

  get count(): number {
    return this._get("count");
  }

  protected _itemsNow(): TableColumnProxy[] {
    const table = this.table();
    if (!table) return [];
    return Array.from(
      { length: table.rect.columnCount },
      (_, index) => new TableColumnProxy(this.context, this, () => ({ table, index })),
    );
  }

  private find(key: string | number): ColumnTarget | null {
    const table = this.table();
    if (!table) return null;
    for (let index = 0; index < table.rect.columnCount; index++) {
      if (
        String(index + 1) === String(key) ||
        columnName(this.context, table, index).toLowerCase() === String(key).toLowerCase()
      ) {
        return { table, index };
      }
    }
    return null;
  }

  getItem(key: string | number): TableColumnProxy {
    const column = new TableColumnProxy(this.context, this, () => {
      const found = this.find(key);
      if (!found) throw itemNotFound(`TableColumnCollection.getItem(${JSON.stringify(key)})`);
      return found;
    });
    return instantiate(this, column, "getItem", [key]);
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return instantiate(
      this,
      new TableColumnProxy(this.context, this, () => this.find(key), true),
      "getItemOrNullObject",
      [key],
    );
  }

  getItemAt(index: number): TableColumnProxy {
    const column = new TableColumnProxy(this.context, this, () => {
      const table = this.table();
      if (!table || index < 0 || index >= table.rect.columnCount)
        throw itemNotFound(`TableColumnCollection.getItemAt(${index})`);
      return { table, index };
    });
    return instantiate(this, column, "getItemAt", [index]);
  }

  getCount(): MemoryClientResult<number> {
    return queueResult(this, "getCount", () => this.table()?.rect.columnCount ?? 0);
  }
}

export class TableRowCollectionProxy extends MemoryClientObject {
  readonly _typeName = "TableRowCollection";

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject,
    private readonly table: () => TableModel | null,
  ) {
    super(context, parent);
  }

  _resolveTarget(): TableModel | null {
    return this.table();
  }

  protected _scalarNames(): readonly string[] {
    return ["count"];
  }

  protected _readScalar(): unknown {
    return this._require<TableModel>().rect.rowCount - 1;
  }

  get count(): number {
    return this._get("count");
  }

  getCount(): MemoryClientResult<number> {
    return queueResult(this, "getCount", () => this._require<TableModel>().rect.rowCount - 1);
  }
}
