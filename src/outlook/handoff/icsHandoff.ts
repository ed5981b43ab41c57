/**
 * The calendar travels from the pane to the add-in's own download page in the URL fragment, which browsers never
 * send to a server (RFC 3986 §3.5): no server of ours (or anyone's) sees a rep's follow-ups.
 * Format: `#nextstep-ics=1&n=<follow-ups>&name=<file name>&enc=deflate|plain&data=<base64url>`.
 */

export interface HandoffPayload {
  fileName: string;
  /** Follow-ups (prospects) in the calendar, for the page's sentence. */
  followUps: number;
  ics: string;
}

/** Byte transforms, injectable so tests can run without CompressionStream. */
export interface HandoffCodec {
  compress?: (bytes: Uint8Array) => Promise<Uint8Array>;
  decompress?: (bytes: Uint8Array) => Promise<Uint8Array>;
}

/**
 * The longest hand-off URL we open. Firefox caps URLs at 1,048,576 characters (`network.standard-url.max-length`),
 * Chromium at 2,097,152 (`url::kMaxURLChars`); we stay under the smaller with room for the page's own address.
 * A 1,000-follow-up calendar with day-before reminders deflates to about 100,000 characters.
 */
export const MAX_HANDOFF_URL = 1_000_000;

const MARK = "nextstep-ics";

async function pipe(bytes: Uint8Array, stream: { readable: ReadableStream; writable: WritableStream }) {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(await out);
}

/** deflate-raw through the platform's CompressionStream (Chrome 103+, Safari 16.4+, Firefox 113+), when present. */
export function platformCodec(): Required<HandoffCodec> | undefined {
  const g = globalThis as { CompressionStream?: unknown; DecompressionStream?: unknown };
  if (typeof g.CompressionStream !== "function" || typeof g.DecompressionStream !== "function") return undefined;
  try {
    new CompressionStream("deflate-raw" as CompressionFormat);
  } catch {
    return undefined; // an engine with gzip/deflate only
  }
  return {
    compress: (b) => pipe(b, new CompressionStream("deflate-raw" as CompressionFormat)),
    decompress: (b) => pipe(b, new DecompressionStream("deflate-raw" as CompressionFormat)),
  };
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The fragment (without "#") carrying the calendar; compressed when the codec can. */
export async function encodeHandoff(payload: HandoffPayload, codec: HandoffCodec = platformCodec() ?? {}) {
  const raw = new TextEncoder().encode(payload.ics);
  const packed = codec.compress ? await codec.compress(raw) : raw;
  const params = new URLSearchParams({
    [MARK]: "1",
    n: String(payload.followUps),
    name: payload.fileName,
    enc: codec.compress ? "deflate" : "plain",
  });
  return `${params.toString()}&data=${toBase64Url(packed)}`;
}

export type DecodeOutcome =
  { ok: true; payload: HandoffPayload } | { ok: false; reason: "missing" | "damaged" | "unsupported" };

/** Reads a fragment written by encodeHandoff; never throws. */
export async function decodeHandoff(
  fragment: string,
  codec: HandoffCodec = platformCodec() ?? {},
): Promise<DecodeOutcome> {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  if (params.get(MARK) !== "1" || params.get("data") === null) return { ok: false, reason: "missing" };
  const enc = params.get("enc");
  if (enc === "deflate" && !codec.decompress) return { ok: false, reason: "unsupported" };
  if (enc !== "deflate" && enc !== "plain") return { ok: false, reason: "damaged" };
  try {
    const bytes = fromBase64Url(params.get("data") ?? "");
    const raw = enc === "deflate" && codec.decompress ? await codec.decompress(bytes) : bytes;
    const ics = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    if (!ics.startsWith("BEGIN:VCALENDAR") || !/END:VCALENDAR\r?\n?$/.test(ics))
      return { ok: false, reason: "damaged" };
    const followUps = Number(params.get("n"));
    // The file name is shown and used for the download: keep it to a plain .ics name.
    const name = Array.from(params.get("name") ?? "", (c) => (c < " " || '\\/:*?"<>|'.includes(c) ? "-" : c))
      .join("")
      .slice(0, 120);
    return {
      ok: true,
      payload: {
        ics,
        followUps: Number.isInteger(followUps) && followUps >= 0 ? followUps : 0,
        fileName: /\.ics$/i.test(name) ? name : "NextStep follow-ups.ics",
      },
    };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}
