/**
 * The page's way to parse: like parseImportFiles, but a large CSV is cut at record boundaries
 * and parsed a slice at a time with a yield between, so that a 20,000-row Pocket export never
 * blocks the page for long (issue #4: no task over 200 ms). Other formats parse in one go.
 */
import type { ParseHtml } from "./html-doc.js";
import { decodeText, parseCsvFile, parseImportFile, type ImportFile } from "./detect.js";
import type { ParseResult } from "./types.js";

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** [header, ...slices of about `records` records], cut only at a newline outside quotes. */
export function csvSlices(text: string, records: number): string[] {
  const headerEnd = text.indexOf("\n");
  if (headerEnd < 0) return [text];
  const out = [text.slice(0, headerEnd)];
  let start = headerEnd + 1;
  let quotes = 0;
  let count = 0;
  for (let nl = text.indexOf("\n", start), from = start; nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    quotes += text.slice(from, nl).split('"').length - 1;
    from = nl;
    if (quotes % 2 === 0 && ++count >= records) {
      out.push(text.slice(start, nl + 1));
      start = nl + 1;
      count = 0;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

const isPlainCsv = (f: ImportFile) =>
  !(f.bytes[0] === 0x50 && f.bytes[1] === 0x4b) && /\.csv$/i.test(f.name) && f.bytes.length > 200_000;

export async function parseImportFilesInSlices(
  files: ImportFile[],
  { parseHtml, records = 2_000 }: { parseHtml?: ParseHtml; records?: number } = {},
): Promise<ParseResult> {
  const out: ParseResult = { items: [], skipped: [] };
  for (const file of files) {
    if (!isPlainCsv(file)) {
      const r = parseImportFile(file, parseHtml);
      out.items.push(...r.items);
      out.skipped.push(...r.skipped);
      continue;
    }
    const [header, ...slices] = csvSlices(decodeText(file.bytes, file.name), records);
    let line = 2;
    for (const slice of slices) {
      // Papa counts records, not physical lines: the offset is the records parsed so far.
      const r = parseCsvFile(`${header}\n${slice}`, file.name, line);
      out.items.push(...r.items);
      out.skipped.push(...r.skipped);
      line += r.items.length + r.skipped.length;
      await yieldToPage();
    }
  }
  return out;
}
