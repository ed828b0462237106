/**
 * Full-text search over title, site, byline and text (MiniSearch). The index lives in IndexedDB
 * (meta "search-index" names its parts, each stored as a meta row of its own) and is never rebuilt from every text at page open:
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
const INDEX_VERSION = 4;

/** What meta "search-index" holds: the small head and how many parts of each kind follow. */
interface StoredIndex {
  version: number;
  head: string;
  docs: Record<keyof IndexParts["docs"], number>;
  chunks: number;
}

const DOC_MAPS = ["documentIds", "fieldLength", "storedFields"] as const;
const partKey = (kind: string, i: number) => `${INDEX_KEY}/${kind}/${i}`;

/** Every part's meta key, in order (the same order as partsOf's values). */
function partKeys(counts: Pick<StoredIndex, "docs" | "chunks">): string[] {
  const keys = DOC_MAPS.flatMap((name) =>
    Array.from({ length: counts.docs[name] }, (_, i) => partKey(name, i)),
  );
  for (let i = 0; i < counts.chunks; i++) keys.push(partKey("terms", i));
  return keys;
}

/** Read a stored index's parts back (one request each: no single huge value to clone at once). */
async function readParts(db: TidingsDb, stored: StoredIndex): Promise<IndexParts | undefined> {
  const values = (await db.meta.bulkGet(partKeys(stored))).map((e) => e?.value);
  if (values.some((v) => typeof v !== "string")) return undefined;
  const strings = values as string[];
  const docs = {} as IndexParts["docs"];
  let at = 0;
  for (const name of DOC_MAPS) docs[name] = strings.slice(at, (at += stored.docs[name]));
  return { head: stored.head, docs, chunks: strings.slice(at) };
}
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
    const stored = (await db.meta.get(INDEX_KEY))?.value as StoredIndex | undefined;
    const parts = stored?.version === INDEX_VERSION ? await readParts(db, stored) : undefined;
    let index: MiniSearch<SearchDoc>;
    if (parts) {
      index = await indexFromParts<SearchDoc>(parts, OPTIONS);
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
    const counts = {
      docs: Object.fromEntries(
        DOC_MAPS.map((name) => [name, parts.docs[name].length]),
      ) as StoredIndex["docs"],
      chunks: parts.chunks.length,
    };
    const keys = partKeys(counts);
    const values = [...DOC_MAPS.flatMap((name) => parts.docs[name]), ...parts.chunks];
    await this.db.transaction("rw", [this.db.meta, this.db.searchDirty], async () => {
      // One part per request, each awaited: the index of 20,000 texts is tens of MB, and cloning
      // it in one put would block the page for that long.
      for (let i = 0; i < keys.length; i++) await this.db.meta.put({ key: keys[i]!, value: values[i] });
      const stale = (await this.db.meta.where("key").startsWith(`${INDEX_KEY}/`).primaryKeys()).filter(
        (k) => !keys.includes(k),
      );
      await this.db.meta.bulkDelete(stale);
      const head: StoredIndex = { version: INDEX_VERSION, head: parts.head, ...counts };
      await this.db.meta.put({ key: INDEX_KEY, value: head });
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
