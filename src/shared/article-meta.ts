/** Text for an article's header, shared by the popup, the reader and the library page. */
import type { Article } from "../extract/types.js";

/** "TRT World · via Reuters"; the wire alone when the publisher is unknown. */
export function sourceLine(article: Pick<Article, "siteName" | "source" | "url">): string {
  const site = article.siteName?.trim() || hostOf(article.url);
  const wire = article.source?.trim();
  if (!wire || wire.toLowerCase() === site.toLowerCase()) return site;
  return site ? `${site} · via ${wire}` : `via ${wire}`;
}

export function readingTimeText(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** Set text, hiding the element when there is none. */
export function fillText(el: HTMLElement, text: string | null | undefined): void {
  el.textContent = text ?? "";
  el.hidden = !text;
}
