/** Fill the reader's header and body from an article. */
import type { Article } from "../extract/types.js";
import { fillText, readingTimeText, sourceLine } from "../shared/article-meta.js";
import { fillTime } from "../shared/format-date.js";
import { t, uiLanguage } from "../shared/i18n.js";
import { renderArticleHtml } from "../shared/safe-html.js";
import { byId } from "./ui.js";

export interface RenderResult {
  /** Remote images left unloaded (remote images off). */
  blockedImages: number;
}

export function renderArticle(
  article: Article,
  { locale, remoteImages }: { locale: string[]; remoteImages: boolean },
): RenderResult {
  document.title = `${article.title || t("untitled")} — Tidings`;
  const root = byId("article");
  if (article.lang) root.lang = article.lang;
  else root.removeAttribute("lang");
  root.dir = article.dir ?? "auto";
  fillText(byId("reader-title"), article.title || t("untitled"));
  fillText(byId("reader-source"), sourceLine(article));
  fillTime(byId<HTMLTimeElement>("reader-date"), article.publishedTime, locale);
  fillText(byId("reader-byline"), article.byline);
  fillText(byId("reader-reading-time"), article.wordCount ? readingTimeText(article.readingMinutes) : null);
  const original = byId<HTMLAnchorElement>("reader-original");
  const linkable = /^https?:/i.test(article.url);
  if (linkable) original.href = article.url;
  original.hidden = !linkable;
  // The header's own words (the date as the UI writes it, the reading time, "View original", the
  // notes) are in the UI's language and direction, not the article's: under an Arabic article
  // "1 min read" showed as "min read 1", and a screen reader would read English in an Arabic voice.
  const ui = uiLanguage();
  for (const el of root.querySelectorAll<HTMLElement>("[data-ui-text]")) {
    el.lang = ui;
    // A meta line's item keeps the line's direction, which places the "·" before it; its words
    // take theirs inside it.
    if (el.parentElement?.classList.contains("meta-line")) isolateWords(el);
    else el.dir = "auto";
  }
  const content = byId("reader-content");
  const blockedImages = renderArticleHtml(content, article.content, window, { remoteImages });
  labelBlockedImages(content);
  wrapTables(content);
  byId("status").hidden = true;
  root.hidden = false;
  return { blockedImages };
}

/** The element's text in a span of the direction its words take ("1 min read" left to right under an Arabic headline). */
function isolateWords(el: HTMLElement): void {
  if (!el.textContent) return;
  const words = document.createElement("span");
  words.dir = "auto";
  words.append(...el.childNodes);
  el.append(words);
}

/** A blocked image keeps a visible placeholder with its alt text, so the caption still makes sense. */
function labelBlockedImages(content: HTMLElement): void {
  for (const img of content.querySelectorAll<HTMLImageElement>("img[data-blocked]")) {
    const placeholder = document.createElement("span");
    placeholder.className = "image-placeholder";
    placeholder.textContent = img.alt ? `${t("readerImageHidden")}: ${img.alt}` : t("readerImageHidden");
    img.replaceWith(placeholder);
  }
}

/** Wide tables scroll inside a focusable region instead of widening the page. */
function wrapTables(content: HTMLElement): void {
  for (const table of content.querySelectorAll("table")) {
    if (table.parentElement?.classList.contains("table-scroll")) continue;
    const wrapper = document.createElement("div");
    wrapper.className = "table-scroll";
    wrapper.tabIndex = 0;
    wrapper.setAttribute("role", "region");
    const caption = table.querySelector("caption")?.textContent?.trim();
    wrapper.setAttribute("aria-label", caption || t("readerTable"));
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
}
