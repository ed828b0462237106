/** One row of the library page: title, site, date, reading time, Open and Remove. */
import type { SavedArticle } from "../library/index.js";
import { readingTimeText, sourceLine } from "../shared/article-meta.js";
import { fillTime } from "../shared/format-date.js";
import { readerUrl } from "../shared/tabs.js";

function span(text: string): HTMLSpanElement {
  const el = document.createElement("span");
  el.textContent = text;
  return el;
}

export function libraryItem(
  article: SavedArticle,
  locale: string[],
  onRemove: (a: SavedArticle) => void,
): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "library__item";
  li.dataset.testid = "library-item";
  li.dataset.id = article.id;

  const text = document.createElement("div");
  text.className = "library__text";
  const heading = document.createElement("h2");
  heading.className = "library__title";
  const titleLink = document.createElement("a");
  titleLink.href = readerUrl(article.id);
  titleLink.textContent = article.title || article.url;
  heading.append(titleLink);

  const meta = document.createElement("p");
  meta.className = "meta-line";
  const time = document.createElement("time");
  fillTime(time, article.publishedTime, locale);
  meta.append(span(sourceLine(article)), time, span(readingTimeText(article.readingMinutes)));
  text.append(heading, meta);

  const actions = document.createElement("div");
  actions.className = "library__actions";
  const open = document.createElement("a");
  open.className = "button button--quiet";
  open.href = readerUrl(article.id);
  open.textContent = "Open";
  open.dataset.testid = "open-link";
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "button button--danger";
  remove.textContent = "Remove";
  remove.dataset.testid = "remove-button";
  remove.setAttribute("aria-label", `Remove “${article.title}”`);
  remove.addEventListener("click", () => onRemove(article));
  actions.append(open, remove);

  li.append(text, actions);
  return li;
}
