/**
 * The reader: reader.html?id=ID shows one saved article from the library, offline (only the
 * article's own images may load from the network).
 */
import { getArticle, type SavedArticle } from "../library/index.js";
import { fillText, readingTimeText, sourceLine } from "../shared/article-meta.js";
import { fillTime } from "../shared/format-date.js";
import { renderArticleHtml } from "../shared/safe-html.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showStatus(text: string): void {
  const status = byId("status");
  status.textContent = text;
  status.classList.add("status--error");
  status.hidden = false;
}

function render(article: SavedArticle, locale: string[]): void {
  document.title = `${article.title} — Tidings`;
  const root = byId("article");
  if (article.lang) root.lang = article.lang;
  root.dir = article.dir ?? "auto";
  fillText(byId("reader-title"), article.title || "Untitled");
  fillText(byId("reader-source"), sourceLine(article));
  fillTime(byId<HTMLTimeElement>("reader-date"), article.publishedTime, locale);
  fillText(byId("reader-byline"), article.byline);
  fillText(byId("reader-reading-time"), readingTimeText(article.readingMinutes));
  const original = byId<HTMLAnchorElement>("reader-original");
  const linkable = /^https?:/i.test(article.url);
  if (linkable) original.href = article.url;
  original.hidden = !linkable;
  renderArticleHtml(byId("reader-content"), article.content);
  byId("status").hidden = true;
  root.hidden = false;
}

async function main(): Promise<void> {
  const id = new URLSearchParams(location.search).get("id");
  const article = id ? await getArticle(id) : undefined;
  if (!article) {
    showStatus("This article is not in your Tidings library (it may have been removed).");
    return;
  }
  render(article, [...navigator.languages]);
}

main().catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error)));
