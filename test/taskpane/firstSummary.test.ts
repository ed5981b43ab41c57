/**
 * The skeleton's first counts (boot/earlySummary.ts) come from firstSummary, which skips what only the pane shows. It
 * must say what paneView says: no counts while paneView is still starting, none for any screen but the report, and
 * the report's own summary and list name otherwise, at every step of a real start.
 */
import { fixedClock } from "../../src/taskpane/state/clock";
import { initialModel, type PaneModel } from "../../src/taskpane/state/model";
import { firstSummary, paneView } from "../../src/taskpane/state/paneView";
import { demoWorkbook } from "../../src/preview/demo/demoWorkbook";
import { DEMO_VARIANTS } from "../../src/preview/demo/demoSheet";
import { memoryStores } from "./memoryStores";

const TODAY = "2026-12-05";
const { storeOn } = memoryStores(fixedClock(TODAY));

/** What the early summary would draw, read from paneView itself. */
function fromPaneView(model: PaneModel): ReturnType<typeof firstSummary> {
  const { screen } = paneView(model, TODAY);
  if (screen.kind === "starting") return undefined;
  if (screen.kind !== "report") return null;
  return { summary: screen.summary, sourceLabel: screen.sourceLabel };
}

describe("firstSummary says what paneView says", () => {
  test.each([...DEMO_VARIANTS])(
    "at every step of a start on the %s demo, for everyone and for 'my prospects'",
    async (variant) => {
      const store = storeOn(demoWorkbook(TODAY, variant));
      const seen: PaneModel[] = [store.get()];
      const unsubscribe = store.subscribe(() => seen.push(store.get()));
      await store.start();
      store.setLens({ scope: "mine" });
      store.setLens({ scope: "everyone", quietDays: 3 });
      unsubscribe();
      expect(seen.length).toBeGreaterThan(3);
      for (const model of seen) expect(firstSummary(model, TODAY)).toEqual(fromPaneView(model));
    },
  );

  test("the standard demo's start ends on its counts, and the other screens draw none", async () => {
    const store = storeOn(demoWorkbook(TODAY, "standard"));
    await store.start();
    expect(firstSummary(store.get(), TODAY)?.summary.badges.length).toBeGreaterThan(0);
    const empty = storeOn(demoWorkbook(TODAY, "empty"));
    await empty.start();
    expect(firstSummary(empty.get(), TODAY)).toBeNull();
  });

  test.each([
    ["starting", { ...initialModel() }],
    ["ready, nothing read yet", { ...initialModel(), phase: { kind: "ready" } }],
    ["blocked", { ...initialModel(), phase: { kind: "blocked", message: "Update Excel." } }],
    ["an error", { ...initialModel(), phase: { kind: "error", message: "Excel is busy." } }],
    ["empty", { ...initialModel(), phase: { kind: "empty", message: "Nothing here." } }],
  ] as [string, PaneModel][])("%s", (_, model) => {
    expect(firstSummary(model, TODAY)).toEqual(fromPaneView(model));
  });
});
