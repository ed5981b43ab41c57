/** Requirement sets the fake host claims (configurable on the workbook model). */
import type { MemoryWorkbook } from "../model/workbook";

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported: "BETA" satisfies any version; no version means any. */
export function isSetSupported(model: MemoryWorkbook, name: string, minVersion?: string | number): boolean {
  const entry = Object.entries(model.requirementSets).find(([set]) => set.toLowerCase() === name.toLowerCase());
  if (!entry) return false;
  const have = entry[1];
  if (minVersion === undefined || have.toUpperCase() === "BETA") return true;
  if (String(minVersion).toUpperCase() === "BETA") return false;
  return compareVersions(have, String(minVersion)) >= 0;
}
