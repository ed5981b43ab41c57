/**
 * Adapter: a workbook whose worksheets are too big for exceljs to unpack whole, made small enough. Each oversized
 * worksheet part is cut after its first rows (sheetXmlCut.ts) with JSZip, the zip library exceljs itself uses, and
 * the zip is written back uncompressed (storing is cheap; exceljs reads it like any other). exceljs still reads every
 * cell that is kept: no spreadsheet parsing happens here. Shared strings, styles and tables are left as they are.
 */
import { loadJsZip } from "./loadLibraries";
import { cutSheetXml } from "./sheetXmlCut";
import type { ZipEntry } from "./zipDirectory";

export interface CutWorkbook {
  bytes: Uint8Array;
  /** Rows left out, by sheet name; sheets that were not cut are absent. */
  rowsLeftOut: Map<string, number>;
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Sheet names by worksheet part, from xl/workbook.xml's <sheet name r:id> and its relationships (ECMA-376 Part 1,
 * 18.2.19): the rep is told "Pipeline", not "sheet3.xml". Only these two small parts' tags are looked at.
 */
function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const part = targets.get(attribute(tag, "r:id") ?? "");
    if (name && part) names.set(part, unescapeXml(name));
  }
  return names;
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/** The parts cutSheets would cut: worksheets whose unpacked XML is over the threshold. */
export function oversizedSheets(entries: ZipEntry[], cutSheetXmlBytes: number): ZipEntry[] {
  return entries.filter((e) => isWorksheet(e.name) && e.size > cutSheetXmlBytes);
}

/** `progress` gets 0..1 over unpacking and scanning all oversized parts. */
export async function cutSheets(
  bytes: Uint8Array,
  parts: ZipEntry[],
  maxRows: number,
  progress: (fraction: number) => void,
): Promise<CutWorkbook> {
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  const names = sheetNamesByPart(
    (await zip.file("xl/workbook.xml")?.async("string")) ?? "",
    (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "",
  );
  const rowsLeftOut = new Map<string, number>();
  const total = parts.reduce((sum, p) => sum + p.size, 0) || 1;
  let done = 0;
  for (const part of parts) {
    const file = zip.file(part.name);
    if (!file) continue;
    // Half of each part's share for unpacking, half for scanning.
    const xml = await file.async("uint8array", (meta) => progress((done + (part.size * meta.percent) / 200) / total));
    const cut = cutSheetXml(xml, maxRows, (f) => progress((done + part.size / 2 + (part.size * f) / 2) / total));
    done += part.size;
    if (!cut.xml) continue;
    zip.file(part.name, cut.xml);
    rowsLeftOut.set(names.get(part.name) ?? part.name, cut.rowsLeftOut);
  }
  if (rowsLeftOut.size === 0) return { bytes, rowsLeftOut };
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }), rowsLeftOut };
}
