/**
 * Every Excel API member src/excel uses (property accesses, method calls and the paths inside load("…") strings) must
 * be in production @types/office-js with an `[Api set: ExcelApi x]` tag no newer than REQUIRED_EXCEL_API, or be one
 * of OPTIONAL_SETS and used in a file that checks isExcelApiSupported for it. A BETA or preview-only member (as
 * Workbook.use1904DateSystem was) fails here: production office.js does not define it.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { OPTIONAL_SETS, REQUIRED_EXCEL_API } from "../../src/excel/requirements";
import { compareVersions, excelSurface, OFFICE_TYPES, type ApiSet } from "./officeApiSets";

const EXCEL_DIR = path.join(__dirname, "../../src/excel");
const surface = excelSurface();
// node_modules may be a symlink: the compiler reports real paths.
const OFFICE_TYPES_REAL = fs.realpathSync(OFFICE_TYPES);

interface Use {
  file: string;
  member: string;
  set: ApiSet | undefined;
  known: boolean;
}

function excelClassOf(declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  if (!parent || (!ts.isClassDeclaration(parent) && !ts.isInterfaceDeclaration(parent))) return undefined;
  if (fs.realpathSync(declaration.getSourceFile().fileName) !== OFFICE_TYPES_REAL) return undefined;
  const namespace = parent.parent?.parent;
  if (!namespace || !ts.isModuleDeclaration(namespace) || namespace.name.text !== "Excel") return undefined;
  return parent.name?.text;
}

function collectUses(): Use[] {
  const files = fs
    .readdirSync(EXCEL_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(EXCEL_DIR, f));
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    types: ["office-js"],
    typeRoots: [path.join(__dirname, "../../node_modules/@types")],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const record = (file: string, symbol: ts.Symbol | undefined) => {
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return;
    const className = excelClassOf(declaration);
    if (!className) return;
    const member = `${className}.${symbol.name}`;
    const members = surface.get(className);
    uses.push({ file, member, set: members?.get(symbol.name), known: members?.has(symbol.name) ?? false });
  };
  /** A load("a,b/c") path walked member by member from the object's type. */
  const recordLoadPath = (file: string, type: ts.Type, dotted: string, at: ts.Node) => {
    let current: ts.Type | undefined = type;
    for (const part of dotted.split("/")) {
      if (!current) return;
      const property = current.getProperty(part);
      if (!property) {
        const className = current.getSymbol()?.name ?? "?";
        uses.push({ file, member: `${className}.${part} (in load)`, set: undefined, known: false });
        return;
      }
      record(file, property);
      let next = checker.getTypeOfSymbolAtLocation(property, at);
      if (part === "items" && checker.isArrayType(next)) next = checker.getTypeArguments(next as ts.TypeReference)[0];
      current = next;
    }
  };
  for (const source of program.getSourceFiles()) {
    if (!files.includes(path.resolve(source.fileName))) continue;
    const file = path.basename(source.fileName);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) record(file, checker.getSymbolAtLocation(node.name));
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "load" &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const type = checker.getNonNullableType(checker.getTypeAtLocation(node.expression.expression));
        for (const dotted of node.arguments[0].text.split(",")) recordLoadPath(file, type, dotted.trim(), node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const uses = collectUses();

test("the walk sees the adapter's Excel calls, load paths included", () => {
  const members = new Set(uses.map((u) => u.member));
  for (const expected of [
    "Range.values",
    "ConditionalFormat.delete",
    "Worksheet.onChanged",
    "CustomConditionalFormat.rule",
  ])
    expect(members).toContain(expected);
  expect(members).toContain("ConditionalRangeFill.color"); // only reached through a load("…/fill/color") path
});

test("every Excel member the adapter uses is in production office.js, at ExcelApi ≤ REQUIRED_EXCEL_API or guarded", () => {
  const sources = new Map<string, string>();
  const source = (file: string) => {
    if (!sources.has(file)) sources.set(file, fs.readFileSync(path.join(EXCEL_DIR, file), "utf8"));
    return sources.get(file) as string;
  };
  const optional = Object.entries(OPTIONAL_SETS) as [string, string][];
  const problems: string[] = [];
  for (const use of uses) {
    if (!use.known) {
      problems.push(`${use.file}: ${use.member} is not in @types/office-js`);
      continue;
    }
    const set = use.set;
    // RequestContext's members carry no tag: it is the entry point of every set.
    if (!set && use.member.startsWith("RequestContext.")) continue;
    if (!set || set.name !== "ExcelApi" || set.version.toUpperCase() === "BETA") {
      problems.push(
        `${use.file}: ${use.member} is tagged ${set ? `${set.name} ${set.version}` : "with no ExcelApi set"}`,
      );
      continue;
    }
    if (compareVersions(set.version, REQUIRED_EXCEL_API) <= 0) continue;
    const guards = optional.filter(([, version]) => compareVersions(version, set.version) >= 0);
    const guarded = guards.some(([key]) => source(use.file).includes(`isExcelApiSupported(OPTIONAL_SETS.${key})`));
    if (!guarded) problems.push(`${use.file}: ${use.member} needs ExcelApi ${set.version} and no guard checks it`);
  }
  expect(problems).toEqual([]);
});
