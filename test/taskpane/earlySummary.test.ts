import { readFileSync } from "node:fs";
import { join } from "node:path";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { STATE_COLOURS } from "../../src/taskpane/components/stateColours";
import type { SheetReport } from "../../src/core/types";
import { summarize } from "../../src/taskpane/state/summary";

/**
 * taskpane.html draws the first counts (boot/earlySummary.ts) before Fluent is loaded, so it carries Fluent's colours
 * itself. They must be the pane's: one colour per state, in light and in dark.
 */
const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";

/** The custom properties a CSS block sets: its `--name: value;` pairs. */
function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}
const light = variables(/\.ns-skeleton \{([^}]*--[^}]*)\}/.exec(style)?.[1] ?? "");
const dark = variables(/prefers-color-scheme: dark\) \{\s*\.ns-skeleton \{([^}]*)\}/.exec(style)?.[1] ?? "");

/** The token name behind one of the pane's colours: `var(--colorPaletteRedBorder2)` → colorPaletteRedBorder2. */
const tokenName = (value: string) => /var\(--(\w+)\)/.exec(value)?.[1] ?? value;

describe("the skeleton's first counts wear the pane's colours", () => {
  const tones = { overdue: "overdue", dueToday: "dueToday", dueSoon: "dueSoon", problem: "problem" } as const;

  test.each(Object.keys(tones) as (keyof typeof tones)[])("%s: the edge the pane's badge has", (tone) => {
    const rule = new RegExp(`\\.ns-badge\\[data-tone="${tone}"\\] \\{\\s*border-left-color: var\\(--(\\w+)\\);`).exec(
      style,
    );
    expect(rule?.[1]).toBe(tokenName(STATE_COLOURS[tones[tone]].accent));
  });

  test("every colour it names is Fluent's, light and dark", () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(dark)).toEqual(Object.keys(light));
    const themes = { light: webLightTheme, dark: webDarkTheme } as Record<string, Record<string, unknown>>;
    for (const [name, value] of Object.entries(light)) expect([name, value]).toEqual([name, themes.light[name]]);
    for (const [name, value] of Object.entries(dark)) expect([name, value]).toEqual([name, themes.dark[name]]);
  });

  test("the brand edge of 'Active' is the pane's", () => {
    expect(/\.ns-badge\[data-tone="brand"\] \{\s*border-left-color: var\(--colorBrandStroke1\);/.test(style)).toBe(
      true,
    );
  });

  test("it can draw every badge tone the pane's summary uses", () => {
    const drawn = new Set([...style.matchAll(/\.ns-badge\[data-tone="(\w+)"\]/g)].map((m) => m[1]));
    const counts = { overdue: 1, dueToday: 1, dueSoon: 1, missingNextStep: 1, missingDate: 1, invalidDate: 0 };
    const report = { counts: { ...counts, closed: 0, incomplete: 2 }, rows: [] } as unknown as SheetReport;
    const tones = new Set(summarize(report, 1).badges.map((b) => b.tone));
    expect(tones.size).toBe(5);
    for (const tone of tones) expect([tone, drawn.has(tone)]).toEqual([tone, true]);
  });
});
