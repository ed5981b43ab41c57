/**
 * Finding and deleting NextStep's own conditional formats, and only those. Excel gives rules no stable id (the id is
 * the priority, which shifts), so a rule is ours when its formula carries our marker term *and* its fill is the one
 * that kind of rule gets. Everything else, the rep's rules included, is never touched.
 *
 * Deleting goes through each rule's own range: on Windows, deleting through the whole sheet's collection throws
 * ItemNotFound when a cell carries two rules (office-js issue 5222, open), and ours always overlap on the date column.
 * Every delete tolerates ItemNotFound and recovers by re-reading.
 */
import { parseAddress, stripSheet, intersect, type Rect } from "./address";
import { hasErrorCode } from "./errors";
import { HIGHLIGHT_FILLS, kindOfFormula, type HighlightKind } from "./highlightRules";

export interface OwnRules {
  /** The sheet's rules in priority order, as loaded (index = priority). */
  all: Excel.ConditionalFormat[];
  /** Indexes into `all` of our rules. */
  own: number[];
}

/** One of our rules as Excel holds it now. The formula reads relative to the rule's own top-left (office-js 5194). */
export interface OwnRuleState {
  kind: HighlightKind;
  /** A1 without the sheet; null when the rule now covers several areas (the rep cut or inserted through it). */
  address: string | null;
  formula: string;
  fill: string;
}

const RULE_FIELDS = "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color";

/** Queues the load of every rule on the sheet with what recognition needs; read `recognise` after the sync. */
export function queueRuleLoad(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  // The whole sheet's collection holds every rule that intersects it: all of them.
  const rules = sheet.getRange().conditionalFormats;
  rules.load(RULE_FIELDS);
  return rules;
}

/** Which loaded rules are ours. */
export function recognise(rules: Excel.ConditionalFormatCollection): OwnRules {
  const all = rules.items;
  const own: number[] = [];
  all.forEach((rule, index) => {
    if (rule.type !== "Custom") return; // Excel.ConditionalFormatType.custom
    const custom = rule.customOrNullObject;
    if (custom.isNullObject) return;
    const kind = kindOfFormula(custom.rule.formula ?? "");
    const fill = (custom.format.fill.color ?? "").toUpperCase();
    if (kind && fill === HIGHLIGHT_FILLS[kind]) own.push(index);
  });
  return { all, own };
}

/** Queues the range of every rule (ours and the rep's): deleting ours through their own ranges needs all of them. */
export function queueRuleRanges(found: OwnRules): Excel.Range[] {
  return found.all.map((rule) => {
    const range = rule.getRangeOrNullObject();
    range.load("address");
    return range;
  });
}

function rectOf(range: Excel.Range): Rect | null {
  return range.isNullObject ? null : (parseAddress(range.address) ?? null);
}

/** Our rules as they stand, in priority order (after the ranges' sync). */
export function ownState(found: OwnRules, ranges: Excel.Range[]): OwnRuleState[] {
  return found.own.map((index) => {
    const custom = found.all[index].customOrNullObject;
    const formula = custom.rule.formula ?? "";
    return {
      kind: kindOfFormula(formula) as HighlightKind,
      address: ranges[index].isNullObject ? null : stripSheet(ranges[index].address),
      formula,
      fill: (custom.format.fill.color ?? "").toUpperCase(),
    };
  });
}

/**
 * Queues deletion of our rules, lowest priority first (deleting a rule renumbers only the rules below it), each
 * through its own range: there its position is the number of higher-priority rules that touch that range. A rule
 * whose range (or a higher rule's) is unknown goes through the whole sheet, and the caller recovers if that fails.
 */
export function queueDeleteOwn(sheet: Excel.Worksheet, found: OwnRules, ranges: Excel.Range[]): number {
  const rects = ranges.map(rectOf);
  const indexes = [...found.own].sort((a, b) => b - a);
  for (const index of indexes) {
    const rect = rects[index];
    const above = rects.slice(0, index);
    if (!rect || above.some((r) => r === null)) {
      found.all[index].delete();
      continue;
    }
    const position = above.filter((r) => r !== null && intersect(r, rect) !== null).length;
    sheet.getRange(stripSheet(ranges[index].address)).conditionalFormats.getItemAt(position).delete();
  }
  return indexes.length;
}

/**
 * Deletes our rules on a sheet (3 syncs); if Excel reports ItemNotFound (a renumbering we did not foresee, or the
 * Windows bug on a multi-area rule), falls back to one rule per round, re-reading each time and tolerating
 * ItemNotFound, so a clear always finishes. Returns how many were ours.
 */
export async function deleteOwnRules(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<number> {
  const loaded = queueRuleLoad(sheet);
  await context.sync();
  const found = recognise(loaded);
  if (found.own.length === 0) return 0;
  const ranges = queueRuleRanges(found);
  await context.sync();
  const count = queueDeleteOwn(sheet, found, ranges);
  try {
    await context.sync();
    return count;
  } catch (error) {
    if (!hasErrorCode(error, "ItemNotFound")) throw error;
  }
  await recoverDeletes(context, sheet, count);
  return count;
}

/**
 * Recovery: re-read and delete the lowest-priority rule of ours, one per round, bounded by how many there were. The
 * rule is picked out of its own range's collection by what it is (our marker, fill and formula), never by a computed
 * position, so a wrong guess can never delete the rep's rule. A multi-area rule of ours (no single range) goes
 * through the whole sheet, which Windows may refuse (office-js 5222): it then stays and the loop ends.
 */
export async function recoverDeletes(context: Excel.RequestContext, sheet: Excel.Worksheet, count: number) {
  for (let round = 0; round <= count; round++) {
    const again = queueRuleLoad(sheet);
    // Recovery path only: bounded by the number of our rules.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const left = recognise(again);
    if (left.own.length === 0) return;
    const last = left.own[left.own.length - 1];
    const target = left.all[last].customOrNullObject;
    const own = left.all[last].getRangeOrNullObject();
    own.load("address");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (own.isNullObject) {
      left.all[last].delete();
    } else {
      const local = sheet.getRange(stripSheet(own.address)).conditionalFormats;
      local.load(RULE_FIELDS);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const mine = recognise(local);
      const same = mine.own.filter(
        (i) =>
          mine.all[i].customOrNullObject.rule.formula === target.rule.formula &&
          (mine.all[i].customOrNullObject.format.fill.color ?? "").toUpperCase() ===
            (target.format.fill.color ?? "").toUpperCase(),
      );
      if (same.length === 0) return; // it is gone already, or not where Excel said: stop rather than guess
      mine.all[same[same.length - 1]].delete();
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!hasErrorCode(error, "ItemNotFound")) throw error;
      if (own.isNullObject) return; // the whole-sheet path is refused on this host: leave it rather than loop
    }
  }
}
