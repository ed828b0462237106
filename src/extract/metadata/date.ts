/**
 * The publication date, from the most to the least reliable signal: JSON-LD, meta tags,
 * itemprop, <time>, the URL path, then visible date lines near the headline. Modified dates
 * are a last resort. Every candidate must be a real, non-future date (options.now).
 */
import { squash, textOf, classTokens } from "../text";
import { mainArticle, type JsonLdItem } from "./json-ld";
import { parseDate, dateFromUrl } from "./date-parse";

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "article:published",
  "published_time",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "dcterms.issued",
  "dcterms.created",
  "dcterms.date",
  "dc.date.created",
  "citation_publication_date",
  "citation_date",
  "publication_date",
  "publish-date",
  "publish_date",
  "publishdate",
  "pubdate",
  "og:pubdate",
  "article.published",
  "cxenseparse:recs:publishtime",
  "rnews:datepublished",
  "date",
  "created",
  "release_date",
  "timestamp",
];
const MODIFIED_META = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "dcterms.modified",
  "last-modified",
];

const RAIL = /\b(related|recommend|more|most|popular|trending|explore|comment|sidebar|footer|promo)/;
const DATE_HINT = /date|time|publish|posted|dateline|byline|meta|stamp|datum|fecha|data/;
const UPDATED =
  /^(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|güncelleme)/i;

function inRail(el: Element): boolean {
  // <body> and <html> classes describe the page ("comments-open"), not a rail.
  for (let node: Element | null = el; node && node.parentElement?.parentElement; node = node.parentElement) {
    if (/^(ASIDE|FOOTER|NAV)$/.test(node.tagName)) return true;
    if (classTokens(node).some((t) => RAIL.test(t))) return true;
  }
  return false;
}

function fromJsonLd(items: JsonLdItem[], key: string, now: Date): string | null {
  const main = mainArticle(items);
  const ordered = main ? [main, ...items.filter((i) => i !== main)] : items;
  for (const item of ordered) {
    const value = item[key];
    const date = typeof value === "string" ? parseDate(value, now) : null;
    if (date) return date;
  }
  return null;
}

function fromMeta(doc: Document, names: string[], now: Date): string | null {
  const metas = Array.from(doc.querySelectorAll("meta"));
  for (const name of names) {
    for (const meta of metas) {
      const key = (
        meta.getAttribute("property") ??
        meta.getAttribute("name") ??
        meta.getAttribute("itemprop") ??
        ""
      )
        .trim()
        .toLowerCase();
      if (key !== name) continue;
      const date = parseDate(meta.getAttribute("content"), now);
      if (date) return date;
    }
  }
  return null;
}

function machineValue(el: Element): string {
  return el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.getAttribute("title") ?? textOf(el);
}

function fromItemprop(doc: Document, now: Date, lang: string): string | null {
  for (const el of Array.from(
    doc.querySelectorAll('[itemprop="datePublished" i], [itemprop="dateCreated" i]'),
  )) {
    const date = parseDate(machineValue(el), now, lang);
    if (date) return date;
  }
  return null;
}

function fromTimeElements(doc: Document, now: Date, lang: string): string | null {
  const times = Array.from(doc.querySelectorAll("time")).filter((t) => !inRail(t));
  const score = (t: Element): number =>
    (t.hasAttribute("pubdate") ? 4 : 0) +
    (t.closest("article, header, main, [role=main]") ? 2 : 0) +
    (classTokens(t).some((c) => /publish|posted|created/.test(c)) ? 2 : 0) -
    (classTokens(t).some((c) => /updat|modif/.test(c)) || UPDATED.test(textOf(t.parentElement)) ? 3 : 0);
  const ranked = times.map((t, i) => ({ t, s: score(t) - i * 0.01 })).sort((a, b) => b.s - a.s);
  for (const { t } of ranked) {
    const date = parseDate(t.getAttribute("datetime") ?? textOf(t), now, lang);
    if (date) return date;
  }
  return null;
}

/** Leaf-ish elements with a short text: where a visible "March 21, 2025" line lives. */
function shortLines(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  return Array.from(body.querySelectorAll("h1, p, span, div, time, li, small, em, strong, dd, td")).filter(
    (el) => {
      const text = textOf(el);
      if (text.length < 6 || text.length > 120) return false;
      return !Array.from(el.children).some((c) => /^(DIV|P|UL|OL|SECTION|ARTICLE|TABLE)$/.test(c.tagName));
    },
  );
}

function fromVisibleLines(doc: Document, now: Date, lang: string): string | null {
  const lines = shortLines(doc);
  const h1 = lines.findIndex((el) => el.tagName === "H1");
  const anchor = h1 >= 0 ? h1 : 0;
  const candidates = lines
    .map((el, i) => ({ el, i, distance: i >= anchor ? i - anchor : (anchor - i) * 2 }))
    .filter(({ el, distance }) => el.tagName !== "H1" && distance <= 60 && !inRail(el))
    .map((c) => ({
      ...c,
      rank:
        c.distance -
        (classTokens(c.el).some((t) => DATE_HINT.test(t)) ? 15 : 0) +
        (UPDATED.test(textOf(c.el)) ? 30 : 0),
    }))
    .sort((a, b) => a.rank - b.rank);
  for (const { el } of candidates) {
    const date = parseDate(squash(el.textContent), now, lang);
    if (date) return date;
  }
  return null;
}

/** The publication date as ISO 8601 (date only, or with time and the page's offset), or null. */
export function findPublishedTime(
  doc: Document,
  items: JsonLdItem[],
  url: string,
  now: Date,
  lang: string,
): string | null {
  return (
    fromJsonLd(items, "datePublished", now) ??
    fromMeta(doc, PUBLISHED_META, now) ??
    fromItemprop(doc, now, lang) ??
    fromJsonLd(items, "dateCreated", now) ??
    fromTimeElements(doc, now, lang) ??
    dateFromUrl(url, now) ??
    fromVisibleLines(doc, now, lang) ??
    fromJsonLd(items, "dateModified", now) ??
    fromMeta(doc, MODIFIED_META, now)
  );
}
