/**
 * Excel.Workbook: worksheets, tables, the selection. No use1904DateSystem: it is "ExcelApi BETA (PREVIEW ONLY)"
 * (office-js-docs-reference excel.workbook.yml) and not in production office.js or @types/office-js, so loading it
 * fails here like any property the object lacks (PLATFORM-FACTS, "1904 date system").
 */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { MemoryOfficeError } from "../errors";
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
    return ["name"];
  }

  protected _readScalar(): unknown {
    return "Book1.xlsx";
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "tables") return this.tables;
    return undefined;
  }

  get name(): string {
    return this._get("name");
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

  /** Fails while the workbook is not focused (office-js issue 5319, open). */
  getActiveCell(): RangeProxy {
    return rangeFrom(this, "getActiveCell", [], () => {
      const model = this.context._model;
      if (!model.focused)
        throw new MemoryOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      const selected = model.selection && model.sheetById(model.selection.sheetId);
      if (model.selection && selected && selected.id === model.activeSheetId)
        return { sheet: selected, rect: { ...model.selection.rect, rowCount: 1, columnCount: 1 } };
      return { sheet: model.activeSheet(), rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }
}
