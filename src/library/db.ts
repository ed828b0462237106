/**
 * The library's IndexedDB database, in the extension origin (never the content script: that is
 * the page's origin). Schema changes add a new `version(n)` with an upgrade; never edit an old one.
 *
 * v1: articles (whole Articles). v2: articles keeps the light row (listing 20,000 stays fast),
 * bodies the content and text; searchDirty marks ids the search index must catch up on; meta
 * holds the serialised search index and flags.
 */
import { Dexie, type EntityTable, type Transaction } from "dexie";
import { normalizeUrl } from "./normalize-url.js";
import type { ArticleBody, ArticleSummary } from "./types.js";

export const DB_NAME = "tidings";

export interface DirtyMark {
  /** An article id, or "batch:…" for a mark that covers `ids`. */
  id: string;
  /** A counter: the index clears a mark only if nobody re-marked it meanwhile. */
  seq: number;
  /** A batch (an import): one row instead of 20,000 (each IndexedDB put costs ~0.2 ms). */
  ids?: string[];
}

/** The article ids a mark covers. */
export const markedIds = (m: DirtyMark): string[] => m.ids ?? [m.id];

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const SCHEMA_V1 = { articles: "&id, &url, savedAt" };
export const SCHEMA_V2 = {
  articles: "&id, &url, normUrl, savedAt, *tags",
  bodies: "&id",
  searchDirty: "&id",
  meta: "&key",
};

/** v1 → v2: move bodies out, add the library state with its defaults, mark all for indexing. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const articles = tx.table("articles");
  const old = (await articles.toArray()) as Record<string, unknown>[];
  await tx.table("bodies").bulkPut(
    old.map((row): ArticleBody => ({
      id: String(row.id),
      content: String(row.content ?? ""),
      textContent: String(row.textContent ?? ""),
      highlights: null,
    })),
  );
  await tx.table("searchDirty").bulkPut(old.map((row): DirtyMark => ({ id: String(row.id), seq: 0 })));
  await articles.bulkPut(
    old.map((row) => {
      const rest = { ...row };
      delete rest.content;
      delete rest.textContent;
      return {
        ...rest,
        normUrl: normalizeUrl(String(row.url ?? "")),
        tags: [],
        archived: false,
        favourite: false,
        progress: 0,
        linkOnly: false,
      };
    }),
  );
}

export class TidingsDb extends Dexie {
  articles!: EntityTable<ArticleSummary, "id">;
  bodies!: EntityTable<ArticleBody, "id">;
  searchDirty!: EntityTable<DirtyMark, "id">;
  meta!: EntityTable<MetaEntry, "key">;

  constructor(name = DB_NAME, { upTo = 2 }: { upTo?: 1 | 2 } = {}) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    if (upTo >= 2) this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

let shared: TidingsDb | undefined;

/** The one database handle of this context, opened lazily on first use. */
export function getDb(): TidingsDb {
  shared ??= new TidingsDb();
  return shared;
}

/** Close and forget the shared handle (tests delete the database between cases). */
export async function resetDb(): Promise<void> {
  shared?.close();
  shared = undefined;
  await Dexie.delete(DB_NAME);
}

/** Mark ids for the search index (inside the caller's transaction). */
export function markDirty(db: TidingsDb, ids: string[]): Promise<unknown> {
  const seq = Date.now() + Math.random();
  if (ids.length > 20) return db.searchDirty.put({ id: `batch:${seq}`, seq, ids });
  return db.searchDirty.bulkPut(ids.map((id) => ({ id, seq })));
}
