/** Excel.Table and TableCollection (workbook- or sheet-scoped): ranges, columns, rows, events. */
import { CollectionProxy } from "../client/collection";
import { MemoryClientObject, queueResult, type MemoryClientResult } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { MemoryEventSlot } from "../client/eventSlot";
import { instantiate } from "../client/instantiate";
import { itemNotFound } from "../errors";
import type { Rect } from "../addresses";
import type { TableModel } from "../model/types";
import { rangeFrom, type RangeProxy } from "./range";
import { TableColumnCollectionProxy, TableRowCollectionProxy } from "./tableParts";
import { TableSortProxy } from "./sort";
import { WorksheetProxy } from "./worksheet";

export class TableProxy extends MemoryClientObject {
  readonly _typeName = "Table";
  private resolved: { table: TableModel | null } | undefined;
  private parts: {
    columns?: TableColumnCollectionProxy;
    rows?: TableRowCollectionProxy;
    worksheet?: WorksheetProxy;
    sort?: TableSortProxy;
  } = {};
  readonly onChanged = new MemoryEventSlot(this, "tableChanged", () => this._require<TableModel>().id);

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject | null,
    private readonly resolver: () => TableModel | null,
    nullable = false,
  ) {
    super(context, parent, nullable);
  }

  _resolveTarget(): TableModel | null {
    if (!this.resolved) this.resolved = { table: this.resolver() };
    return this.resolved.table;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "showHeaders", "showTotals"];
  }

  protected _readScalar(name: string): unknown {
    const table = this._require<TableModel>();
    if (name === "id") return table.id;
    if (name === "name") return table.name;
    return name === "showHeaders";
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }

  get columns(): TableColumnCollectionProxy {
    return (this.parts.columns ??= new TableColumnCollectionProxy(this.context, this, () => this._resolveTarget()));
  }

  get rows(): TableRowCollectionProxy {
    return (this.parts.rows ??= new TableRowCollectionProxy(this.context, this, () => this._resolveTarget()));
  }

  get sort(): TableSortProxy {
    return (this.parts.sort ??= new TableSortProxy(this.context, this, () => this._resolveTarget()));
  }

  get worksheet(): WorksheetProxy {
    return (this.parts.worksheet ??= new WorksheetProxy(this.context, this, () => {
      const table = this._resolveTarget();
      return table === null ? null : (this.context._model.sheetById(table.sheetId) ?? null);
    }));
  }

  getRange(): RangeProxy {
    return this.part("getRange", (r) => r);
  }

  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (r) => ({ ...r, rowCount: 1 }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (r) => ({ ...r, row: r.row + 1, rowCount: r.rowCount - 1 }));
  }

  private part(name: string, pick: (rect: Rect) => Rect): RangeProxy {
    return rangeFrom<TableModel>(this, name, [], (table) => {
      const sheet = this.context._model.sheetById(table.sheetId);
      if (!sheet) throw itemNotFound(`Table.${name}`);
      return { sheet, rect: pick(table.rect) };
    });
  }
}

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  readonly _typeName = "TableCollection";

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject | null,
    /** Sheet id for worksheet.tables; null for workbook.tables. */
    private readonly scope: () => string | null,
  ) {
    super(context, parent);
  }

  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }

  get count(): number {
    return this._get("count");
  }

  private list(): TableModel[] {
    const sheetId = this.scope();
    return this.context._model.tables.filter((t) => sheetId === null || t.sheetId === sheetId);
  }

  protected _itemsNow(): TableProxy[] {
    return this.list().map((table) => new TableProxy(this.context, this, () => table));
  }

  private find(key: string): TableModel | undefined {
    return this.list().find((t) => t.id === key || t.name.toLowerCase() === String(key).toLowerCase());
  }

  getItem(key: string): TableProxy {
    const table = new TableProxy(this.context, this, () => {
      const found = this.find(key);
      if (!found) throw itemNotFound(`TableCollection.getItem(${JSON.stringify(key)})`);
      return found;
    });
    return instantiate(this, table, "getItem", [key]);
  }

  getItemOrNullObject(key: string): TableProxy {
    return instantiate(
      this,
      new TableProxy(this.context, this, () => this.find(key) ?? null, true),
      "getItemOrNullObject",
      [key],
    );
  }

  getItemAt(index: number): TableProxy {
    const table = new TableProxy(this.context, this, () => {
      const found = this.list()[index];
      if (!found) throw itemNotFound(`TableCollection.getItemAt(${index})`);
      return found;
    });
    return instantiate(this, table, "getItemAt", [index]);
  }

  getCount(): MemoryClientResult<number> {
    return queueResult(this, "getCount", () => this.list().length);
  }
}
