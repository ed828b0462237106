/**
 * Bytes of a saved page → text, as a browser would decode them: gunzip when the bytes say gzip,
 * then the charset from a BOM, else <meta charset> / http-equiv in the first bytes, else UTF-8.
 */
import { gunzipSync } from "node:zlib";

const SNIFF_BYTES = 4096;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** The charset a <meta> declares near the start of the page, if TextDecoder knows the label. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  try {
    // A page saved as UTF-16 cannot declare itself in ASCII; browsers read utf-16 labels as UTF-8.
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

/** Decode a page's bytes (optionally gzip-compressed) to a string. */
export function decodeHtmlBytes(input: Uint8Array): string {
  const bytes = isGzip(input) ? new Uint8Array(gunzipSync(input)) : input;
  const charset = bomCharset(bytes) ?? sniffMetaCharset(bytes) ?? "utf-8";
  // TextDecoder strips a BOM matching its encoding itself.
  return new TextDecoder(charset).decode(bytes);
}
