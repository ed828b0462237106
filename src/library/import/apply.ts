/**
 * Import: parse and validate everything first (a bad file throws before anything is written), then
 * write in one Dexie transaction, all or nothing. Duplicates merge by normalised URL, inside the
 * import and with what the library already holds.
 */
import { getDb, markDirty, type TidingsDb } from "../db.js";
import { guard } from "../errors.js";
import { requestPersistence } from "../persistence.js";
import { joinArticle, splitArticle, type SavedArticle } from "../types.js";
import { mergeArticles, prepareItem, type PurifyWindow } from "./prepare.js";
import type { ParseResult, Skipped } from "./types.js";

export interface ImportReport {
  /** New articles added. */
  imported: number;
  /** Items folded into an article (already in the library, or twice in the import). */
  merged: number;
  skipped: Skipped[];
}

export interface ImportDeps {
  db?: TidingsDb;
  win?: PurifyWindow;
  now?: () => number;
  newId?: () => string;
  signal?: AbortSignal;
  /** Items per slice between yields to the page (sanitising HTML is the slow part). */
  slice?: number;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importParsed(parsed: ParseResult, deps: ImportDeps = {}): Promise<ImportReport> {
  const { db = getDb(), win = window, now = Date.now, newId = () => crypto.randomUUID(), signal } = deps;
  const slice = deps.slice ?? 500;
  const time = now();
  const byUrl = new Map<string, SavedArticle>();
  let merged = 0;
  for (let i = 0; i < parsed.items.length; i += slice) {
    signal?.throwIfAborted();
    for (const item of parsed.items.slice(i, i + slice)) {
      const article = prepareItem(item, { win, now: time, newId });
      const twin = byUrl.get(article.normUrl);
      if (twin) merged++;
      byUrl.set(article.normUrl, twin ? mergeArticles(twin, article) : article);
    }
    await yieldToPage();
  }
  signal?.throwIfAborted();

  const incoming = [...byUrl.values()];
  const imported = await guard(() =>
    db.transaction("rw", [db.articles, db.bodies, db.searchDirty], async () => {
      const existing = await db.articles
        .where("normUrl")
        .anyOf([...byUrl.keys()])
        .toArray();
      const existingBodies = await db.bodies.bulkGet(existing.map((r) => r.id));
      const old = new Map(existing.map((row, i) => [row.normUrl, joinArticle(row, existingBodies[i])]));
      const out = incoming.map((a) => {
        const have = old.get(a.normUrl);
        return have ? mergeArticles(have, a) : a;
      });
      for (let i = 0; i < out.length; i += 1_000) {
        const parts = out.slice(i, i + 1_000).map(splitArticle);
        await db.articles.bulkPut(parts.map((p) => p.row));
        await db.bodies.bulkPut(parts.map((p) => p.body));
      }
      await markDirty(
        db,
        out.map((a) => a.id),
      );
      merged += old.size;
      return out.length - old.size;
    }),
  );
  void requestPersistence({ db });
  return { imported, merged, skipped: parsed.skipped };
}
