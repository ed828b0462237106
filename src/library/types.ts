import type { Article } from "../extract/types.js";

/** What the library adds to an Article: the reader's own state. */
export interface LibraryState {
  /** normalizeUrl(url): duplicates merge on it (fragment, utm_*, fbclid removed). */
  normUrl: string;
  tags: string[];
  archived: boolean;
  favourite: boolean;
  /** Reading progress, 0 (not started) to 1 (finished). */
  progress: number;
  /** Imported without content (Pocket, Instapaper, bookmarks): opening the page fills it in. */
  linkOnly: boolean;
  /** Highlights and notes as Markdown (Omnivore), kept with the article. */
  highlights: string | null;
}

/** An Article as the library keeps it. */
export interface SavedArticle extends Article, LibraryState {
  /** crypto.randomUUID(), kept across re-saves of the same URL. */
  id: string;
  /** When the article was first saved (ms since epoch); the list is ordered by it. */
  savedAt: number;
  /** When it was last written (ms since epoch). */
  updatedAt: number;
}

/** The heavy part of an article, stored apart so that listing 20,000 rows stays light. */
export interface ArticleBody {
  id: string;
  content: string;
  textContent: string;
  highlights: string | null;
}

/** One row of the `articles` table (schema v2): everything but the body. */
export type ArticleSummary = Omit<SavedArticle, keyof Omit<ArticleBody, "id">>;

/** Split an article into its stored row and body. */
export function splitArticle(a: SavedArticle): { row: ArticleSummary; body: ArticleBody } {
  const { content, textContent, highlights, ...row } = a;
  return { row, body: { id: a.id, content, textContent, highlights } };
}

export function joinArticle(row: ArticleSummary, body: ArticleBody | undefined): SavedArticle {
  return {
    ...row,
    content: body?.content ?? "",
    textContent: body?.textContent ?? "",
    highlights: body?.highlights ?? null,
  };
}
