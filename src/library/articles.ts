/**
 * The library API: save (upsert by URL), list newest first, get, remove, isSaved.
 *
 * Re-saving a URL keeps its id and its first `savedAt` (links to reader.html?id= stay valid and
 * the list order does not jump) and refreshes the content and `updatedAt`.
 */
import type { Article } from "../extract/types.js";
import { sanitizeArticleHtml } from "../extract/sanitize.js";
import { getDb, type TidingsDb } from "./db.js";
import { guard } from "./errors.js";
import type { SavedArticle } from "./types.js";

type PurifyWindow = Parameters<typeof sanitizeArticleHtml>[1];

export interface LibraryDeps {
  db?: TidingsDb;
  /** The window whose DOM sanitises HTML before it is written. */
  win?: PurifyWindow;
  now?: () => number;
  newId?: () => string;
}

/** Save an article (sanitised first) and return what was stored. */
export async function saveArticle(article: Article, deps: LibraryDeps = {}): Promise<SavedArticle> {
  const { db = getDb(), win = globalThis.window, now = Date.now, newId = () => crypto.randomUUID() } = deps;
  if (!win) throw new Error("saveArticle needs a window to sanitise with (none in this context)");
  // Stored data is read back by pages that trust nothing, but we still never write unsanitised HTML.
  const content = sanitizeArticleHtml(article.content, win);
  return guard(() =>
    db.transaction("rw", db.articles, async () => {
      const existing = await db.articles.where("url").equals(article.url).first();
      const time = now();
      const saved: SavedArticle = {
        ...article,
        content,
        id: existing?.id ?? newId(),
        savedAt: existing?.savedAt ?? time,
        updatedAt: time,
      };
      await db.articles.put(saved);
      return saved;
    }),
  );
}

/** Every saved article, newest first. */
export function listArticles({ db = getDb() }: LibraryDeps = {}): Promise<SavedArticle[]> {
  return guard(() => db.articles.orderBy("savedAt").reverse().toArray());
}

export function getArticle(
  id: string,
  { db = getDb() }: LibraryDeps = {},
): Promise<SavedArticle | undefined> {
  return guard(() => db.articles.get(id));
}

/** The saved copy of a URL, if any. */
export function findByUrl(
  url: string,
  { db = getDb() }: LibraryDeps = {},
): Promise<SavedArticle | undefined> {
  return guard(() => db.articles.where("url").equals(url).first());
}

export async function isSaved(url: string, deps: LibraryDeps = {}): Promise<boolean> {
  return (await findByUrl(url, deps)) !== undefined;
}

export function removeArticle(id: string, { db = getDb() }: LibraryDeps = {}): Promise<void> {
  return guard(() => db.articles.delete(id));
}
