/**
 * Netscape bookmark files (every browser's "Export bookmarks"): <DT><A HREF ADD_DATE TAGS>.
 * The folders a bookmark sits in become its tags, with its own TAGS.
 */
import { normalizeParsed, webUrl } from "../normalize-url.js";
import { browserParseHtml, type ParseHtml } from "./html-doc.js";
import { ImportFormatError, linkItem, splitTags, unixSeconds, type ParseResult } from "./types.js";

function foldersOf(a: Element): string[] {
  const out: string[] = [];
  // Each enclosing <DL> is introduced by the <H3> of the <DT> that holds it.
  for (let dl = a.closest("dl"); dl; dl = dl.parentElement?.closest("dl") ?? null) {
    let prev = dl.previousElementSibling;
    while (prev && prev.tagName === "P") prev = prev.previousElementSibling;
    const h3 = prev?.tagName === "H3" ? prev : dl.parentElement?.querySelector(":scope > h3");
    const name = h3?.textContent?.trim();
    // Chrome's "Bookmarks bar" folder is where everything lives, not a topic.
    if (name && !h3?.hasAttribute("personal_toolbar_folder")) out.unshift(name);
  }
  return out;
}

export function parseNetscapeBookmarks(
  html: string,
  fileName = "bookmarks.html",
  parseHtml: ParseHtml = browserParseHtml,
): ParseResult {
  if (!/<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(html) && !/<dl/i.test(html)) {
    throw new ImportFormatError(
      `${fileName}: not a bookmarks file (no NETSCAPE-Bookmark-file doctype or <DL> list).`,
    );
  }
  const doc = parseHtml(html);
  const out: ParseResult = { items: [], skipped: [] };
  let n = 0;
  for (const a of doc.querySelectorAll("dt > a, dl a[href]")) {
    if (!a.hasAttribute("href")) continue;
    const origin = `${fileName} bookmark ${++n}`;
    const url = (a.getAttribute("href") ?? "").trim();
    const parsed = webUrl(url);
    if (!parsed) {
      out.skipped.push({ origin, reason: `not a web address: ${url.slice(0, 80) || "(empty)"}` });
      continue;
    }
    out.items.push(
      linkItem({
        url,
        normUrl: normalizeParsed(parsed),
        origin,
        title: (a.textContent ?? "").trim(),
        savedAt: unixSeconds(a.getAttribute("add_date") ?? "", origin),
        tags: [...new Set([...foldersOf(a), ...splitTags(a.getAttribute("tags"), /,/)])],
      }),
    );
  }
  return out;
}
