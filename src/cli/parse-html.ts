/**
 * HTML text → Document with linkedom, repaired: linkedom's document.head / .body only look at
 * <html>'s first children, so a page with a <script> before <head> (analytics snippets often
 * are) would read as an empty body. Move such strays into <head> / <body> as a browser does.
 */
import { parseHTML } from "linkedom";

export function parseHtmlDocument(html: string, wrapped = false): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const root = document.documentElement;
  // linkedom takes the first element as the root: an empty file, a bare fragment, or a page with
  // PHP warnings or scripts before <html> would lose its <html>. Re-parse it as a browser reads it.
  if (!root || root.tagName !== "HTML") {
    if (wrapped) return document;
    const start = /<html[\s>]/i.exec(html)?.index ?? -1;
    if (start < 0) return parseHtmlDocument(`<html><head></head><body>${html}</body></html>`, true);
    const prefix = html.slice(0, start);
    const rest = html.slice(start);
    const body = /<body\b[^>]*>/i.exec(rest);
    const fixed = body
      ? rest.slice(0, body.index + body[0].length) + prefix + rest.slice(body.index + body[0].length)
      : rest;
    return parseHtmlDocument(fixed, true);
  }
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
