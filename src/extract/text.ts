/** Small text and DOM helpers shared by the extractor's rules. */

/** Collapse runs of whitespace (including NBSP) into one space and trim. */
export function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** The squashed text of an element, or "" for null. */
export function textOf(el: Element | null | undefined): string {
  return squash(el?.textContent);
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** Resolve a URL against a base; null when either is unusable or the result is not http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The content attribute of the first matching <meta>, by name, property or itemprop. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const lower = key.toLowerCase();
    for (const meta of Array.from(doc.querySelectorAll("meta"))) {
      const name = (
        meta.getAttribute("name") ??
        meta.getAttribute("property") ??
        meta.getAttribute("itemprop") ??
        meta.getAttribute("http-equiv") ??
        ""
      ).toLowerCase();
      const content = squash(meta.getAttribute("content"));
      if (name === lower && content) return content;
    }
  }
  return null;
}

/** Class and id of an element as lower-case tokens ("related-news" → related, news, related-news). */
export function classTokens(el: Element): string[] {
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  const whole = raw.split(/\s+/).filter(Boolean);
  return [...whole, ...whole.flatMap((w) => w.split(/[-_]+|(?<=[a-z])(?=[A-Z])/))];
}

/** Still in the document? (linkedom's isConnected is false for every node of a cloned document.) */
export function isAttached(el: Element): boolean {
  let top: Element = el;
  while (top.parentElement) top = top.parentElement;
  return top.tagName === "HTML";
}
