/** Everything the page states about itself, read from the untouched clone before decluttering. */
import { absoluteHttpUrl, metaContent, squash } from "../text";
import { imageUrlOf, mainArticle, nameOf, readJsonLd, type JsonLdItem } from "./json-ld";
import { findPublishedTime } from "./date";
import { findSiteName } from "./source";
import { bylineNearHeadline, cleanByline, shownBylineText } from "./byline";
import { findHeadline } from "./page-layout";
import { siteNameBesideTitle } from "../title";

export interface PageMetadata {
  items: JsonLdItem[];
  canonicalUrl: string | null;
  lang: string | null;
  dir: "ltr" | "rtl" | null;
  siteName: string | null;
  publishedTime: string | null;
  /** The byline element Readability would read, before decluttering moves anything, as shown. */
  shownBylineText: string | null;
  /** That element's byline: its names, cleaned of "By", dates and roles. */
  shownByline: string | null;
  /** A byline line or author links under the headline, for a page that marks its byline no other way. */
  headlineByline: string | null;
  /** og:title and JSON-LD headline, to repair a Readability title with a " | Site" suffix. */
  declaredTitles: string[];
  /** The page's <title>, as written. */
  documentTitle: string | null;
  /** The texts of its first <h1>s and <h2>s (a display headline may be either, beside an SEO one). */
  headings: string[];
  /** The text of the story's heading (findHeadline): the title of a page that declares none. */
  headline: string | null;
  /** That heading's element, in the document read (the lead figure is looked for below it). */
  headingElement: Element | null;
  description: string | null;
  /** Every description the page declares, in Readability's order (excerpt.ts chooses among them). */
  descriptions: string[];
  image: string | null;
  /** og:type article, an article-typed JSON-LD item or an article:published_time. */
  declaresArticle: boolean;
}

/** Headings kept for the title's test: a story's own come early; a front page has hundreds. */
const MAX_HEADINGS = 30;

function langOf(doc: Document, main: JsonLdItem | null): string | null {
  const raw =
    doc.documentElement.getAttribute("lang") ??
    doc.documentElement.getAttribute("xml:lang") ??
    metaContent(doc, "content-language", "language", "dc.language") ??
    (typeof main?.["inLanguage"] === "string" ? main["inLanguage"] : null) ??
    metaContent(doc, "og:locale")?.replace("_", "-") ??
    null;
  const lang = squash(raw).split(/[,;\s]/)[0] ?? "";
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang.replace(/_/g, "-") : null;
}

function dirOf(doc: Document): "ltr" | "rtl" | null {
  const dir = (doc.documentElement.getAttribute("dir") ?? doc.body?.getAttribute("dir") ?? "").toLowerCase();
  return dir === "rtl" || dir === "ltr" ? dir : null;
}

export function readMetadata(doc: Document, url: string, now: Date): PageMetadata {
  const items = readJsonLd(doc);
  const main = mainArticle(items);
  const lang = langOf(doc, main);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute("href");
  const titles = [nameOf(main?.["headline"]), metaContent(doc, "og:title", "twitter:title")];
  const declaredTitles = titles.map((t) => squash(t)).filter(Boolean);
  const site = findSiteName(doc, items);
  const image =
    imageUrlOf(main?.["image"], items) ??
    metaContent(doc, "og:image", "og:image:url", "twitter:image", "twitter:image:src");
  const ogType = metaContent(doc, "og:type") ?? "";
  // Where the date and byline rules look from, found once for both.
  const headline = findHeadline(doc);
  const shown = shownBylineText(doc, headline);
  return {
    items,
    canonicalUrl: absoluteHttpUrl(canonical, url),
    lang,
    dir: dirOf(doc),
    siteName: site && siteNameBesideTitle(site, declaredTitles),
    publishedTime: findPublishedTime(doc, items, url, now, lang ?? "", headline),
    shownBylineText: shown,
    shownByline: cleanByline(shown),
    headlineByline: bylineNearHeadline(headline),
    declaredTitles,
    documentTitle: squash(doc.title) || null,
    headings: Array.from(doc.querySelectorAll("h1, h2"))
      .slice(0, MAX_HEADINGS)
      .map((h) => squash(h.textContent))
      .filter(Boolean),
    // A heading too short to anchor the date rules ("東京") still names the page.
    headline: squash((headline ?? doc.querySelector("h1"))?.textContent) || null,
    headingElement: headline,
    description: metaContent(doc, "description", "og:description", "twitter:description"),
    descriptions: [
      nameOf(main?.["description"]),
      ...["dc:description", "dcterm:description", "og:description", "description", "twitter:description"].map(
        (key) => metaContent(doc, key),
      ),
    ]
      .map((d) => squash(d))
      .filter((d, i, all) => d && all.indexOf(d) === i),
    image: absoluteHttpUrl(image, url),
    declaresArticle:
      !!main || /article|story|post/i.test(ogType) || !!metaContent(doc, "article:published_time"),
  };
}
