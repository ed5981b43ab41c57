/** The slice of Office.context.officeTheme we read (it is undefined in Excel on the web today). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

function isDarkColor(hex: string): boolean | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Office's theme when it says (isDarkTheme, else its body colour), else the browser's prefers-color-scheme. */
export function chooseTheme(office: OfficeThemeLike | undefined, prefersDark: boolean): "light" | "dark" {
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const dark = office.bodyBackgroundColor ? isDarkColor(office.bodyBackgroundColor) : undefined;
    if (dark !== undefined) return dark ? "dark" : "light";
  }
  return prefersDark ? "dark" : "light";
}
