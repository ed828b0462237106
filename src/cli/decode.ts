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

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1, leaving 0x80–0x9F as C1 controls
// where the page means “smart quotes”, dashes and €: map them as the WHATWG Encoding spec does.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * A page that declares a legacy charset but whose bytes are valid UTF-8 with multi-byte sequences
 * was re-saved (or served) as UTF-8: GBK, Shift_JIS or windows-1252 text almost never forms valid
 * UTF-8 by chance, so UTF-8 wins over the stale declaration.
 */
function utf8Despite(bytes: Uint8Array, declared: string | null): string | null {
  if (!declared || declared === "utf-8" || !bytes.some((b) => b >= 0x80)) return declared;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return declared;
  }
}

/** Decode a page's bytes (optionally gzip-compressed) to a string. */
export function decodeHtmlBytes(input: Uint8Array): string {
  const bytes = isGzip(input) ? new Uint8Array(gunzipSync(input)) : input;
  const charset = bomCharset(bytes) ?? utf8Despite(bytes, sniffMetaCharset(bytes)) ?? "utf-8";
  // TextDecoder strips a BOM matching its encoding itself.
  const text = new TextDecoder(charset).decode(bytes);
  return charset === "windows-1252" ? fixCp1252(text) : text;
}
