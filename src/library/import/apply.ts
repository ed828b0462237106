/**
 * Import: parse and validate everything first (a bad file throws before anything is written), then
 * write in one Dexie transaction, all or nothing. Duplicates merge by normalised URL, inside the
 * import and with what the library already holds.
 */
import { getDb, markDirty, type TidingsDb } from "../db.js";
import { guard } from "../errors.js";
import { requestPersistence } from "../persistence.js";
import { joinArticle, splitArticle, type ArticleBody, type SavedArticle } from "../types.js";
import { mergeArticles, prepareItem, type PurifyWindow } from "./prepare.js";
import type { ParseResult, Skipped } from "./types.js";

export interface ImportReport {
  /** New articles added. */
  imported: number;
  /** Items folded into an article (already in the library, or twice in the import). */
  merged: number;
  skipped: Skipped[];
  /** What was written, so that the page can list and index it without reading it back. */
  articles: SavedArticle[];
}

export interface ImportDeps {
  db?: TidingsDb;
  win?: PurifyWindow;
  now?: () => number;
  newId?: () => string;
  signal?: AbortSignal;
  /** Items between checks of the time (a yield to the page every 40 ms; sanitising is the slow part). */
  slice?: number;
}

const isEmptyBody = (b: ArticleBody) => !b.content && !b.textContent && b.highlights === null;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importParsed(parsed: ParseResult, deps: ImportDeps = {}): Promise<ImportReport> {
  const { db = getDb(), win = window, now = Date.now, newId = () => crypto.randomUUID(), signal } = deps;
  const slice = deps.slice ?? 50;
  const time = now();
  const byUrl = new Map<string, SavedArticle>();
  let merged = 0;
  let since = performance.now();
  for (let i = 0; i < parsed.items.length; i += slice) {
    signal?.throwIfAborted();
    for (const item of parsed.items.slice(i, i + slice)) {
      const article = prepareItem(item, { win, now: time, newId });
      const twin = byUrl.get(article.normUrl);
      if (twin) merged++;
      byUrl.set(article.normUrl, twin ? mergeArticles(twin, article) : article);
    }
    // By time: links prepare in microseconds, articles with HTML in milliseconds.
    if (performance.now() - since > 40) {
      await yieldToPage();
      since = performance.now();
    }
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
      // 500 rows per request: cloning them is one task, and it must stay well under 200 ms.
      for (let i = 0; i < out.length; i += 500) {
        const parts = out.slice(i, i + 500).map(splitArticle);
        await db.articles.bulkPut(parts.map((p) => p.row));
        // A new link has no body to store (joinArticle reads a missing one as empty): half the puts.
        const bodies = parts.filter((p) => old.has(p.row.normUrl) || !isEmptyBody(p.body));
        if (bodies.length) await db.bodies.bulkPut(bodies.map((p) => p.body));
      }
      await markDirty(
        db,
        out.map((a) => a.id),
      );
      merged += old.size;
      return { count: out.length - old.size, out };
    }),
  );
  void requestPersistence({ db });
  return { imported: imported.count, merged, skipped: parsed.skipped, articles: imported.out };
}
