/** Excel.Workbook: worksheets, tables, the selection, and use1904DateSystem where the host offers it. */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { MemoryOfficeError } from "../errors";
import { supports1904Api } from "../office/requirements";
import { rangeFrom, type RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheets";

export class WorkbookProxy extends MemoryClientObject {
  readonly _typeName = "Workbook";
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(context: MemoryRequestContext) {
    super(context, null);
    this.worksheets = new WorksheetCollectionProxy(context, this);
    this.tables = new TableCollectionProxy(context, this, () => null);
  }

  _resolveTarget(): unknown {
    return this.context._model;
  }

  protected _scalarNames(): readonly string[] {
    return supports1904Api(this.context._model) ? ["name", "use1904DateSystem"] : ["name"];
  }

  protected override _isScalar(name: string): boolean {
    return name === "name" || name === "use1904DateSystem";
  }

  protected _readScalar(name: string): unknown {
    if (name === "name") return "Book1.xlsx";
    if (!supports1904Api(this.context._model)) {
      throw new MemoryOfficeError(
        "ApiNotFound",
        "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
        "Workbook.use1904DateSystem",
      );
    }
    return this.context._model.use1904DateSystem;
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "tables") return this.tables;
    return undefined;
  }

  get name(): string {
    return this._get("name");
  }
  get use1904DateSystem(): boolean {
    return this._get("use1904DateSystem");
  }

  /** The selected range; A1 of the active sheet before anything was selected. */
  getSelectedRange(): RangeProxy {
    return rangeFrom(this, "getSelectedRange", [], () => {
      const model = this.context._model;
      const selected = model.selection && model.sheetById(model.selection.sheetId);
      if (model.selection && selected && selected.id === model.activeSheetId)
        return { sheet: selected, rect: model.selection.rect };
      return { sheet: model.activeSheet(), rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  getActiveCell(): RangeProxy {
    return this.getSelectedRange().getCell(0, 0);
  }
}
