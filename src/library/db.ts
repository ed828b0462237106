/**
 * The library's IndexedDB database, in the extension origin (never the content script: that is
 * the page's origin). Schema changes add a new `version(n)` with an upgrade; never edit version 1.
 */
import { Dexie, type EntityTable } from "dexie";
import type { SavedArticle } from "./types.js";

export const DB_NAME = "tidings";

export class TidingsDb extends Dexie {
  articles!: EntityTable<SavedArticle, "id">;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // &id primary key, &url unique, savedAt for newest-first listing.
      articles: "&id, &url, savedAt",
    });
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
