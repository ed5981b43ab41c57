/**
 * Real layouts from the field (CRM exports, templates, trackers in nine languages): each one's header, columns and
 * row states are what a rep would expect. Sources and expectations sit with each layout in test/core/fieldLayouts/.
 */
import { FIELD_LAYOUTS } from "./fieldLayouts/corpus";
import { checkLayout } from "./fieldLayouts/evaluate";

test("the corpus has at least 60 layouts in at least 9 languages", () => {
  expect(FIELD_LAYOUTS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(FIELD_LAYOUTS.map((l) => l.language)).size).toBeGreaterThanOrEqual(9);
});

describe.each(FIELD_LAYOUTS.map((layout) => [layout.name, layout] as const))("%s", (_name, layout) => {
  it("meets every expectation a rep would have", () => {
    const allowed = new Set(layout.outOfReach?.checks ?? []);
    const unmet = checkLayout(layout).filter((c) => !c.met && !allowed.has(c.what));
    expect(unmet).toEqual([]);
  });
});
