/** Excel.WorksheetCollection: items, getItem / getItemOrNullObject (by name or id), active sheet, events. */
import { CollectionProxy } from "../client/collection";
import { queueResult, type MemoryClientResult } from "../client/clientObject";
import { MemoryEventSlot } from "../client/eventSlot";
import { instantiate } from "../client/instantiate";
import { itemNotFound, MemoryOfficeError } from "../errors";
import type { MemorySheet } from "../model/sheet";
import { WorksheetProxy } from "./worksheet";

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  readonly _typeName = "WorksheetCollection";
  readonly onActivated = new MemoryEventSlot(this, "worksheetActivated", () => null);
  readonly onChanged = new MemoryEventSlot(this, "worksheetCollectionChanged", () => null);

  protected _itemsNow(): WorksheetProxy[] {
    return this.context._model.sheets.map((sheet) => new WorksheetProxy(this.context, this, () => sheet));
  }

  private find(key: string): MemorySheet | undefined {
    const model = this.context._model;
    return (
      model.sheets.find((s) => s.id === key) ??
      model.sheets.find((s) => s.name.toLowerCase() === String(key).toLowerCase())
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, this, () => {
      const model = this.context._model;
      // office-js issue 2444: getActiveWorksheet() throws while a chart sheet is active.
      if (model.chartSheetActive) throw new MemoryOfficeError("GeneralException", "There was an internal error.");
      return model.activeSheet();
    });
    return instantiate(this, sheet, "getActiveWorksheet", []);
  }

  getItem(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, this, () => {
      const found = this.find(key);
      if (!found) throw itemNotFound(`WorksheetCollection.getItem(${JSON.stringify(key)})`);
      return found;
    });
    return instantiate(this, sheet, "getItem", [key]);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, this, () => this.find(key) ?? null, true);
    return instantiate(this, sheet, "getItemOrNullObject", [key]);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context, this, () => {
      const found = this.context._model.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!found) throw itemNotFound("WorksheetCollection.getFirst");
      return found;
    });
    return instantiate(this, sheet, "getFirst", [visibleOnly]);
  }

  getCount(visibleOnly = false): MemoryClientResult<number> {
    return queueResult(
      this,
      "getCount",
      () => this.context._model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }
}
