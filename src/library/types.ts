import type { Article } from "../extract/types.js";

/** An Article as the library keeps it. */
export interface SavedArticle extends Article {
  /** crypto.randomUUID(), kept across re-saves of the same URL. */
  id: string;
  /** When the article was first saved (ms since epoch); the list is ordered by it. */
  savedAt: number;
  /** When it was last written (ms since epoch). */
  updatedAt: number;
}
