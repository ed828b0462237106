/**
 * Import: parse and validate everything first (a bad file throws before anything is written), then
 * write in one Dexie transaction, all or nothing. Duplicates merge by normalised URL, inside the
 * import and with what the library already holds.
 */
import { getDb, markDirty, type TidingsDb } from "../db.js";
import { guard } from "../errors.js";
import { requestPersistence } from "../persistence.js";
import {
  joinArticle,
  splitArticle,
  type ArticleBody,
  type ArticleSummary,
  type SavedArticle,
} from "../types.js";
import { mergeArticles, prepareItem, type PurifyWindow } from "./prepare.js";
import type { ParseResult, Skipped } from "./types.js";
import { timeSlicer } from "../yield.js";

export interface ImportReport {
  /** New articles added. */
  imported: number;
  /** Items folded into an article (already in the library, or twice in the import). */
  merged: number;
  skipped: Skipped[];
  /** What was written, so that the page can list and index it without reading it back. */
  articles: SavedArticle[];
  /** The same articles as stored rows (without their bodies), in the same order. */
  rows: ArticleSummary[];
}

export interface ImportDeps {
  db?: TidingsDb;
  win?: PurifyWindow;
  now?: () => number;
  newId?: () => string;
  signal?: AbortSignal;
  /** Items between checks of the time (a yield to the page every 40 ms; sanitising is the slow part). */
  slice?: number;
  /** Rows per write request batch (each batch is cloned in one task). */
  batch?: number;
  /**
   * Work on each written row while the database writes the next batch (the page works out each
   * row's site there instead of after the import). Nothing is shown before the commit.
   */
  onRow?: (row: ArticleSummary) => void;
}

const isEmptyBody = (b: ArticleBody) => !b.content && !b.textContent && b.highlights === null;

export async function importParsed(parsed: ParseResult, deps: ImportDeps = {}): Promise<ImportReport> {
  const { db = getDb(), win = window, now = Date.now, newId = () => crypto.randomUUID(), signal } = deps;
  const { slice = 20, batch = 50, onRow } = deps;
  const time = now();
  const started = performance.now();
  const byUrl = new Map<string, SavedArticle>();
  let merged = 0;
  const slicer = timeSlicer();
  for (let i = 0; i < parsed.items.length; i += slice) {
    signal?.throwIfAborted();
    for (const item of parsed.items.slice(i, i + slice)) {
      const article = prepareItem(item, { win, now: time, newId });
      const twin = byUrl.get(article.normUrl);
      if (twin) merged++;
      byUrl.set(article.normUrl, twin ? mergeArticles(twin, article) : article);
    }
    // By time: links prepare in microseconds, articles with HTML in milliseconds.
    await slicer.pause();
  }
  signal?.throwIfAborted();

  const incoming = [...byUrl.values()];
  const prepared = performance.now();
  performance.measure("tidings:import:prepare", { start: started, end: prepared });
  const imported = await guard(() =>
    db.transaction("rw", [db.articles, db.bodies, db.searchDirty], async () => {
      // 1,000 keys per query: anyOf sorts its keys in one task (20,000 take hundreds of ms).
      const keys = [...byUrl.keys()];
      const existing: ArticleSummary[] = [];
      for (let i = 0; i < keys.length; i += 1_000)
        existing.push(
          ...(await db.articles
            .where("normUrl")
            .anyOf(keys.slice(i, i + 1_000))
            .toArray()),
        );
      const existingBodies = await db.bodies.bulkGet(existing.map((r) => r.id));
      const old = new Map(existing.map((row, i) => [row.normUrl, joinArticle(row, existingBodies[i])]));
      const out = incoming.map((a) => {
        const have = old.get(a.normUrl);
        return have ? mergeArticles(have, a) : a;
      });
      // Batches of `batch` rows, one in flight while the next is cloned: the browser writes one
      // batch while the page prepares the next, and no task clones more than `batch` rows.
      const rows: ArticleSummary[] = [];
      // Two batches queued ahead: the database keeps writing while the page waits for the CPU.
      const writing: Promise<unknown>[] = [];
      for (let i = 0; i < out.length; i += batch) {
        const parts = out.slice(i, i + batch).map(splitArticle);
        // A new link has no body to store (joinArticle reads a missing one as empty): half the puts.
        const bodies = parts.filter((p) => old.has(p.row.normUrl) || !isEmptyBody(p.body));
        const put = Promise.all([
          db.articles.bulkPut(parts.map((p) => p.row)),
          bodies.length ? db.bodies.bulkPut(bodies.map((p) => p.body)) : undefined,
        ]);
        // Awaited two batches later; a failure aborts the transaction either way.
        put.catch(() => undefined);
        for (const p of parts) {
          rows.push(p.row);
          onRow?.(p.row);
        }
        writing.push(put);
        if (writing.length > 2) await writing.shift();
      }
      await Promise.all(writing);
      await markDirty(
        db,
        out.map((a) => a.id),
      );
      merged += old.size;
      return { count: out.length - old.size, out, rows };
    }),
  );
  performance.measure("tidings:import:transaction", { start: prepared, end: performance.now() });
  void requestPersistence({ db });
  return {
    imported: imported.count,
    merged,
    skipped: parsed.skipped,
    articles: imported.out,
    rows: imported.rows,
  };
}
