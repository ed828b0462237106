/**
 * What the reader needs from the library beyond save/get: reading progress, archive, link-only
 * items. Progress and archive are the library's (setReadingProgress, updateState); the library
 * has no link-only save yet, so `saveLink` looks for one by name and otherwise saves an Article
 * with empty content. TODO(2026-11-26): use the library's saveLink once it exports one.
 */
import * as library from "../library/index.js";
import type { Article } from "../extract/types.js";
import type { SavedArticle } from "../library/index.js";

interface Extras {
  setReadingProgress?: (id: string, fraction: number) => Promise<unknown>;
  setArchived?: (id: string, archived: boolean) => Promise<unknown>;
  saveLink?: (link: { url: string; title: string }) => Promise<SavedArticle>;
}

const extras: Extras & Pick<typeof library, "saveArticle" | "findByUrl"> = {
  setReadingProgress: library.setReadingProgress,
  setArchived: (id, archived) => library.updateState([id], { archived }),
  saveLink: (library as Partial<Extras>).saveLink,
  saveArticle: library.saveArticle,
  findByUrl: library.findByUrl,
};

/** Saved reading progress, 0–1 (0 when the library does not keep it yet). */
export function savedProgress(article: SavedArticle): number {
  const value = Number((article as { progress?: unknown }).progress);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Store progress; false when the library cannot keep it yet. */
export async function storeProgress(id: string, fraction: number, lib: Extras = extras): Promise<boolean> {
  if (!lib.setReadingProgress) return false;
  await lib.setReadingProgress(id, Math.min(1, Math.max(0, fraction)));
  return true;
}

/** Archive; false when the library has no archive yet. */
export async function archive(id: string, lib: Extras = extras): Promise<boolean> {
  if (!lib.setArchived) return false;
  await lib.setArchived(id, true);
  return true;
}

/** An Article holding only a link, to fill in when the page is opened and saved. */
export function linkOnlyArticle(url: string, title: string): Article {
  return {
    url,
    title: title.trim() || url,
    byline: null,
    siteName: null,
    source: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    content: "",
    textContent: "",
    wordCount: 0,
    readingMinutes: 0,
    leadImage: null,
  };
}

/** Save a link without its content: the library's saveLink when present, else an empty Article. */
export async function saveLink(
  url: string,
  title: string,
  win: Window & typeof globalThis = window,
  lib: Extras & Pick<typeof library, "saveArticle" | "findByUrl"> = extras,
): Promise<SavedArticle> {
  if (lib.saveLink) return lib.saveLink({ url, title });
  // Never overwrite a full saved copy with an empty one.
  const existing = await lib.findByUrl(url);
  if (existing) return existing;
  return lib.saveArticle(linkOnlyArticle(url, title), { win });
}
