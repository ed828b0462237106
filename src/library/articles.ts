/**
 * The library API: save (upsert by URL), list newest first, get, remove, isSaved.
 *
 * Re-saving a URL (or the same page under another tracking-decorated URL) keeps its id, its first
 * `savedAt`, tags, archive and favourite state (links to reader.html?id= stay valid and the list
 * does not jump), fills in a "link only" import and refreshes the content and `updatedAt`.
 */
import type { Article } from "../extract/types.js";
import { sanitizeArticleHtml } from "../extract/sanitize.js";
import { getDb, markDirty, type TidingsDb } from "./db.js";
import { guard } from "./errors.js";
import { normalizeUrl } from "./normalize-url.js";
import { requestPersistence } from "./persistence.js";
import { joinArticle, splitArticle, type ArticleSummary, type SavedArticle } from "./types.js";

type PurifyWindow = Parameters<typeof sanitizeArticleHtml>[1];

export interface LibraryDeps {
  db?: TidingsDb;
  /** The window whose DOM sanitises HTML before it is written. */
  win?: PurifyWindow;
  now?: () => number;
  newId?: () => string;
}

async function findRow(db: TidingsDb, url: string): Promise<ArticleSummary | undefined> {
  return (
    (await db.articles.where("url").equals(url).first()) ??
    (await db.articles.where("normUrl").equals(normalizeUrl(url)).first())
  );
}

/** Save an article (sanitised first) and return what was stored. */
export async function saveArticle(article: Article, deps: LibraryDeps = {}): Promise<SavedArticle> {
  const { db = getDb(), win = globalThis.window, now = Date.now, newId = () => crypto.randomUUID() } = deps;
  if (!win) throw new Error("saveArticle needs a window to sanitise with (none in this context)");
  // Stored data is read back by pages that trust nothing, but we still never write unsanitised HTML.
  const content = sanitizeArticleHtml(article.content, win);
  const saved = await guard(() =>
    db.transaction("rw", [db.articles, db.bodies, db.searchDirty], async () => {
      const existing = await findRow(db, article.url);
      const body = existing ? await db.bodies.get(existing.id) : undefined;
      const time = now();
      const saved: SavedArticle = {
        ...article,
        content,
        id: existing?.id ?? newId(),
        savedAt: existing?.savedAt ?? time,
        updatedAt: time,
        normUrl: normalizeUrl(article.url),
        tags: existing?.tags ?? [],
        archived: existing?.archived ?? false,
        favourite: existing?.favourite ?? false,
        progress: existing?.progress ?? 0,
        linkOnly: false,
        highlights: body?.highlights ?? null,
      };
      const { row, body: newBody } = splitArticle(saved);
      await db.articles.put(row);
      await db.bodies.put(newBody);
      await markDirty(db, [saved.id]);
      return saved;
    }),
  );
  void requestPersistence({ db });
  return saved;
}

/**
 * Save a link without its content ("link only"), for the context menu's "Save link": opening the
 * page later and saving it fills it in. An article already saved under that URL is returned as is.
 */
export async function saveLink(
  link: { url: string; title: string },
  deps: LibraryDeps = {},
): Promise<SavedArticle> {
  const existing = await findByUrl(link.url, deps);
  if (existing) return existing;
  const { db = getDb(), now = Date.now, newId = () => crypto.randomUUID() } = deps;
  const time = now();
  const saved: SavedArticle = {
    url: link.url,
    title: link.title.trim() || link.url,
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
    id: newId(),
    savedAt: time,
    updatedAt: time,
    normUrl: normalizeUrl(link.url),
    tags: [],
    archived: false,
    favourite: false,
    progress: 0,
    linkOnly: true,
    highlights: null,
  };
  await restoreArticles([saved], { db });
  void requestPersistence({ db });
  return saved;
}

/** Every saved article with its body, newest first (the library page uses listSummaries). */
export function listArticles({ db = getDb() }: LibraryDeps = {}): Promise<SavedArticle[]> {
  return guard(() =>
    db.transaction("r", [db.articles, db.bodies], async () => {
      const rows = await db.articles.orderBy("savedAt").reverse().toArray();
      const bodies = await db.bodies.bulkGet(rows.map((r) => r.id));
      return rows.map((row, i) => joinArticle(row, bodies[i]));
    }),
  );
}

export function getArticle(
  id: string,
  { db = getDb() }: LibraryDeps = {},
): Promise<SavedArticle | undefined> {
  return guard(() =>
    db.transaction("r", [db.articles, db.bodies], async () => {
      const row = await db.articles.get(id);
      return row && joinArticle(row, await db.bodies.get(id));
    }),
  );
}

/** The saved copy of a URL (exact, else the same page under a normalised URL), if any. */
export function findByUrl(
  url: string,
  { db = getDb() }: LibraryDeps = {},
): Promise<SavedArticle | undefined> {
  return guard(() =>
    db.transaction("r", [db.articles, db.bodies], async () => {
      const row = await findRow(db, url);
      return row && joinArticle(row, await db.bodies.get(row.id));
    }),
  );
}

/**
 * The saved copy of the page an article was extracted from, if any. A link-only entry (an import,
 * "Save link") is filled in with the article on the way, keeping its id, tags and saved date:
 * opening the page and reading it is what such an entry waits for.
 */
export async function findSavedCopy(
  article: Article,
  deps: LibraryDeps = {},
): Promise<SavedArticle | undefined> {
  const found = await findByUrl(article.url, deps);
  if (found?.linkOnly && article.content.trim()) return saveArticle(article, deps);
  return found;
}

export async function isSaved(url: string, deps: LibraryDeps = {}): Promise<boolean> {
  return (await findByUrl(url, deps)) !== undefined;
}

export function removeArticle(id: string, deps: LibraryDeps = {}): Promise<void> {
  return removeArticles([id], deps).then(() => undefined);
}

/** Remove articles and return them whole, so that the caller can offer Undo (restoreArticles). */
export function removeArticles(ids: string[], { db = getDb() }: LibraryDeps = {}): Promise<SavedArticle[]> {
  return guard(() =>
    db.transaction("rw", [db.articles, db.bodies, db.searchDirty], async () => {
      const rows = await db.articles.bulkGet(ids);
      const bodies = await db.bodies.bulkGet(ids);
      await db.articles.bulkDelete(ids);
      await db.bodies.bulkDelete(ids);
      await markDirty(db, ids);
      return rows.flatMap((row, i) => (row ? [joinArticle(row, bodies[i])] : []));
    }),
  );
}

/** Put back articles exactly as they were (Undo after remove). */
export function restoreArticles(articles: SavedArticle[], { db = getDb() }: LibraryDeps = {}): Promise<void> {
  return guard(() =>
    db.transaction("rw", [db.articles, db.bodies, db.searchDirty], async () => {
      const parts = articles.map(splitArticle);
      await db.articles.bulkPut(parts.map((p) => p.row));
      await db.bodies.bulkPut(parts.map((p) => p.body));
      await markDirty(
        db,
        articles.map((a) => a.id),
      );
    }),
  );
}
