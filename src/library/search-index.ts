/**
 * Full-text search over title, site, byline and text (MiniSearch). The index lives in IndexedDB
 * (meta "search-index", serialised in parts) and is never rebuilt from every text at page open:
 * saves, removals and imports only mark ids in `searchDirty` (cheap, inside their own
 * transaction); the library page loads the stored index, catches up on the marked ids in small
 * slices (from memory when the page itself just wrote them, e.g. an import) and stores it back.
 */
import MiniSearch from "minisearch";
import { getDb, markDirty, markedIds, type DirtyMark, type TidingsDb } from "./db.js";
import { indexFromParts, indexToParts, type IndexParts } from "./index-parts.js";
import { hostOfUrl } from "./normalize-url.js";
import { processTerm, tokenize } from "./tokenize.js";
import type { ArticleBody, ArticleSummary } from "./types.js";
import { timeSlicer } from "./yield.js";

const INDEX_KEY = "search-index";
/** Bump when fields, tokenisation or storage change: a stored index of another version is rebuilt. */
const INDEX_VERSION = 3;
/** Text beyond this many characters is not indexed (keeps a 20,000-article index in memory). */
export const MAX_INDEXED_CHARS = 12_000;

interface SearchDoc {
  id: string;
  title: string;
  site: string;
  byline: string;
  text: string;
}

const OPTIONS = {
  fields: ["title", "site", "byline", "text"],
  storeFields: [],
  tokenize,
  processTerm,
  // Vacuum once after a catch-up instead of in timed batches while indexing.
  autoVacuum: false,
  searchOptions: {
    boost: { title: 3, site: 2, byline: 2 },
    // Prefix matching only for the word being typed (the last): prefixes of every word cost most
    // of a search over 20,000 articles.
    prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length > 2,
    combineWith: "AND" as const,
  },
};

export function toSearchDoc(
  row: ArticleSummary,
  body: Pick<ArticleBody, "textContent"> | undefined,
): SearchDoc {
  return {
    id: row.id,
    title: row.title,
    site: [row.siteName, row.source, hostOfUrl(row.url)].filter(Boolean).join(" "),
    byline: row.byline ?? "",
    text: (body?.textContent ?? row.excerpt ?? "").slice(0, MAX_INDEXED_CHARS),
  };
}

export class LibrarySearch {
  private constructor(
    private readonly db: TidingsDb,
    private index: MiniSearch<SearchDoc>,
  ) {}

  /** Load the stored index (or start an empty one) and catch up on marked ids. */
  static async open({ db = getDb(), signal }: { db?: TidingsDb; signal?: AbortSignal } = {}) {
    const stored = (await db.meta.get(INDEX_KEY))?.value as ({ version: number } & IndexParts) | undefined;
    let index: MiniSearch<SearchDoc>;
    if (stored?.version === INDEX_VERSION) {
      index = await indexFromParts<SearchDoc>(stored, OPTIONS);
    } else {
      index = new MiniSearch<SearchDoc>(OPTIONS);
      // No usable index (first run, or a new index version): every article needs indexing.
      const ids = (await db.articles.toCollection().primaryKeys()) as string[];
      if (ids.length) await markDirty(db, ids);
    }
    const search = new LibrarySearch(db, index);
    await search.catchUp({ signal });
    return search;
  }

  /**
   * Index what changed since the stored index: each marked id is dropped and, if the article
   * still exists, added again. Work runs in slices with a yield between them. `known` holds
   * articles the caller has just written (an import): they are indexed as they are, not re-read,
   * unless another mark says they changed since.
   */
  async catchUp({
    signal,
    slice = 300,
    known,
  }: {
    signal?: AbortSignal;
    slice?: number;
    known?: ReadonlyMap<string, ArticleSummary & Pick<ArticleBody, "textContent">>;
  } = {}): Promise<number> {
    const marks = await this.db.searchDirty.toArray();
    if (!marks.length) return 0;
    const marked = new Map<string, number>();
    for (const id of marks.flatMap(markedIds)) marked.set(id, (marked.get(id) ?? 0) + 1);
    const all = [...marked.keys()];
    const fromMemory = (id: string) => (marked.get(id) === 1 ? known?.get(id) : undefined);
    const slicer = timeSlicer();
    for (let i = 0; i < all.length; i += slice) {
      signal?.throwIfAborted();
      const ids = all.slice(i, i + slice);
      const unknown = ids.filter((id) => !fromMemory(id));
      const [rows, bodies] = unknown.length
        ? await this.db.transaction("r", [this.db.articles, this.db.bodies], () =>
            Promise.all([this.db.articles.bulkGet(unknown), this.db.bodies.bulkGet(unknown)]),
          )
        : [[], []];
      const read = new Map(unknown.map((id, j) => [id, [rows[j], bodies[j]] as const]));
      for (const id of ids) {
        if (this.index.has(id)) this.index.discard(id);
        const mine = fromMemory(id);
        if (mine) this.index.add(toSearchDoc(mine, mine));
        else {
          const [row, body] = read.get(id)!;
          if (row) this.index.add(toSearchDoc(row, body));
        }
        // Yield by time, not by count: a yield costs a few ms on a busy machine, and one article
        // (12,000 characters) takes from microseconds (a link) to milliseconds (a long text).
        await slicer.pause();
      }
    }
    if (this.index.dirtCount > 0) await this.index.vacuum({ batchSize: 5_000, batchWait: 0 });
    const stored = performance.now();
    await this.store(marks);
    performance.measure("tidings:catch-up:store", { start: stored, end: performance.now() });
    return all.length;
  }

  /** Write the index back and clear the marks it covers (unless re-marked meanwhile). */
  private async store(marks: DirtyMark[]): Promise<void> {
    const parts = await indexToParts(this.index);
    await this.db.transaction("rw", [this.db.meta, this.db.searchDirty], async () => {
      await this.db.meta.put({ key: INDEX_KEY, value: { version: INDEX_VERSION, ...parts } });
      const now = await this.db.searchDirty.bulkGet(marks.map((m) => m.id));
      const done = marks.filter((m, i) => now[i]?.seq === m.seq).map((m) => m.id);
      await this.db.searchDirty.bulkDelete(done);
    });
  }

  /** Ids of matching articles, best first. */
  search(query: string): string[] {
    const q = query.trim();
    if (!q) return [];
    return this.index.search(q).map((r) => r.id as string);
  }

  get size(): number {
    return this.index.documentCount;
  }
}
