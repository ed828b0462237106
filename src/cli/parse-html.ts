/**
 * HTML text → Document with linkedom, repaired: linkedom's document.head / .body only look at
 * <html>'s first children, so a page with a <script> before <head> (analytics snippets often
 * are) would read as an empty body. Move such strays into <head> / <body> as a browser does.
 */
import { parseHTML } from "linkedom";

export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const root = document.documentElement;
  if (!root) return document;
  const children = Array.from(root.children);
  const head = children.find((c) => c.tagName === "HEAD");
  const body = children.find((c) => c.tagName === "BODY");
  if (head && root.firstElementChild !== head) {
    for (const stray of children.slice(0, children.indexOf(head))) head.append(stray);
    root.prepend(head);
  }
  if (head && body && head.nextElementSibling !== body) {
    const strays: Element[] = [];
    for (let next = head.nextElementSibling; next && next !== body; next = next.nextElementSibling) strays.push(next);
    body.prepend(...strays);
  }
  if (body) for (let next = body.nextElementSibling; next; next = body.nextElementSibling) body.append(next);
  return document;
}
