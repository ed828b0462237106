/**
 * Readability resolves links with document.baseURI. A parsed document (linkedom, DOMParser)
 * has no URL of its own, so give the clone a <base> with the page's URL, keeping a page's own
 * <base> but making it absolute.
 */
import { absoluteHttpUrl } from "./text";

export function ensureBase(doc: Document, url: string): string {
  const existing = doc.querySelector("base[href]");
  const resolved = absoluteHttpUrl(existing?.getAttribute("href"), url) ?? absoluteHttpUrl(url, url) ?? url;
  if (existing) {
    existing.setAttribute("href", resolved);
    return resolved;
  }
  let head = doc.head;
  if (!head) {
    head = doc.createElement("head");
    doc.documentElement.prepend(head);
  }
  const base = doc.createElement("base");
  base.setAttribute("href", resolved);
  head.prepend(base);
  return resolved;
}
