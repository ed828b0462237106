/**
 * Pocket's legacy export, ril_export.html: an "Unread" and a "Read Archive" heading, each followed
 * by a list of <a href time_added="…" tags="a,b">title</a>.
 */
import { normalizeParsed, webUrl } from "../normalize-url.js";
import { browserParseHtml, type ParseHtml } from "./html-doc.js";
import { ImportFormatError, linkItem, splitTags, unixSeconds, type ParseResult } from "./types.js";

export function parsePocketHtml(
  html: string,
  fileName = "ril_export.html",
  parseHtml: ParseHtml = browserParseHtml,
): ParseResult {
  const doc = parseHtml(html);
  const out: ParseResult = { items: [], skipped: [] };
  const headings = [...doc.querySelectorAll("h1")];
  if (!headings.some((h) => /unread|archive/i.test(h.textContent ?? ""))) {
    throw new ImportFormatError(`${fileName}: no “Unread” or “Read Archive” list — not a Pocket export.`);
  }
  let n = 0;
  for (const heading of headings) {
    const archived = /archive/i.test(heading.textContent ?? "");
    let list = heading.nextElementSibling;
    while (list && list.tagName !== "UL" && list.tagName !== "H1") list = list.nextElementSibling;
    if (!list || list.tagName !== "UL") continue;
    for (const a of list.querySelectorAll("a")) {
      const origin = `${fileName} link ${++n}`;
      const url = (a.getAttribute("href") ?? "").trim();
      const parsed = webUrl(url);
      if (!parsed) {
        out.skipped.push({ origin, reason: url ? `not a web address: ${url}` : "no URL" });
        continue;
      }
      out.items.push(
        linkItem({
          url,
          normUrl: normalizeParsed(parsed),
          origin,
          title: (a.textContent ?? "").trim(),
          savedAt: unixSeconds(a.getAttribute("time_added") ?? "", origin),
          tags: splitTags(a.getAttribute("tags"), /,/),
          archived,
        }),
      );
    }
  }
  return out;
}
