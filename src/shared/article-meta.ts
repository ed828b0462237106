/** Text for an article's header, shared by the popup, the reader and the library page. */
import type { Article } from "../extract/types.js";
import { t } from "./i18n.js";

/** "TRT World · via Reuters"; the wire alone when the publisher is unknown. */
export function sourceLine(article: Pick<Article, "siteName" | "source" | "url">): string {
  const site = article.siteName?.trim() || hostOf(article.url);
  const wire = article.source?.trim();
  if (!wire || wire.toLowerCase() === site.toLowerCase()) return site;
  return site ? `${site} · ${t("metaVia", wire)}` : t("metaVia", wire);
}

export function readingTimeText(minutes: number): string {
  return t("metaReadingTime", formatInteger(Math.max(1, Math.round(minutes))));
}

let integers: { key: string; format: Intl.NumberFormat } | undefined;

/** An integer in the user's locale ("1.234" in German). */
export function formatInteger(
  n: number,
  locale: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  // Building a NumberFormat costs far more than formatting: the library's sidebar formats hundreds.
  const key = locale.join();
  if (integers?.key !== key)
    integers = { key, format: new Intl.NumberFormat([...locale], { maximumFractionDigits: 0 }) };
  return integers.format.format(n);
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
