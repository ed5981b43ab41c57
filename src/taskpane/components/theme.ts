import { useEffect, useMemo, useState } from "react";
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { chooseTheme, type OfficeThemeLike } from "../state/themeChoice";

/** The dark theme once its chunk has loaded (the light one is in the first bundle). */
let loadedDark: Theme | undefined;

/** Loads Fluent's dark theme: the boot waits for it before a dark pane's first render, so light never flashes. */
export function loadDarkTheme(): Promise<Theme> {
  return import(/* webpackChunkName: "dark-theme" */ "./darkTheme").then(({ webDarkTheme }) => {
    loadedDark = webDarkTheme;
    return webDarkTheme;
  });
}

const darkQuery = (): MediaQueryList | undefined =>
  typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined;

/** Whether the pane opens dark: Office's theme where defined, else the system's setting. */
export function opensDark(officeTheme: OfficeThemeLike | undefined): boolean {
  return chooseTheme(officeTheme, darkQuery()?.matches ?? false) === "dark";
}

/** Follows Office's theme (handed in by the boot) where defined, else the system's light/dark setting (live). */
export function usePaneTheme(officeTheme: OfficeThemeLike | undefined): Theme {
  const query = useMemo(darkQuery, []);
  const [prefersDark, setPrefersDark] = useState(query?.matches ?? false);
  const [dark, setDark] = useState(loadedDark);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setPrefersDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [query]);
  const wantsDark = chooseTheme(officeTheme, prefersDark) === "dark";
  useEffect(() => {
    if (!wantsDark || dark) return;
    let live = true;
    // A switch to dark while the pane is open: light stays until the dark theme has loaded.
    loadDarkTheme().then(
      (theme) => live && setDark(theme),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wantsDark, dark]);
  return wantsDark && dark ? dark : webLightTheme;
}
