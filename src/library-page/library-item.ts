/**
 * One row of the library: select box, title (to the reader, or to the page for a link-only
 * import), site · date · reading time, tags and progress, then Favourite, Archive, Tags, Remove.
 */
import type { ArticleSummary } from "../library/index.js";
import { readingTimeText } from "../shared/article-meta.js";
import { formatPublished, type DisplayDate } from "../shared/format-date.js";
import { t } from "../shared/i18n.js";
import { readerUrl } from "../shared/tabs.js";
import { siteOf } from "./view-state.js";

export interface RowActions {
  isSelected(id: string): boolean;
  select(id: string, on: boolean): void;
  favourite(a: ArticleSummary): void;
  archive(a: ArticleSummary): void;
  tag(a: ArticleSummary): void;
  remove(a: ArticleSummary): void;
  filterTag(tag: string): void;
}

// Building an Intl.DateTimeFormat costs more than the rest of a row, and a search redraws every
// visible row: one formatter for saved dates, and each publication date formatted once.
let savedFormat: { locale: string; format: Intl.DateTimeFormat } | undefined;
const published = new Map<string, DisplayDate | null>();

function savedText(ms: number, locale: string[]): string {
  const key = locale.join();
  if (savedFormat?.locale !== key)
    savedFormat = { locale: key, format: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }) };
  return savedFormat.format.format(new Date(ms));
}

let percentFormat: { locale: string; format: Intl.NumberFormat } | undefined;

function percentText(progress: number, locale: string[]): string {
  const key = locale.join();
  if (percentFormat?.locale !== key)
    percentFormat = {
      locale: key,
      format: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
    };
  return percentFormat.format.format(progress);
}

/** As format-date's fillTime, memoised. */
function fillPublished(time: HTMLTimeElement, iso: string | null, locale: string[]): void {
  const key = `${locale.join()} ${iso}`;
  let shown = published.get(key);
  if (shown === undefined) {
    shown = iso ? formatPublished(iso, locale) : null;
    if (published.size > 5_000) published.clear();
    published.set(key, shown);
  }
  time.hidden = !shown;
  time.dateTime = shown?.datetime ?? "";
  time.textContent = shown?.text ?? "";
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function iconButton(
  label: string,
  text: string,
  testid: string,
  pressed: boolean | null,
  onClick: () => void,
) {
  const b = el("button", "icon-button", text);
  b.type = "button";
  b.title = label;
  b.setAttribute("aria-label", label);
  if (pressed !== null) b.setAttribute("aria-pressed", String(pressed));
  b.dataset.testid = testid;
  b.addEventListener("click", onClick);
  return b;
}

export function libraryItem(a: ArticleSummary, locale: string[], actions: RowActions): HTMLLIElement {
  const li = el("li", "row");
  li.dataset.testid = "library-item";
  li.dataset.id = a.id;
  li.classList.toggle("row--archived", a.archived);
  const title = a.title || a.url;

  const check = document.createElement("input");
  check.type = "checkbox";
  check.className = "row__check";
  check.checked = actions.isSelected(a.id);
  check.tabIndex = -1;
  check.setAttribute("aria-label", t("library_selectArticle", title));
  check.addEventListener("change", () => actions.select(a.id, check.checked));

  const text = el("div", "row__text");
  const heading = el("h2", "row__title");
  // Each title in its own direction: an Arabic headline aligns right in the list.
  heading.dir = "auto";
  const link = document.createElement("a");
  link.textContent = title;
  link.tabIndex = -1;
  if (a.linkOnly) {
    // Opening the page lets the popup read it; saving it then fills this entry in.
    link.href = a.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    heading.append(link, el("span", "badge", t("library_linkOnly")));
  } else {
    link.href = readerUrl(a.id);
    heading.append(link);
  }
  link.dataset.testid = "open-link";

  const meta = el("p", "meta-line row__meta");
  const time = document.createElement("time");
  fillPublished(time, a.publishedTime, locale);
  meta.append(el("span", "row__site", siteOf(a)));
  // An item with no date shows no date element at all (the "·"s skip hidden items anyway).
  if (!time.hidden) meta.append(time);
  if (!a.linkOnly) meta.append(el("span", "", readingTimeText(a.readingMinutes)));
  meta.append(el("span", "", t("library_savedOn", savedText(a.savedAt, locale))));

  const tags = el("p", "row__tags");
  for (const tag of a.tags.slice(0, 6)) {
    const chip = el("button", "chip", tag);
    chip.type = "button";
    chip.tabIndex = -1;
    chip.title = t("library_showTag", tag);
    chip.addEventListener("click", () => actions.filterTag(tag));
    tags.append(chip);
  }
  if (a.progress > 0 && !a.linkOnly) {
    const bar = el("span", "progress");
    bar.setAttribute("role", "img");
    bar.setAttribute(
      "aria-label",
      a.progress >= 1 ? t("library_finished") : t("library_percentRead", percentText(a.progress, locale)),
    );
    bar.style.setProperty("--progress", String(a.progress));
    tags.append(bar);
  }
  text.append(heading, meta, tags);

  const buttons = el("div", "row__actions");
  buttons.append(
    iconButton(
      a.favourite ? t("library_unfavouriteArticle", title) : t("library_favouriteArticle", title),
      a.favourite ? "★" : "☆",
      "favourite-button",
      a.favourite,
      () => actions.favourite(a),
    ),
    iconButton(
      a.archived ? t("library_unarchiveArticle", title) : t("library_archiveArticle", title),
      a.archived ? "↩" : "✓",
      "archive-button",
      a.archived,
      () => actions.archive(a),
    ),
    iconButton(t("library_tagsOf", title), "#", "tag-button", null, () => actions.tag(a)),
    iconButton(t("library_removeArticle", title), "✕", "remove-button", null, () => actions.remove(a)),
  );
  for (const b of buttons.querySelectorAll("button")) b.tabIndex = -1;
  li.append(check, text, buttons);
  const label = [title, siteOf(a)];
  if (a.archived) label.push(t("library_stateArchived"));
  if (a.favourite) label.push(t("library_stateFavourite"));
  li.setAttribute("aria-label", label.join(", "));
  return li;
}
