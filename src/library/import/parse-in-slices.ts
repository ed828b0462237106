/**
 * The page's way to parse: like parseImportFiles, but a large CSV is cut at record boundaries
 * and parsed a slice at a time with a yield between, so that a 20,000-row Pocket export never
 * blocks the page for long (issue #4: no task over 200 ms). Other formats parse in one go.
 */
import type { ParseHtml } from "./html-doc.js";
import { decodeText, parseCsvFile, parseImportFile, type ImportFile } from "./detect.js";
import type { ParseResult } from "./types.js";
import { timeSlicer, yieldToPage } from "../yield.js";

/** [header, ...slices of about `records` records], cut only at a newline outside quotes. */
export function csvSlices(text: string, records: number): string[] {
  return [...csvSliceIter(text, records)];
}

/** The same, one at a time (the page parses each slice before the next is cut). */
export function* csvSliceIter(text: string, records: number): Generator<string> {
  const headerEnd = text.indexOf("\n");
  if (headerEnd < 0) return yield text;
  yield text.slice(0, headerEnd);
  let start = headerEnd + 1;
  let quotes = 0;
  let count = 0;
  for (
    let nl = text.indexOf("\n", start), q = text.indexOf('"', start);
    nl >= 0;
    nl = text.indexOf("\n", nl + 1)
  ) {
    // Quotes up to this newline, without copying the line (4 MB of CSV pass here).
    for (; q >= 0 && q < nl; q = text.indexOf('"', q + 1)) quotes++;
    if (quotes % 2 === 0 && ++count >= records) {
      yield text.slice(start, nl + 1);
      start = nl + 1;
      count = 0;
    }
  }
  if (start < text.length) yield text.slice(start);
}

/** UTF-8 bytes to text in pieces of 1 MB with a yield between (one decode of 100 MB is a long task). */
async function decodeInSlices(bytes: Uint8Array, name: string): Promise<string> {
  // A byte-order mark other than UTF-8's: decodeText's rules in one go (rare, small files).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return decodeText(bytes, name);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  try {
    for (let i = 0; i < bytes.length; i += 1 << 20) {
      parts.push(decoder.decode(bytes.subarray(i, i + (1 << 20)), { stream: true }));
      await yieldToPage();
    }
    parts.push(decoder.decode());
  } catch {
    // The same sentence as decodeText's, for a file that is not UTF-8 somewhere past its start.
    return decodeText(bytes, name);
  }
  return parts.join("");
}

const isPlainCsv = (f: ImportFile) =>
  !(f.bytes[0] === 0x50 && f.bytes[1] === 0x4b) && /\.csv$/i.test(f.name) && f.bytes.length > 200_000;

export async function parseImportFilesInSlices(
  files: ImportFile[],
  { parseHtml, records = 250 }: { parseHtml?: ParseHtml; records?: number } = {},
): Promise<ParseResult> {
  const out: ParseResult = { items: [], skipped: [] };
  for (const file of files) {
    if (!isPlainCsv(file)) {
      const r = parseImportFile(file, parseHtml);
      out.items.push(...r.items);
      out.skipped.push(...r.skipped);
      continue;
    }
    const slices = csvSliceIter(await decodeInSlices(file.bytes, file.name), records);
    const header = slices.next().value ?? "";
    let line = 2;
    const slicer = timeSlicer();
    for (const slice of slices) {
      // Papa counts records, not physical lines: the offset is the records parsed so far.
      const r = parseCsvFile(`${header}\n${slice}`, file.name, line);
      out.items.push(...r.items);
      out.skipped.push(...r.skipped);
      line += r.items.length + r.skipped.length;
      await slicer.pause();
    }
  }
  return out;
}
