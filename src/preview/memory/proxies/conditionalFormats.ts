/**
 * Excel.ConditionalFormatCollection of a range. Rules live on the worksheet; a range's collection holds the rules that
 * intersect it, in priority order. add() puts the new rule at the top priority, over exactly that range. Items are
 * addressed by position, so they shift when rules are added or deleted (like Excel, where id is the priority).
 */
import { CollectionProxy } from "../client/collection";
import { queueResult, type MemoryClientResult } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { invalidArgument, itemNotFound } from "../errors";
import { clearRules, touches } from "../model/ruleAreas";
import type { ConditionalFormatTypeName, RuleModel } from "../model/types";
import { MAX_COLUMNS, MAX_ROWS } from "../addresses";
import { ConditionalFormatProxy, type RuleTarget } from "./conditionalFormat";
import { announceRule } from "./conditionalParts";
import type { RangeTarget } from "./rangeData";
import type { RangeProxy } from "./range";

const TYPES: ConditionalFormatTypeName[] = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

export class ConditionalFormatCollectionProxy extends CollectionProxy<ConditionalFormatProxy> {
  readonly _typeName = "ConditionalFormatCollection";

  constructor(
    context: MemoryRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context, range);
  }

  /** @internal Top-left of the range this collection was reached through (office-js 5194: formulas set via it). */
  _fetchOrigin(): { row: number; column: number } {
    const { rect } = this.targetNow();
    return { row: rect.row, column: rect.column };
  }

  /** @internal Whether this is the whole sheet's collection (worksheet.getRange() with no address). */
  _isWholeSheet(): boolean {
    const { rect } = this.targetNow();
    return rect.row === 0 && rect.column === 0 && rect.rowCount === MAX_ROWS && rect.columnCount === MAX_COLUMNS;
  }

  private targetNow(): RangeTarget {
    return (
      this.range._resolveTarget() ??
      (() => {
        throw itemNotFound("ConditionalFormatCollection");
      })()
    );
  }

  /** The rules that intersect the range now, highest priority first. */
  private rulesNow(): RuleModel[] {
    const { sheet, rect } = this.targetNow();
    return sheet.rules.filter((rule) => touches(rule, rect));
  }

  private atIndex(index: number): () => RuleTarget {
    return () => {
      const rule = this.rulesNow()[index];
      if (!rule) throw itemNotFound(`ConditionalFormatCollection.getItemAt(${index})`);
      return { sheet: this.targetNow().sheet, rule };
    };
  }

  protected _itemsNow(): ConditionalFormatProxy[] {
    return this.rulesNow().map((_rule, index) => new ConditionalFormatProxy(this.context, this, this.atIndex(index)));
  }

  add(type: ConditionalFormatTypeName): ConditionalFormatProxy {
    let added: RuleModel | undefined;
    const proxy = new ConditionalFormatProxy(this.context, this, () => {
      const { sheet } = this.targetNow();
      if (!added || !sheet.rules.includes(added)) throw itemNotFound("ConditionalFormat");
      return { sheet, rule: added };
    });
    this._queue("add", [type], (run) => {
      if (!TYPES.includes(type))
        throw invalidArgument(`'${String(type)}' is not a conditional format type.`, "ConditionalFormatCollection.add");
      const { sheet, rect } = this.targetNow();
      added = {
        uid: this.context._model.newRuleUid(),
        type,
        areas: [{ ...rect }],
        origin: { row: rect.row, column: rect.column },
        formula: null,
        fill: null,
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      };
      sheet.rules.unshift(added);
      announceRule(run, this.context._model, sheet.id, added);
    });
    return proxy._asInstance();
  }

  getCount(): MemoryClientResult<number> {
    return queueResult(this, "getCount", () => this.rulesNow().length);
  }

  getItemAt(index: number): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(this.context, this, this.atIndex(index));
    this._queue("getItemAt", [index], () => proxy._resolveTarget());
    return proxy._asInstance();
  }

  /** By id, which is the rule's priority on the worksheet. */
  getItem(id: string): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(this.context, this, () => {
      const { sheet } = this.targetNow();
      const rule = sheet.rules[Number(id)];
      if (!rule || !/^\d+$/.test(String(id)))
        throw itemNotFound(`ConditionalFormatCollection.getItem(${JSON.stringify(id)})`);
      return { sheet, rule };
    });
    this._queue("getItem", [id], () => proxy._resolveTarget());
    return proxy._asInstance();
  }

  getItemOrNullObject(id: string): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(
      this.context,
      this,
      () => {
        const { sheet } = this.targetNow();
        const rule = /^\d+$/.test(String(id)) ? sheet.rules[Number(id)] : undefined;
        return rule ? { sheet, rule } : null;
      },
      true,
    );
    this._queue("getItemOrNullObject", [id], (run) => {
      const isNull = proxy._resolveTarget() === null;
      run.commits.push(() => (proxy._nullFlag = isNull));
    });
    return proxy._asInstance();
  }

  /** Removes every rule from the range's cells; a rule reaching beyond the range keeps the rest of its area. */
  clearAll(): void {
    this._queue("clearAll", [], (run) => {
      const { sheet, rect } = this.targetNow();
      clearRules(sheet.rules, rect);
      run.changed(this.context._model, { sheetId: sheet.id, rect, changeType: "RangeEdited" });
    });
  }
}
