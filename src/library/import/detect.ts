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

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);

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
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new ImportFormatError(`${name}: not a readable ZIP file (${(error as Error).message}).`);
  }
  const paths = Object.keys(entries).filter((p) => !p.endsWith("/") && !/(^|\/)(__MACOSX|\.)/.test(p));
  if (paths.some((p) => /(^|\/)metadata_[^/]*\.json$/.test(p))) {
    return parseOmnivore(Object.fromEntries(paths.map((p) => [p, decode(entries[p]!)])), name);
  }
  const inner = paths.filter((p) => /\.(csv|html?|json)$/i.test(p)).sort();
  if (!inner.length) throw new ImportFormatError(`${name}: the ZIP holds no CSV, HTML or JSON export.`);
  return merge(inner.map((p) => parseImportFile({ name: `${name}/${p}`, bytes: entries[p]! }, parseHtml)));
}

function merge(results: ParseResult[]): ParseResult {
  return { items: results.flatMap((r) => r.items), skipped: results.flatMap((r) => r.skipped) };
}

/** Parse one file of any supported format; throws ImportFormatError naming the line or entry. */
export function parseImportFile(file: ImportFile, parseHtml: ParseHtml = browserParseHtml): ParseResult {
  const { name, bytes } = file;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) return parseZip(bytes, name, parseHtml);
  const text = decode(bytes);
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
