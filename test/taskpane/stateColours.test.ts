import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { STATE_COLOURS, type ColourState } from "../../src/taskpane/components/stateColours";

/** Hue in degrees of "#rrggbb". */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The value a token ("var(--colorPaletteRedBorder2)") takes in a theme. */
function resolve(token: string, theme: Theme): string {
  const name = /^var\(--([A-Za-z0-9]+)\)$/.exec(token)?.[1] as keyof Theme;
  return String(theme[name]);
}

describe("one colour per state: the pane's accents take the sheet fill's hue", () => {
  const states = Object.keys(STATE_COLOURS) as ColourState[];
  test.each(states.flatMap((s) => [[s, "light", webLightTheme] as const, [s, "dark", webDarkTheme] as const]))(
    "%s in the %s theme",
    (state, _name, theme) => {
      const { sheetFill, accent, text } = STATE_COLOURS[state];
      expect(gap(hue(resolve(accent, theme)), hue(sheetFill))).toBeLessThanOrEqual(30);
      expect(gap(hue(resolve(text, theme)), hue(sheetFill))).toBeLessThanOrEqual(30);
    },
  );

  test("due today is amber, never green (green reads as 'fine')", () => {
    for (const theme of [webLightTheme, webDarkTheme]) {
      const h = hue(resolve(STATE_COLOURS.dueToday.accent, theme));
      expect(h).toBeGreaterThanOrEqual(25);
      expect(h).toBeLessThanOrEqual(50);
    }
  });
});
