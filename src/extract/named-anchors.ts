/**
 * Named anchors (`<a name="purpose">`, no href) are fragment targets, not links. Old pages leave
 * them open — `<h2><a name="purpose">Purpose</h2><p>…` — and a browser's parser then carries the
 * open <a> into everything after it (the HTML standard's "reconstruct the active formatting
 * elements"), so the whole story reads as link text and is judged a link list; linkedom closes the
 * <a> with the heading instead. Unwrapped, their text is text in both.
 */
export function unwrapNamedAnchors(doc: Document): void {
  for (const a of Array.from(doc.querySelectorAll("a[name]:not([href])")))
    a.replaceWith(...Array.from(a.childNodes));
}
