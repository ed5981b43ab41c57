/** Excel.Worksheet: identity, activate(), ranges by address or indexes, used range, tables, events. */
import { isInsideSheet, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../addresses";
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { MemoryEventSlot } from "../client/eventSlot";
import { invalidArgument, MemoryOfficeError } from "../errors";
import { emitWorksheetActivated } from "../model/changeEvents";
import type { MemorySheet } from "../model/sheet";
import { rangeFrom, type RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";

export class WorksheetProxy extends MemoryClientObject {
  readonly _typeName = "Worksheet";
  private resolvedId: string | null | undefined;
  private parts: { tables?: TableCollectionProxy } = {};
  readonly onChanged = new MemoryEventSlot(this, "worksheetChanged", () => this.sheetId());
  readonly onActivated = new MemoryEventSlot(this, "worksheetActivated", () => this.sheetId());
  readonly onSelectionChanged = new MemoryEventSlot(this, "worksheetSelectionChanged", () => this.sheetId());
  /** ExcelApi 1.10: adding a handler on an older host fails at sync (ApiNotFound), as for any API it lacks. */
  readonly onRowSorted = new MemoryEventSlot(this, "worksheetRowSorted", () => this.sheetId(), "1.10");

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject | null,
    private readonly resolver: () => MemorySheet | null,
    nullable = false,
  ) {
    super(context, parent, nullable);
  }

  /** @internal Resolved to a sheet once (by name, or "the active one"), then followed by id. */
  _resolveTarget(): MemorySheet | null {
    if (this.resolvedId === undefined) this.resolvedId = this.resolver()?.id ?? null;
    return this.resolvedId === null ? null : (this.context._model.sheetById(this.resolvedId) ?? null);
  }

  private sheetId(): string {
    return this._require<MemorySheet>().id;
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility"];
  }

  protected _readScalar(name: string): unknown {
    const sheet = this._require<MemorySheet>();
    if (name === "position") return this.context._model.sheets.indexOf(sheet);
    if (name === "id") return sheet.id;
    if (name === "name") return sheet.name;
    return sheet.visibility;
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    return name === "tables" ? this.tables : undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }

  /** Renames the sheet; Excel refuses a duplicate, an empty name, over 31 characters or any of : \\ / ? * [ ]. */
  set name(value: string) {
    this._set("name", value, () => {
      const sheet = this._require<MemorySheet>();
      const taken = this.context._model.sheets.some(
        (s) => s !== sheet && s.name.toLowerCase() === String(value).toLowerCase(),
      );
      if (typeof value !== "string" || !value || value.length > 31 || /[:\\/?*[\]]/.test(value) || taken) {
        throw invalidArgument(`The sheet name '${String(value)}' is not valid or already taken.`, "Worksheet.name");
      }
      sheet.name = value;
    });
  }
  get position(): number {
    return this._get("position");
  }
  get visibility(): string {
    return this._get("visibility");
  }

  get tables(): TableCollectionProxy {
    return (this.parts.tables ??= new TableCollectionProxy(this.context, this, () => this._require<MemorySheet>().id));
  }

  activate(): void {
    this._queue("activate", [], (run) => {
      const sheet = this._require<MemorySheet>();
      if (sheet.visibility !== "Visible") {
        throw new MemoryOfficeError(
          "InvalidOperation",
          "A hidden worksheet cannot be activated.",
          "Worksheet.activate",
        );
      }
      const model = this.context._model;
      const changed = model.activeSheetId !== sheet.id;
      model.activeSheetId = sheet.id;
      if (changed && model.eventsEnabled) run.notices.push(() => emitWorksheetActivated(model, sheet));
    });
  }

  /** getRange() is the whole sheet; an address may name this sheet but no other. */
  getRange(address?: string): RangeProxy {
    return this.range("getRange", [address ?? null], (sheet) => {
      if (address === undefined) return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const parsed = typeof address === "string" ? parseAddress(address) : null;
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
        throw invalidArgument(
          `The argument is invalid or missing or has an incorrect format: address '${address}'.`,
          "Worksheet.getRange",
        );
      }
      return parsed.rect;
    });
  }

  /** @internal For event args' getRangeOrNullObject; Worksheet itself has no such method in Office.js. */
  _getRangeOrNullObject(address: string): RangeProxy {
    return this.range(
      "getRangeOrNullObject",
      [address],
      (sheet) => {
        const parsed = parseAddress(address);
        if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()))
          return null;
        return parsed.rect;
      },
      true,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const rect = { row: startRow, column: startColumn, rowCount, columnCount };
      const integers = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (!integers || !isInsideSheet(rect)) {
        throw invalidArgument(
          "The argument is invalid or missing or has an incorrect format.",
          "Worksheet.getRangeByIndexes",
        );
      }
      return rect;
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, like Excel. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(
      "getUsedRange",
      [valuesOnly],
      (sheet) => sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range("getUsedRangeOrNullObject", [valuesOnly], (sheet) => sheet.usedRect(valuesOnly), true);
  }

  private range(
    name: string,
    args: unknown[],
    compute: (sheet: MemorySheet) => ReturnType<MemorySheet["usedRect"]>,
    nullable = false,
  ): RangeProxy {
    return rangeFrom<MemorySheet>(
      this,
      name,
      args,
      (sheet) => {
        const rect = compute(sheet);
        return rect === null ? null : { sheet, rect };
      },
      nullable,
    );
  }
}
