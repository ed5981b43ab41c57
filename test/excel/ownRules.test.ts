/**
 * Deleting our rules when Excel renumbers under us (office-js issue 5222): a hand-made context whose first batch of
 * deletes fails with ItemNotFound after applying some of them, as Excel does; the careful path must finish the job
 * and leave the rep's rules alone.
 */
import { deleteOwnRules } from "../../src/excel/ownRules";
import { HIGHLIGHT_FILLS, markerTerm } from "../../src/excel/highlightRules";

interface Rule {
  formula: string;
  fill: string;
}

function fakeSheet(rules: Rule[], failFirstDeleteBatch: boolean) {
  let pendingDeletes: number[] = [];
  let failNext = failFirstDeleteBatch;
  let syncs = 0;
  const collection = {
    items: [] as unknown[],
    load() {
      collection.items = rules.map((rule, index) => ({
        type: "Custom",
        customOrNullObject: {
          isNullObject: false,
          rule: { formula: rule.formula },
          format: { fill: { color: rule.fill } },
        },
        delete: () => pendingDeletes.push(index),
      }));
      return collection;
    },
  };
  const sheet = { getRange: () => ({ conditionalFormats: collection }) };
  const context = {
    async sync() {
      syncs++;
      const deletes = pendingDeletes;
      pendingDeletes = [];
      if (deletes.length === 0) return;
      if (failNext) {
        failNext = false;
        rules.splice(deletes[0], 1); // the first delete lands, then Excel reports the renumbered one missing
        throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
      }
      for (const index of deletes) rules.splice(index, 1); // lowest priority first, so indexes stay valid
    },
  };
  return { sheet, context, syncs: () => syncs };
}

const ours = (kind: "overdue" | "dueToday" | "badDate"): Rule => ({
  formula: `=AND(${markerTerm(kind)},$F2<TODAY())`,
  fill: HIGHLIGHT_FILLS[kind],
});
const theirs: Rule = { formula: "=MOD(ROW(),2)=0", fill: "#F2F2F2" };

test.each([false, true])("all our rules go and only ours (first delete batch fails: %s)", async (fail) => {
  const rules = [ours("badDate"), theirs, ours("overdue"), ours("dueToday"), { ...theirs, fill: "#EEEEEE" }];
  const { sheet, context, syncs } = fakeSheet(rules, fail);
  const removed = await deleteOwnRules(context as unknown as Excel.RequestContext, sheet as unknown as Excel.Worksheet);
  expect(removed).toBe(3);
  expect(rules).toEqual([theirs, { ...theirs, fill: "#EEEEEE" }]);
  expect(syncs()).toBe(fail ? 2 + 2 * 2 + 1 : 2);
});
