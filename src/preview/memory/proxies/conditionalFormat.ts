/** Excel.ConditionalFormat: type, priority (= id), stopIfTrue, delete(), getRange(); custom rule and its format. */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { itemNotFound, MemoryOfficeError } from "../errors";
import { intersect } from "../addresses";
import { announceRule } from "./conditionalParts";
import type { MemorySheet } from "../model/sheet";
import type { RuleModel } from "../model/types";
import { CustomConditionalFormatProxy } from "./conditionalParts";
import { rangeFrom, type RangeProxy } from "./range";

/** Some cell carries both rules. */
function overlaps(a: RuleModel, b: RuleModel): boolean {
  return a.areas.some((x) => b.areas.some((y) => intersect(x, y) !== null));
}

export interface RuleTarget {
  sheet: MemorySheet;
  rule: RuleModel;
}

export class ConditionalFormatProxy extends MemoryClientObject {
  readonly _typeName = "ConditionalFormat";
  private parts: { custom?: CustomConditionalFormatProxy; customOrNull?: CustomConditionalFormatProxy } = {};

  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject,
    /** Resolved at every use: a rule fetched by position is whatever rule holds that position now. */
    private readonly resolver: () => RuleTarget | null,
    nullable = false,
  ) {
    super(context, parent, nullable);
  }

  _resolveTarget(): RuleTarget | null {
    return this.resolver();
  }

  protected _scalarNames(): readonly string[] {
    return ["id", "priority", "stopIfTrue", "type"];
  }

  protected _readScalar(name: string): unknown {
    const { sheet, rule } = this._require<RuleTarget>();
    if (name === "id") return String(sheet.rules.indexOf(rule));
    if (name === "priority") return sheet.rules.indexOf(rule);
    if (name === "stopIfTrue") return rule.stopIfTrue;
    return rule.type;
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }

  get priority(): number {
    return this._get("priority");
  }
  set priority(value: number) {
    this._set("priority", value, () => {
      const { sheet, rule } = this._require<RuleTarget>();
      const rules = sheet.rules;
      rules.splice(rules.indexOf(rule), 1);
      const index = value < 0 ? Math.max(0, rules.length + 1 + value) : Math.min(value, rules.length);
      rules.splice(index, 0, rule);
    });
  }

  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._set("stopIfTrue", value, () => (this._require<RuleTarget>().rule.stopIfTrue = Boolean(value)));
  }

  /** Custom-formula properties; using them on a rule of another type fails at sync. */
  get custom(): CustomConditionalFormatProxy {
    return (this.parts.custom ??= new CustomConditionalFormatProxy(this.context, this, () => {
      const target = this._resolveTarget();
      if (target && target.rule.type !== "Custom") {
        throw new MemoryOfficeError(
          "InvalidOperation",
          "The conditional format is not of type Custom.",
          "ConditionalFormat.custom",
        );
      }
      return target;
    }));
  }

  get customOrNullObject(): CustomConditionalFormatProxy {
    return (this.parts.customOrNull ??= this.customOrNull());
  }

  private customOrNull(): CustomConditionalFormatProxy {
    const proxy = new CustomConditionalFormatProxy(
      this.context,
      this,
      () => {
        const target = this._resolveTarget();
        return target && target.rule.type === "Custom" ? target : null;
      },
      true,
    );
    return proxy;
  }

  /**
   * On Windows, deleting a rule reached through the whole sheet's collection throws ItemNotFound when a cell carries
   * two rules (office-js issue 5222, open; reproduced with two rules on A1 and getRange().conditionalFormats
   * .getItemAt(0).delete()). Through a smaller range it works.
   */
  delete(): void {
    this._queue("delete", [], (run) => {
      const { sheet, rule } = this._require<RuleTarget>();
      const model = this.context._model;
      const viaSheet = (this._parent as { _isWholeSheet?: () => boolean } | null)?._isWholeSheet?.() === true;
      if (model.platform === "PC" && viaSheet && sheet.rules.some((other) => other !== rule && overlaps(other, rule)))
        throw itemNotFound("ConditionalFormat.delete");
      sheet.rules.splice(sheet.rules.indexOf(rule), 1);
      announceRule(run, model, sheet.id, rule);
    });
  }

  /** The rule's range; fails when the rule covers several areas, like Excel. */
  getRange(): RangeProxy {
    return this.range("getRange", false);
  }

  /** The rule's range, or a null object when it covers several areas. */
  getRangeOrNullObject(): RangeProxy {
    return this.range("getRangeOrNullObject", true);
  }

  private range(name: string, nullable: boolean): RangeProxy {
    return rangeFrom<RuleTarget>(
      this,
      name,
      [],
      ({ sheet, rule }) => {
        if (rule.areas.length === 1) return { sheet, rect: rule.areas[0] };
        if (nullable) return null;
        throw new MemoryOfficeError(
          "InvalidOperation",
          "The conditional format is applied to multiple ranges; use getRanges() or getRangeOrNullObject().",
          `ConditionalFormat.${name}`,
        );
      },
      nullable,
    );
  }
}
