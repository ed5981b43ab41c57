import { join } from "node:path";
import type { Page } from "playwright-core";

const AXE = join(__dirname, "..", "..", "..", "node_modules", "axe-core", "axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. Fluent v9's focus guards
 * (`data-tabster-dummy`: focusable on purpose, aria-hidden so screen readers skip them) are left out: a known false
 * positive of aria-hidden-focus (microsoft/tabster#288).
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    type Context = { include: string[][]; exclude: string[][] };
    const axe = (window as unknown as { axe: { run(ctx: Context): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ include: [["html"]], exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Waits for animations to settle (contrast mid-fade is not what the rep sees), then expects no serious violations. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  expect(await seriousViolations(page)).toEqual([]);
}
