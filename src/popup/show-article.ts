/** Fill the popup's article card. */
import type { Article } from "../extract/types.js";
import { fillText, readingTimeText, sourceLine } from "../shared/article-meta.js";
import { fillTime } from "../shared/format-date.js";
import { t } from "../shared/i18n.js";
import { renderArticleHtml } from "../shared/safe-html.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function showArticle(
  article: Article,
  {
    locale = navigator.languages,
    remoteImages = false,
  }: { locale?: readonly string[]; remoteImages?: boolean } = {},
): void {
  const title = byId("article-title");
  fillText(title, article.title || t("untitled"));
  // The headline is the article's text: its language and direction (an Arabic one aligns right).
  if (article.lang) title.lang = article.lang;
  else title.removeAttribute("lang");
  title.dir = article.dir ?? "auto";
  fillText(byId("article-source"), sourceLine(article));
  fillTime(byId<HTMLTimeElement>("article-date"), article.publishedTime, [...locale]);
  fillText(byId("article-byline"), article.byline);
  fillText(byId("article-reading-time"), readingTimeText(article.readingMinutes));
  const content = byId("article-content");
  if (article.lang) content.lang = article.lang;
  content.dir = article.dir ?? "auto";
  renderArticleHtml(content, article.content, window, { remoteImages });
  byId("article").hidden = false;
}
