/**
 * Parsed items to the articles they would become: HTML sanitised (sanitizeArticleHtml), text and
 * reading time computed from it; items without content become "link only" articles.
 */
import { sanitizeArticleHtml } from "../../extract/sanitize.js";
import { textStats } from "../../extract/stats.js";
import { hostOfUrl, normalizeUrl } from "../normalize-url.js";
import type { SavedArticle } from "../types.js";
import type { ImportedItem } from "./types.js";

export type PurifyWindow = Window & typeof globalThis;

export interface PrepareDeps {
  win: PurifyWindow;
  now: number;
  newId: () => string;
}

export function prepareItem(item: ImportedItem, { win, now, newId }: PrepareDeps): SavedArticle {
  if (item.whole) {
    const w = item.whole;
    return { ...w, tags: [...w.tags], content: w.content ? sanitizeArticleHtml(w.content, win) : "" };
  }
  const content = item.content ? sanitizeArticleHtml(item.content, win) : "";
  const text = content
    ? (new win.DOMParser().parseFromString(content, "text/html").body.textContent ?? "")
        .replace(/\s+/g, " ")
        .trim()
    : "";
  const stats = text ? textStats(text) : { wordCount: 0, readingMinutes: 0 };
  const savedAt = item.savedAt ?? now;
  return {
    id: newId(),
    url: item.url,
    normUrl: item.normUrl ?? normalizeUrl(item.url),
    title: item.title || hostOfUrl(item.url) || item.url,
    byline: item.byline,
    siteName: item.siteName,
    source: null,
    publishedTime: item.publishedTime,
    lang: null,
    dir: null,
    excerpt: item.excerpt,
    content,
    textContent: text,
    wordCount: stats.wordCount,
    readingMinutes: stats.readingMinutes,
    leadImage: null,
    savedAt,
    updatedAt: now,
    tags: item.tags,
    archived: item.archived,
    favourite: item.favourite,
    progress: 0,
    linkOnly: !content,
    highlights: item.highlights,
  };
}

const richness = (a: SavedArticle) => (a.linkOnly ? 0 : 1 + a.textContent.length);

/**
 * Two copies of one page (same normalised URL): the richest content wins, tags are united, the
 * earliest saved date and the first id are kept, archived / favourite if either says so.
 */
export function mergeArticles(kept: SavedArticle, other: SavedArticle): SavedArticle {
  const rich = richness(other) > richness(kept) ? other : kept;
  const poor = rich === kept ? other : kept;
  return {
    ...rich,
    id: kept.id,
    title: rich.title || poor.title,
    byline: rich.byline ?? poor.byline,
    publishedTime: rich.publishedTime ?? poor.publishedTime,
    excerpt: rich.excerpt ?? poor.excerpt,
    savedAt: Math.min(kept.savedAt, other.savedAt),
    updatedAt: Math.max(kept.updatedAt, other.updatedAt),
    tags: [...new Set([...kept.tags, ...other.tags])],
    archived: kept.archived || other.archived,
    favourite: kept.favourite || other.favourite,
    progress: Math.max(kept.progress, other.progress),
    highlights: rich.highlights ?? poor.highlights,
  };
}
