/**
 * Pocket's export (2023–2025): part_000000.csv… with `title,url,time_added,tags,status` and, in
 * later parts, `cursor`. Tags are separated by "|", time_added is Unix seconds, status is
 * "unread" or "archive".
 */
import { normalizeParsed, webUrl } from "../normalize-url.js";
import { parseCsv } from "./csv.js";
import { ImportFormatError, linkItem, splitTags, unixSeconds, type ParseResult } from "./types.js";

export function parsePocketCsv(text: string, fileName = "Pocket CSV", firstLine = 2): ParseResult {
  const out: ParseResult = { items: [], skipped: [] };
  for (const { line, fields } of parseCsv(
    text,
    fileName,
    ["title", "url", "time_added", "tags", "status"],
    firstLine,
  )) {
    const origin = `${fileName} line ${line}`;
    const url = (fields.url ?? "").trim();
    const parsed = webUrl(url);
    if (!parsed) {
      out.skipped.push({ origin, reason: url ? `not a web address: ${url}` : "no URL" });
      continue;
    }
    const status = (fields.status ?? "").trim().toLowerCase();
    if (status && status !== "unread" && status !== "archive") {
      throw new ImportFormatError(
        `${origin}: unknown status “${fields.status}” (expected unread or archive).`,
      );
    }
    out.items.push(
      linkItem({
        url,
        normUrl: normalizeParsed(parsed),
        origin,
        title: (fields.title ?? "").trim(),
        savedAt: unixSeconds(fields.time_added, origin),
        tags: splitTags(fields.tags, /\|/),
        archived: status === "archive",
      }),
    );
  }
  return out;
}
