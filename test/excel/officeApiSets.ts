/**
 * Reads @types/office-js (the production surface: no BETA-only members) to tell, for an Excel class and member, the
 * requirement set its `[Api set: …]` tag names. Used by the tests that keep the adapter and the in-memory Excel inside
 * what production office.js defines.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const OFFICE_TYPES = path.join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

export interface ApiSet {
  name: string;
  version: string;
}

/** "ExcelApi 1.7" → { name, version }; undefined when the text has no tag. */
export function apiSetOf(text: string): ApiSet | undefined {
  const m = /\[\s*Api set:\s*([A-Za-z]+)\s+([\d.]+|BETA)/i.exec(text);
  return m ? { name: m[1], version: m[2] } : undefined;
}

/** Excel class/interface name → member name → its tag (the class's own tag when the member has none). */
export function excelSurface(): Map<string, Map<string, ApiSet | undefined>> {
  const text = fs.readFileSync(OFFICE_TYPES, "utf8");
  const file = ts.createSourceFile(OFFICE_TYPES, text, ts.ScriptTarget.ES2020, true);
  const surface = new Map<string, Map<string, ApiSet | undefined>>();
  const visitNamespace = (body: ts.ModuleBlock) => {
    for (const statement of body.statements) {
      if (!ts.isClassDeclaration(statement) && !ts.isInterfaceDeclaration(statement)) continue;
      const name = statement.name?.text;
      if (!name) continue;
      const own = apiSetOf(statement.getFullText().slice(0, statement.getLeadingTriviaWidth()));
      const members = surface.get(name) ?? new Map<string, ApiSet | undefined>();
      for (const member of statement.members) {
        const memberName = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
        if (!memberName) continue;
        const tag = apiSetOf(member.getFullText().slice(0, member.getLeadingTriviaWidth())) ?? own;
        // Overloads: keep the lowest tag seen (any overload existing is enough).
        if (!members.has(memberName) || (tag && !members.get(memberName))) members.set(memberName, tag);
      }
      surface.set(name, members);
    }
  };
  for (const statement of file.statements) {
    if (
      ts.isModuleDeclaration(statement) &&
      statement.name.text === "Excel" &&
      statement.body &&
      ts.isModuleBlock(statement.body)
    )
      visitNamespace(statement.body);
  }
  return surface;
}

/** Numeric comparison of "1.10" and "1.7". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
