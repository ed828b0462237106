/**
 * The reader: reader.html?id=ID shows one saved article from the library, offline (only the
 * article's own images may load from the network). reader.html?tabId=N (the context menu and
 * the "save-page" shortcut) first reads that tab, saves its article, then shows the saved copy.
 */
import { getArticle, saveArticle, type SavedArticle } from "../library/index.js";
import { send } from "../shared/messaging.js";
import { fillText, readingTimeText, sourceLine } from "../shared/article-meta.js";
import { fillTime } from "../shared/format-date.js";
import { renderArticleHtml } from "../shared/safe-html.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showStatus(text: string, error = true): void {
  const status = byId("status");
  status.textContent = text;
  status.classList.toggle("status--error", error);
  status.hidden = false;
}

/** Reads the tab, saves its article and answers the saved copy's id, or says why not. */
async function saveFromTab(tabId: number): Promise<string | undefined> {
  showStatus("Reading the page…", false);
  const result = await send("read-tab", { tabId });
  if (result.kind !== "article") {
    showStatus(result.message);
    return undefined;
  }
  const saved = await saveArticle(result.article, { win: window });
  // The saved copy's own address, so reloading or bookmarking this tab keeps working.
  history.replaceState(null, "", `?id=${encodeURIComponent(saved.id)}`);
  byId("reader-saved-note").hidden = false;
  return saved.id;
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
  const params = new URLSearchParams(location.search);
  const tabId = params.get("tabId");
  const id = tabId !== null ? await saveFromTab(Number(tabId)) : params.get("id");
  if (tabId !== null && !id) return;
  const article = id ? await getArticle(id) : undefined;
  if (!article) {
    showStatus("This article is not in your Tidings library (it may have been removed).");
    return;
  }
  render(article, [...navigator.languages]);
}

main().catch((error: unknown) => showStatus(error instanceof Error ? error.message : String(error)));
