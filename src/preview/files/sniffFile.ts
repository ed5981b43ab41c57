/**
 * Pure: what a file is, from its first bytes and its name. The bytes win over the name: a renamed PDF is no
 * workbook, and a password-protected .xlsx is not a zip but an OLE compound file holding an "EncryptionInfo" stream
 * ([MS-OFFCRYPTO] 2.3.4: encrypted OOXML is stored in a compound file), which is also what an old .xls is.
 */
export type FileKind = "xlsx" | "csv" | "encrypted" | "oldExcel" | "notSpreadsheet" | "empty";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Signatures of files reps pick by mistake: PDF, PNG, JPEG, GIF. */
const OTHER_BINARY = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** "EncryptionInfo" as UTF-16 LE, the way a compound file's directory names its streams. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** Control bytes other than tab, CR, LF, form feed: text files (in any of the encodings we read) have none. */
function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  let zeros = 0;
  let control = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) zeros++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  // UTF-16 without a BOM has a zero in every other byte of ASCII text: about half, never all.
  const utf16Like = zeros > n * 0.3 && zeros < n * 0.7;
  return control > n * 0.05 || (zeros > 0 && !utf16Like);
}

/** Classifies a file by its head (the first few kilobytes; the whole file for compound files) and its name. */
export function sniffFile(name: string, head: Uint8Array, size: number): FileKind {
  if (size === 0) return "empty";
  if (startsWith(head, ZIP)) return "xlsx";
  if (startsWith(head, EMPTY_ZIP)) return "empty";
  if (startsWith(head, OLE)) return hasEncryptionInfo(head) ? "encrypted" : "oldExcel";
  if (OTHER_BINARY.some((s) => startsWith(head, s)) || looksBinary(head)) return "notSpreadsheet";
  return /\.(xlsx|xlsm|xls)$/i.test(name) ? "notSpreadsheet" : "csv";
}
