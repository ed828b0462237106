/**
 * The reader's own state on saved articles: tags, archive, favourite, reading progress. These
 * change light rows only (no body rewrite); tag changes also re-index (tags are not searched, but
 * sites and titles are unchanged, so no index work is needed).
 */
import { getDb, type TidingsDb } from "./db.js";
import { guard, notFound } from "./errors.js";
import type { ArticleSummary } from "./types.js";

interface Deps {
  db?: TidingsDb;
  now?: () => number;
}

export type StatePatch = Partial<Pick<ArticleSummary, "archived" | "favourite" | "progress">>;

/** Set archived / favourite / progress on several articles at once. */
export function updateState(ids: string[], patch: StatePatch, { db = getDb() }: Deps = {}): Promise<void> {
  return guard(async () => {
    await db.articles.where("id").anyOf(ids).modify(patch);
  });
}

/**
 * Store how far the reader got in an article, 0…1 (clamped). The reader calls this as the
 * reader scrolls; reaching the end (≥ 0.98) counts as finished (1).
 */
export function setReadingProgress(id: string, fraction: number, { db = getDb() }: Deps = {}): Promise<void> {
  const value = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return guard(async () => {
    const changed = await db.articles.update(id, { progress: value >= 0.98 ? 1 : value });
    if (!changed && !(await db.articles.get(id))) throw notFound();
  });
}

function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/g, " ").slice(0, 80);
}

/** Add tags to articles (kept once each, in the order first given). */
export function addTags(ids: string[], tags: string[], { db = getDb() }: Deps = {}): Promise<void> {
  const add = tags.map(cleanTag).filter(Boolean);
  return guard(async () => {
    await db.articles
      .where("id")
      .anyOf(ids)
      .modify((row) => {
        row.tags = [...new Set([...row.tags, ...add])];
      });
  });
}

export function removeTag(ids: string[] | null, tag: string, { db = getDb() }: Deps = {}): Promise<void> {
  return guard(async () => {
    const rows = ids ? db.articles.where("id").anyOf(ids) : db.articles.where("tags").equals(tag);
    await rows.modify((row) => {
      row.tags = row.tags.filter((t) => t !== tag);
    });
  });
}

/** Rename a tag everywhere (merging into an existing tag of the new name). */
export function renameTag(from: string, to: string, { db = getDb() }: Deps = {}): Promise<void> {
  const name = cleanTag(to);
  return guard(async () => {
    if (!name) throw new Error("A tag needs a name.");
    await db.articles
      .where("tags")
      .equals(from)
      .modify((row) => {
        row.tags = [...new Set(row.tags.map((t) => (t === from ? name : t)))];
      });
  });
}

/** Replace one article's tags (the row's tag editor). */
export function setTags(id: string, tags: string[], { db = getDb() }: Deps = {}): Promise<void> {
  const clean = [...new Set(tags.map(cleanTag).filter(Boolean))];
  return guard(async () => {
    await db.articles.update(id, { tags: clean });
  });
}
