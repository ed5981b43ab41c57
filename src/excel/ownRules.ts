/**
 * Finding and deleting NextStep's own conditional formats, and only those. Excel gives rules no stable id (the id is
 * the priority, which shifts), so a rule is ours when its formula carries our marker term *and* its fill is the one
 * that kind of rule gets. Everything else, the rep's rules included, is never touched.
 */
import { HIGHLIGHT_FILLS, kindOfFormula } from "./highlightRules";
import { hasErrorCode } from "./errors";

export interface OwnRules {
  /** The sheet's rules in priority order, as loaded (index = priority). */
  all: Excel.ConditionalFormat[];
  /** Indexes into `all` of our rules. */
  own: number[];
}

/** Queues the load of every rule on the sheet with what recognition needs; read `recognise` after the sync. */
export function queueRuleLoad(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  // The whole sheet's collection holds every rule that intersects it: all of them.
  const rules = sheet.getRange().conditionalFormats;
  rules.load("items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
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

/**
 * Queues deletion of our rules, lowest priority first: deleting a rule renumbers only the rules below it, so the
 * proxies of the ones still to delete keep pointing at the right rules (office-js issue 5222).
 */
export function queueDeleteOwn(found: OwnRules): number {
  const indexes = [...found.own].sort((a, b) => b - a);
  for (const index of indexes) found.all[index].delete();
  return indexes.length;
}

/**
 * Deletes our rules on a sheet in one sync; if Excel still reports ItemNotFound (a renumbering we did not foresee),
 * falls back to one rule per sync, re-querying each time, so a clear always finishes. Returns how many were ours.
 */
export async function deleteOwnRules(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<number> {
  const loaded = queueRuleLoad(sheet);
  await context.sync();
  const found = recognise(loaded);
  if (found.own.length === 0) return 0;
  const count = queueDeleteOwn(found);
  try {
    await context.sync();
    return count;
  } catch (error) {
    if (!hasErrorCode(error, "ItemNotFound")) throw error;
  }
  // Some deletes may have gone through before the failure: re-query and delete the last of ours, one per sync.
  for (let guard = 0; guard <= count; guard++) {
    const again = queueRuleLoad(sheet);
    // Recovery path only: bounded by the number of our rules.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const left = recognise(again);
    if (left.own.length === 0) return count;
    left.all[left.own[left.own.length - 1]].delete();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return count;
}
