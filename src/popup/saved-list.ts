/** The popup's list of saved articles, newest first; each opens in the reader in a new tab. */
import { listArticles, type SavedArticle } from "../library/index.js";
import { sourceLine } from "../shared/article-meta.js";
import { formatPublished, formatSavedAt } from "../shared/format-date.js";
import { t } from "../shared/i18n.js";
import { openInNewTab, readerUrl } from "../shared/tabs.js";

function item(article: SavedArticle, locale: string[]): HTMLLIElement {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = readerUrl(article.id);
  link.dataset.testid = "saved-item";
  openInNewTab(link);
  const title = document.createElement("span");
  title.className = "saved__title";
  title.textContent = article.title || article.url;
  title.dir = "auto";
  const meta = document.createElement("span");
  meta.className = "saved__meta";
  const date = article.publishedTime ? formatPublished(article.publishedTime, locale)?.text : undefined;
  meta.textContent = [sourceLine(article), date ?? t("popupSavedOn", formatSavedAt(article.savedAt, locale))]
    .filter(Boolean)
    .join(" · ");
  link.append(title, meta);
  li.append(link);
  return li;
}

export async function renderSavedList(locale: string[] = [...navigator.languages]): Promise<void> {
  const list = document.getElementById("saved-list") as HTMLUListElement;
  const empty = document.getElementById("saved-empty") as HTMLElement;
  try {
    const articles = await listArticles();
    list.replaceChildren(...articles.map((a) => item(a, locale)));
    empty.textContent = t("popupNothingSaved");
    empty.hidden = articles.length > 0;
  } catch (error) {
    list.replaceChildren();
    empty.textContent = error instanceof Error ? error.message : String(error);
    empty.hidden = false;
  }
}
