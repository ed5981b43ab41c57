/** Normalises every form `load()` accepts into "a/b/c" paths; [] means "all scalar properties". */

export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

function splitNames(value: string | string[]): string[] {
  const list = Array.isArray(value) ? value : value.split(",");
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}

function objectPaths(option: Record<string, unknown>, prefix: string): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(option)) {
    if (key.startsWith("$")) continue;
    if (value === true) paths.push(prefix + key);
    else if (value && typeof value === "object") {
      const nested = objectPaths(value as Record<string, unknown>, `${prefix}${key}/`);
      paths.push(...(nested.length > 0 ? nested : [prefix + key]));
    }
  }
  return paths;
}

export function normalizeLoad(option?: LoadOption): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string" || Array.isArray(option)) return splitNames(option);
  if ("select" in option || "expand" in option) {
    const select = option.select ? splitNames(option.select as string | string[]) : [];
    const expand = option.expand ? splitNames(option.expand as string | string[]) : [];
    return [...select, ...expand];
  }
  return objectPaths(option, "");
}

/** Groups paths by their first segment: "format/fill/color" → format: ["fill/color"]. */
export function groupPaths(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    const list = groups.get(head) ?? [];
    if (rest.length > 0) list.push(rest.join("/"));
    groups.set(head, list);
  }
  return groups;
}
