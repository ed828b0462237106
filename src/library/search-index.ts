/**
 * Full-text search over title, site, byline and text (MiniSearch). The index lives in IndexedDB
 * (meta "search-index", serialised) and is never rebuilt from every text at page open: saves,
 * removals and imports only mark ids in `searchDirty` (cheap, inside their own transaction); the
 * library page loads the stored index, catches up on the marked ids in small slices and stores it
 * back.
 */
import MiniSearch from "minisearch";
import { getDb, type TidingsDb } from "./db.js";
import { processTerm, tokenize } from "./tokenize.js";
import type { ArticleBody, ArticleSummary } from "./types.js";

const INDEX_KEY = "search-index";
/** Bump when fields or tokenisation change: a stored index of another version is rebuilt. */
const INDEX_VERSION = 1;
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
    prefix: (term: string) => term.length > 2,
    combineWith: "AND" as const,
  },
};

export function toSearchDoc(row: ArticleSummary, body: ArticleBody | undefined): SearchDoc {
  return {
    id: row.id,
    title: row.title,
    site: [row.siteName, row.source, hostOf(row.url)].filter(Boolean).join(" "),
    byline: row.byline ?? "",
    text: (body?.textContent ?? row.excerpt ?? "").slice(0, MAX_INDEXED_CHARS),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class LibrarySearch {
  private constructor(
    private readonly db: TidingsDb,
    private index: MiniSearch<SearchDoc>,
  ) {}

  /** Load the stored index (or start an empty one) and catch up on marked ids. */
  static async open({ db = getDb(), signal }: { db?: TidingsDb; signal?: AbortSignal } = {}) {
    const stored = (await db.meta.get(INDEX_KEY))?.value as { version: number; json: string } | undefined;
    let index: MiniSearch<SearchDoc>;
    if (stored?.version === INDEX_VERSION) {
      index = await MiniSearch.loadJSONAsync<SearchDoc>(stored.json, OPTIONS);
    } else {
      index = new MiniSearch<SearchDoc>(OPTIONS);
      // No usable index (first run, or a new index version): every article needs indexing.
      const ids = (await db.articles.toCollection().primaryKeys()) as string[];
      await db.searchDirty.bulkPut(ids.map((id) => ({ id, seq: 0 })));
    }
    const search = new LibrarySearch(db, index);
    await search.catchUp({ signal });
    return search;
  }

  /**
   * Index what changed since the stored index: each marked id is dropped and, if the article
   * still exists, added again. Work runs in slices with a yield between them.
   */
  async catchUp({ signal, slice = 300 }: { signal?: AbortSignal; slice?: number } = {}): Promise<number> {
    const marks = await this.db.searchDirty.toArray();
    if (!marks.length) return 0;
    for (let i = 0; i < marks.length; i += slice) {
      signal?.throwIfAborted();
      const ids = marks.slice(i, i + slice).map((m) => m.id);
      const [rows, bodies] = await this.db.transaction("r", [this.db.articles, this.db.bodies], () =>
        Promise.all([this.db.articles.bulkGet(ids), this.db.bodies.bulkGet(ids)]),
      );
      for (const [j, id] of ids.entries()) {
        if (this.index.has(id)) this.index.discard(id);
        const row = rows[j];
        if (row) this.index.add(toSearchDoc(row, bodies[j]));
      }
      await yieldToPage();
    }
    if (this.index.dirtCount > 0) await this.index.vacuum({ batchSize: 5_000, batchWait: 0 });
    await this.store(marks);
    return marks.length;
  }

  /** Write the index back and clear the marks it covers (unless re-marked meanwhile). */
  private async store(marks: { id: string; seq: number }[]): Promise<void> {
    const json = JSON.stringify(this.index);
    await this.db.transaction("rw", [this.db.meta, this.db.searchDirty], async () => {
      await this.db.meta.put({ key: INDEX_KEY, value: { version: INDEX_VERSION, json } });
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
