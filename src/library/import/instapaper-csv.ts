/**
 * Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp. Folder "Unread" is the
 * inbox, "Archive" archived, "Starred" a favourite; any other folder becomes a tag.
 */
import { normalizeParsed, webUrl } from "../normalize-url.js";
import { parseCsv } from "./csv.js";
import { linkItem, unixSeconds, type ParseResult } from "./types.js";

export function parseInstapaperCsv(text: string, fileName = "Instapaper CSV", firstLine = 2): ParseResult {
  const out: ParseResult = { items: [], skipped: [] };
  for (const { line, fields } of parseCsv(
    text,
    fileName,
    ["URL", "Title", "Folder", "Timestamp"],
    firstLine,
  )) {
    const origin = `${fileName} line ${line}`;
    const url = (fields.URL ?? "").trim();
    const parsed = webUrl(url);
    if (!parsed) {
      out.skipped.push({ origin, reason: url ? `not a web address: ${url}` : "no URL" });
      continue;
    }
    const folder = (fields.Folder ?? "").trim();
    const known = ["unread", "archive", "starred", ""].includes(folder.toLowerCase());
    const selection = (fields.Selection ?? "").trim();
    out.items.push(
      linkItem({
        url,
        normUrl: normalizeParsed(parsed),
        origin,
        title: (fields.Title ?? "").trim(),
        savedAt: unixSeconds(fields.Timestamp, origin),
        archived: folder.toLowerCase() === "archive",
        favourite: folder.toLowerCase() === "starred",
        tags: known ? [] : [folder],
        excerpt: selection || null,
      }),
    );
  }
  return out;
}
