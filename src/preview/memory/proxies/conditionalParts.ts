/** CustomConditionalFormat: rule.formula (checked like Excel) and format.fill / format.font of the rule. */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { invalidArgument } from "../errors";
import { isValidFormula, normalizeFormula } from "../formula/normalize";
import { normalizeColor } from "../model/colors";
import type { RuleModel } from "../model/types";
import { shiftFormula } from "../formula/shift";
import type { SyncRun } from "../client/context";
import type { MemoryWorkbook } from "../model/workbook";
import type { RuleTarget } from "./conditionalFormat";

/** Adding, changing or deleting a rule changes the format of its cells: onChanged fires there, as for any format. */
export function announceRule(run: SyncRun, model: MemoryWorkbook, sheetId: string, rule: RuleModel): void {
  for (const rect of rule.areas) run.changed(model, { sheetId, rect, changeType: "RangeEdited" });
}

type Resolver = () => RuleTarget | null;

abstract class RulePart extends MemoryClientObject {
  constructor(
    context: MemoryRequestContext,
    parent: MemoryClientObject,
    protected readonly resolver: Resolver,
    nullable = false,
  ) {
    super(context, parent, nullable);
  }

  _resolveTarget(): RuleTarget | null {
    return this.resolver();
  }

  protected ruleModel(): RuleModel {
    return this._require<RuleTarget>().rule;
  }

  /** A rule change is a format change: onChanged fires over the rule's cells (see announceRule). */
  protected update(name: string, value: unknown, apply: (rule: RuleModel) => void): void {
    this._set(name, value, (run) => {
      const { sheet, rule } = this._require<RuleTarget>();
      apply(rule);
      announceRule(run, this.context._model, sheet.id, rule);
    });
  }

  /** The top-left cell of the range the rule was fetched through (its own range when it came from add()). */
  protected fetchOrigin(): { row: number; column: number } {
    for (let p: MemoryClientObject | null = this._parent; p; p = p._parent) {
      const fetched = (p as unknown as { _fetchOrigin?: () => { row: number; column: number } })._fetchOrigin;
      if (fetched) return fetched.call(p);
    }
    return this.ruleModel().origin;
  }
}

export class ConditionalFormatRuleProxy extends RulePart {
  readonly _typeName = "ConditionalFormatRule";

  protected _scalarNames(): readonly string[] {
    return ["formula", "formulaLocal"];
  }

  protected _readScalar(): unknown {
    return this.ruleModel().formula ?? "";
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this.write("formula", value);
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(value: string) {
    this.write("formulaLocal", value);
  }

  /**
   * Excel refuses a formula it cannot parse. Reading gives the formula relative to the rule's own top-left cell, but a
   * formula set through a rule fetched via another range is taken relative to *that* range's top-left (a maintainer
   * in office-js issue 5194, "by design"): set through the whole sheet, "=$F2" lands one row off.
   */
  private write(name: string, value: string): void {
    const fetched = this.fetchOrigin();
    this.update(name, value, (rule) => {
      if (typeof value !== "string" || !isValidFormula(value)) {
        throw invalidArgument(`The formula ${JSON.stringify(value)} is not valid.`, `ConditionalFormatRule.${name}`);
      }
      const moved = shiftFormula(value, rule.origin.row - fetched.row, rule.origin.column - fetched.column);
      rule.formula = normalizeFormula(moved);
    });
  }
}

export class ConditionalRangeFillProxy extends RulePart {
  readonly _typeName = "ConditionalRangeFill";

  protected _scalarNames(): readonly string[] {
    return ["color"];
  }

  protected _readScalar(): unknown {
    return this.ruleModel().fill;
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this.update("color", value, (rule) => (rule.fill = normalizeColor(value, "ConditionalRangeFill.color")));
  }

  clear(): void {
    this._loaded.delete("color");
    this._queue("clear", [], () => (this.ruleModel().fill = null));
  }
}

export class ConditionalRangeFontProxy extends RulePart {
  readonly _typeName = "ConditionalRangeFont";

  protected _scalarNames(): readonly string[] {
    return ["color", "bold"];
  }

  protected _readScalar(name: string): unknown {
    const rule = this.ruleModel();
    return name === "color" ? rule.fontColor : rule.bold;
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this.update("color", value, (rule) => (rule.fontColor = normalizeColor(value, "ConditionalRangeFont.color")));
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this.update("bold", value, (rule) => (rule.bold = Boolean(value)));
  }

  clear(): void {
    this._queue("clear", [], () => {
      const rule = this.ruleModel();
      rule.fontColor = null;
      rule.bold = null;
    });
  }
}

export class ConditionalRangeFormatProxy extends RulePart {
  readonly _typeName = "ConditionalRangeFormat";
  readonly fill = new ConditionalRangeFillProxy(this.context, this, this.resolver);
  readonly font = new ConditionalRangeFontProxy(this.context, this, this.resolver);

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(): unknown {
    return undefined;
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }

  clearFormat(): void {
    this._queue("clearFormat", [], () => {
      const rule = this.ruleModel();
      rule.fill = null;
      rule.fontColor = null;
      rule.bold = null;
    });
  }
}

export class CustomConditionalFormatProxy extends RulePart {
  readonly _typeName = "CustomConditionalFormat";
  readonly rule = new ConditionalFormatRuleProxy(this.context, this, this.resolver);
  readonly format = new ConditionalRangeFormatProxy(this.context, this, this.resolver);

  protected _scalarNames(): readonly string[] {
    return [];
  }

  protected _readScalar(): unknown {
    return undefined;
  }

  protected override _navigation(name: string): MemoryClientObject | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}
