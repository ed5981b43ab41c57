/** CustomConditionalFormat: rule.formula (checked like Excel) and format.fill / format.font of the rule. */
import { MemoryClientObject } from "../client/clientObject";
import type { MemoryRequestContext } from "../client/context";
import { invalidArgument } from "../errors";
import { isValidFormula, normalizeFormula } from "../formula/normalize";
import { normalizeColor } from "../model/colors";
import type { RuleModel } from "../model/types";
import type { RuleTarget } from "./conditionalFormat";

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

  protected update(name: string, value: unknown, apply: (rule: RuleModel) => void): void {
    this._set(name, value, () => apply(this.ruleModel()));
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

  /** Excel refuses a formula it cannot parse; relative references count from the rule range's top-left cell. */
  private write(name: string, value: string): void {
    this.update(name, value, (rule) => {
      if (typeof value !== "string" || !isValidFormula(value)) {
        throw invalidArgument(`The formula ${JSON.stringify(value)} is not valid.`, `ConditionalFormatRule.${name}`);
      }
      rule.formula = normalizeFormula(value);
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
