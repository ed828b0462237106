/** One entry point for every format: look at the file name and the first bytes, then parse. */
import { unzipSync } from "fflate";
import { type ParseHtml, browserParseHtml } from "./html-doc.js";
import { parseInstapaperCsv } from "./instapaper-csv.js";
import { parseNetscapeBookmarks } from "./netscape-bookmarks.js";
import { parseOmnivore } from "./omnivore.js";
import { parsePocketCsv } from "./pocket-csv.js";
import { parsePocketHtml } from "./pocket-html.js";
import { parseTidingsJson } from "./tidings-json.js";
import { ImportFormatError, type ParseResult } from "./types.js";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A ZIP whose entries claim more than this, unpacked, is refused before anything is inflated (a
 * zip bomb). fflate inflates each entry into a buffer of its declared size, so a lying header
 * only truncates. A 20,000-article Tidings export is about 110 MB.
 */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** Text by its byte-order mark (UTF-16), else strict UTF-8: a Latin-1 file is refused, not garbled. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFormatError(`${name}: not UTF-8 text. Save it as UTF-8 and import it again.`);
  }
}

/** `..` segments, absolute and drive paths: entries meant to land outside the archive. */
const outsideArchive = (path: string) => /(^|[\\/])\.\.([\\/]|$)/.test(path) || /^([\\/]|[a-z]:)/i.test(path);

function unzipChecked(bytes: Uint8Array, name: string): Record<string, Uint8Array> {
  let claimed = 0;
  let refusal: ImportFormatError | null = null;
  const refuse = (why: string) => {
    refusal ??= new ImportFormatError(`${name}: ${why}`);
    return false;
  };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (outsideArchive(file.name))
          return refuse(`the entry “${file.name}” points outside the archive; refusing the file.`);
        claimed += file.originalSize;
        if (claimed > MAX_UNZIPPED_BYTES)
          return refuse(
            `unpacked it would exceed ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB (a “zip bomb”?); refusing the file.`,
          );
        return true;
      },
    });
  } catch (error) {
    throw new ImportFormatError(`${name}: not a readable ZIP file (${(error as Error).message}).`);
  }
  if (refusal) throw refusal;
  return entries;
}

const isZipBytes = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export function parseCsvFile(text: string, name: string, firstLine = 2): ParseResult {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (/\btime_added\b/.test(header)) return parsePocketCsv(text, name, firstLine);
  if (/\bURL\b/.test(header) && /\bFolder\b/.test(header)) return parseInstapaperCsv(text, name, firstLine);
  throw new ImportFormatError(
    `${name} line 1: not a Pocket (title,url,time_added,tags,status) or Instapaper (URL,Title,Selection,Folder,Timestamp) CSV.`,
  );
}

function parseHtmlFile(text: string, name: string, parseHtml: ParseHtml): ParseResult {
  if (/<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(text)) return parseNetscapeBookmarks(text, name, parseHtml);
  if (/time_added=|<h1>\s*(Unread|Read Archive)/i.test(text)) return parsePocketHtml(text, name, parseHtml);
  if (/<dl/i.test(text)) return parseNetscapeBookmarks(text, name, parseHtml);
  throw new ImportFormatError(
    `${name}: an HTML file that is neither a bookmarks file nor Pocket's ril_export.html.`,
  );
}

function parseZip(bytes: Uint8Array, name: string, parseHtml: ParseHtml): ParseResult {
  const entries = unzipChecked(bytes, name);
  const paths = Object.keys(entries).filter((p) => !p.endsWith("/") && !/(^|\/)(__MACOSX|\.)/.test(p));
  if (paths.some((p) => /(^|\/)metadata_[^/]*\.json$/.test(p))) {
    return parseOmnivore(
      Object.fromEntries(paths.map((p) => [p, decodeText(entries[p]!, `${name}/${p}`)])),
      name,
    );
  }
  const inner = paths.filter((p) => /\.(csv|html?|json)$/i.test(p)).sort();
  if (!inner.length) throw new ImportFormatError(`${name}: the ZIP holds no CSV, HTML or JSON export.`);
  const nested = inner.find((p) => isZipBytes(entries[p]!));
  if (nested) throw new ImportFormatError(`${name}/${nested}: a ZIP inside the ZIP; unpack it first.`);
  return merge(inner.map((p) => parseImportFile({ name: `${name}/${p}`, bytes: entries[p]! }, parseHtml)));
}

function merge(results: ParseResult[]): ParseResult {
  return { items: results.flatMap((r) => r.items), skipped: results.flatMap((r) => r.skipped) };
}

/** Parse one file of any supported format; throws ImportFormatError naming the line or entry. */
export function parseImportFile(file: ImportFile, parseHtml: ParseHtml = browserParseHtml): ParseResult {
  const { name, bytes } = file;
  if (isZipBytes(bytes)) return parseZip(bytes, name, parseHtml);
  const text = decodeText(bytes, name);
  const head = text
    .slice(0, 2_000)
    .trimStart()
    .replace(/^\uFEFF/, "");
  if (/\.json$/i.test(name) || head.startsWith("{")) return parseTidingsJson(text, name);
  if (/\.html?$/i.test(name) || head.startsWith("<")) return parseHtmlFile(text, name, parseHtml);
  if (/\.csv$/i.test(name) || head.includes(",")) return parseCsvFile(text, name);
  throw new ImportFormatError(`${name}: not a format Tidings imports (CSV, HTML, JSON or ZIP).`);
}

export function parseImportFiles(files: ImportFile[], parseHtml: ParseHtml = browserParseHtml): ParseResult {
  return merge(files.map((f) => parseImportFile(f, parseHtml)));
}
