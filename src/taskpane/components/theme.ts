import { useEffect, useMemo, useState } from "react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { chooseTheme, type OfficeThemeLike } from "../state/themeChoice";

/** Follows Office's theme (handed in by the boot) where defined, else the system's light/dark setting (live). */
export function usePaneTheme(officeTheme: OfficeThemeLike | undefined): Theme {
  const query = useMemo(
    () => (typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined),
    [],
  );
  const [prefersDark, setPrefersDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setPrefersDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [query]);
  return chooseTheme(officeTheme, prefersDark) === "dark" ? webDarkTheme : webLightTheme;
}
