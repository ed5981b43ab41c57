import type { OfficeThemeLike } from "../state/themeChoice";

/** Office's theme, read once by the boot (components never read Office themselves); undefined outside Office. */
export function readOfficeTheme(): OfficeThemeLike | undefined {
  try {
    if (typeof Office === "undefined" || !Office.context) return undefined;
    return (Office.context as { officeTheme?: OfficeThemeLike }).officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}
