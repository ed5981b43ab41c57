/**
 * Workbooks too big for exceljs's browser reader: an exceljs-written workbook whose sheet gets many more rows
 * appended in its XML, zipped again with Node's zlib (fast enough for a sheet of hundreds of MB; JSZip's pure-JS
 * deflate is not).
 */
import JSZip from "jszip";
import { crc32, deflateRawSync } from "zlib";

/** A zip of the given parts, deflated (APPNOTE.TXT 4.3.7 and 4.3.12), as Excel writes one. */
export function zipParts(parts: Array<{ name: string; data: Buffer }>): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const packed = deflateRawSync(data, { level: 1 });
    const fileName = Buffer.from(name, "utf8");
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed
    fields.writeUInt16LE(0, 2); // flags
    fields.writeUInt16LE(8, 4); // deflate
    fields.writeUInt32LE(0, 6); // time, date
    fields.writeUInt32LE(crc32(data), 10);
    fields.writeUInt32LE(packed.length, 14);
    fields.writeUInt32LE(data.length, 18);
    fields.writeUInt16LE(fileName.length, 22);
    fields.writeUInt16LE(0, 24);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fields, fileName]);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    fields.copy(entry, 6); // the same fields as the local header, from "version needed" to the name's length
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    chunks.push(local, packed);
    offset += local.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/**
 * The workbook with `extraRows` copies of `rowXml` appended to the given sheet part's rows, built by filling a
 * buffer (rows without an r attribute: Excel numbers them by position, ECMA-376 Part 1, 18.3.1.73).
 */
export async function withRowsAppended(
  workbook: Uint8Array,
  part: string,
  rowXml: string,
  extraRows: number,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(workbook);
  const parts: Array<{ name: string; data: Buffer }> = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    let data = Buffer.from(await zip.files[name].async("uint8array"));
    if (name === part) {
      const xml = data.toString("utf8");
      const at = xml.indexOf("</sheetData>");
      const filler = Buffer.alloc(rowXml.length * extraRows, rowXml, "utf8");
      data = Buffer.concat([Buffer.from(xml.slice(0, at), "utf8"), filler, Buffer.from(xml.slice(at), "utf8")]);
    }
    parts.push({ name, data });
  }
  return zipParts(parts);
}
