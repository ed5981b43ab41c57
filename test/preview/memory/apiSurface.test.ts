/**
 * The in-memory Excel offers only what production office.js defines: every public member of a proxy class must be a
 * member of the Excel class it stands for in @types/office-js, with a numbered ExcelApi tag (never BETA or preview).
 * Anything else (as Workbook.use1904DateSystem was) would let an adapter pass here and fail in Excel.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { excelSurface } from "../../excel/officeApiSets";

const PROXIES = path.join(__dirname, "../../../src/preview/memory/proxies");

function proxyMembers(): { typeName: string; member: string; file: string }[] {
  const found: { typeName: string; member: string; file: string }[] = [];
  for (const name of fs.readdirSync(PROXIES).filter((f) => f.endsWith(".ts"))) {
    const file = path.join(PROXIES, name);
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement)) continue;
      let typeName: string | undefined;
      const members: string[] = [];
      for (const member of statement.members) {
        const memberName = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
        if (!memberName) continue;
        if (memberName === "_typeName" && ts.isPropertyDeclaration(member) && member.initializer) {
          typeName = (member.initializer as ts.StringLiteral).text;
          continue;
        }
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const hidden = modifiers.some(
          (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
        );
        if (hidden || memberName.startsWith("_") || ts.isConstructorDeclaration(member)) continue;
        members.push(memberName);
      }
      if (typeName) for (const member of members) found.push({ typeName, member, file: name });
    }
  }
  return found;
}

test("every public member of the in-memory Excel is in production @types/office-js with a numbered ExcelApi set", () => {
  const surface = excelSurface();
  const members = proxyMembers();
  expect(members.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const { typeName, member, file } of members) {
    const known = surface.get(typeName);
    if (!known?.has(member)) {
      problems.push(`${file}: ${typeName}.${member} is not in @types/office-js`);
      continue;
    }
    const set = known.get(member);
    if (set && (set.name !== "ExcelApi" || set.version.toUpperCase() === "BETA"))
      problems.push(`${file}: ${typeName}.${member} is ${set.name} ${set.version}`);
  }
  expect(problems).toEqual([]);
});
