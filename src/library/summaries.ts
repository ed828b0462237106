/** Reading the light rows for the library page: the first screen at once, then all in slices. */
import { getDb, type TidingsDb } from "./db.js";
import { guard } from "./errors.js";
import type { ArticleSummary } from "./types.js";
import { yieldToPage } from "./yield.js";

/** The newest `limit` rows: enough to paint the first screen before the rest arrives. */
export function newestSummaries(
  limit: number,
  { db = getDb() }: { db?: TidingsDb } = {},
): Promise<ArticleSummary[]> {
  return guard(() => db.articles.orderBy("savedAt").reverse().limit(limit).toArray());
}

/**
 * Every row, read in primary-key slices so that no single structured-clone pass blocks the page
 * for long (20,000 rows in one getAll is a long task).
 */
export async function allSummaries({
  db = getDb(),
  slice = 2_000,
  signal,
}: { db?: TidingsDb; slice?: number; signal?: AbortSignal } = {}): Promise<ArticleSummary[]> {
  const out: ArticleSummary[] = [];
  let last: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const from = last;
    const part = await guard(() =>
      (from === undefined ? db.articles.orderBy("id") : db.articles.where("id").above(from))
        .limit(slice)
        .toArray(),
    );
    out.push(...part);
    if (part.length < slice) return out;
    last = part[part.length - 1]!.id;
    await yieldToPage();
  }
}

/** Open the database now, so that a blocked IndexedDB is reported up front (a LibraryError). */
export function openLibrary({ db = getDb() }: { db?: TidingsDb } = {}): Promise<void> {
  return guard(async () => {
    await db.open();
  });
}

/** Fresh rows for some ids (after a change); missing ids are left out. */
export async function summariesById(
  ids: string[],
  { db = getDb() }: { db?: TidingsDb } = {},
): Promise<ArticleSummary[]> {
  const rows = await guard(() => db.articles.bulkGet(ids));
  return rows.filter((r): r is ArticleSummary => r !== undefined);
}
