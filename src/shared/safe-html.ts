/**
 * The one way article HTML reaches a page's DOM: sanitised again with this window (stored data may
 * come from an import, so it is never trusted), parsed inertly, then moved in as nodes.
 */
import { sanitizeArticleHtml } from "../extract/sanitize.js";

export function renderArticleHtml(
  target: Element,
  html: string,
  win: Window & typeof globalThis = window,
): void {
  const clean = sanitizeArticleHtml(html, win);
  const parsed = new win.DOMParser().parseFromString(clean, "text/html");
  // Snapshot first: adopting a node removes it from the live childNodes list.
  const nodes = [...parsed.body.childNodes];
  target.replaceChildren(...nodes.map((node) => win.document.adoptNode(node)));
}
