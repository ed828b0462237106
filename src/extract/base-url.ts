/**
 * The page's base URL, and the <base> Readability needs: it resolves links with document.baseURI,
 * and a parsed document (linkedom, DOMParser) has no URL of its own.
 */
import { absoluteHttpUrl } from "./text";

/** The page's own <base> made absolute against its address, else the address itself. */
export function pageBase(doc: Document, url: string): string {
  const own = doc.querySelector("base[href]")?.getAttribute("href");
  return absoluteHttpUrl(own, url) ?? absoluteHttpUrl(url, url) ?? url;
}

/**
 * Make `base` the document's base URL, unless it is already (a page read in place, in the browser).
 * Called on the decluttered clone, just before Readability: in Chromium a new base URL revisits
 * every link of the document, and the decluttered one has far fewer.
 */
export function setBase(doc: Document, base: string): void {
  if (doc.baseURI === base) return;
  const existing = doc.querySelector("base[href]");
  if (existing) {
    existing.setAttribute("href", base);
    return;
  }
  let head = doc.head;
  if (!head) {
    head = doc.createElement("head");
    doc.documentElement.prepend(head);
  }
  const element = doc.createElement("base");
  element.setAttribute("href", base);
  head.prepend(element);
}
