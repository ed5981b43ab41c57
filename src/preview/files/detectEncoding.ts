/**
 * Pure: the text encoding of a CSV from its bytes, the way Excel opens one: a byte-order mark decides (UTF-8,
 * UTF-16 LE/BE); without one, UTF-16 shows as zero bytes in every other position, bytes that decode as UTF-8 are
 * UTF-8, and anything else is the Windows ANSI code page (Windows-1252 for Western reps).
 */
export interface DetectedEncoding {
  /** A WHATWG encoding label TextDecoder accepts. */
  label: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** For people: "UTF-8", "UTF-16 LE"… */
  name: string;
}

const UTF8: DetectedEncoding = { label: "utf-8", bomLength: 0, name: "UTF-8" };

/** Whether bytes are valid UTF-8; a sequence cut off at the very end of a sample still counts as valid. */
function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return false;
    if (i + extra >= bytes.length) return !complete;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

/** sample: the file's first bytes (64 KB is plenty); complete: whether the sample is the whole file. */
export function detectEncoding(sample: Uint8Array, complete = true): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { ...UTF8, bomLength: 3, name: "UTF-8 (BOM)" };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { label: "utf-16le", bomLength: 2, name: "UTF-16 LE" };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { label: "utf-16be", bomLength: 2, name: "UTF-16 BE" };
  const n = Math.min(sample.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs > 0 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
    return { label: "utf-16le", bomLength: 0, name: "UTF-16 LE" };
  }
  if (pairs > 0 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
    return { label: "utf-16be", bomLength: 0, name: "UTF-16 BE" };
  }
  if (isUtf8(sample, complete)) return UTF8;
  return { label: "windows-1252", bomLength: 0, name: "Windows-1252" };
}
