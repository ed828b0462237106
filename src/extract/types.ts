import type { StageMs } from "./stopwatch";

/** The clean article Tidings shows and keeps. See docs/architecture.md ("The Article"). */
export interface Article {
  /** Canonical URL when the page declares one, else the document URL. */
  url: string;
  title: string;
  /** Authors joined: "Jane Doe, John Roe". */
  byline: string | null;
  /** The publisher: "TRT World". */
  siteName: string | null;
  /** The credited wire or agency: "Reuters". */
  source: string | null;
  /** ISO 8601, as precise as the page states ("2025-03-21" or with time and offset). */
  publishedTime: string | null;
  lang: string | null;
  dir: "ltr" | "rtl" | null;
  excerpt: string | null;
  /** Sanitised HTML of the article body. */
  content: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  leadImage: string | null;
}

/** Why a page gave no article; the popup turns each into a sentence. */
export type NoArticleReason = "empty-page" | "not-an-article" | "too-short";

export interface NoArticle {
  kind: "no-article";
  reason: NoArticleReason;
  /** A sentence a reader can act on. */
  message: string;
}

export type ExtractResult = { kind: "article"; article: Article } | NoArticle;

export interface ExtractOptions {
  /** The document's URL: resolves relative links and is the fallback for `url` and `siteName`. */
  url: string;
  /** The clock, injected so that "future date" checks are testable. */
  now?: Date;
  /**
   * A window whose DOM DOMPurify supports, for sanitising (default: the document's own window).
   * In Node, parse with linkedom and pass a jsdom window here.
   */
  sanitizerWindow?: (Window & typeof globalThis) | null;
  /**
   * The caller hands the document over (parsed for this one call, never read again): work on it
   * directly instead of on a clone, which the CLI spares. Off by default: the extractor never
   * changes a document it was only lent.
   */
  consumeDocument?: boolean;
  /**
   * With consumeDocument: another copy of the page, made as the first was (the CLI parses its HTML
   * again), for the rare second reading without the clutter rules. Without it a consumed document
   * gets none; a lent one is cloned again.
   */
  reparse?: () => Document;
  /**
   * Elements of `doc` in the middle of the reader's view (the content script's elementFromPoint):
   * on a page an endless scroll filled with several stories, the one they lie in is read.
   */
  inView?: readonly Element[];
  /** Benchmarks only: each stage's milliseconds are added to this record (see stopwatch.ts). */
  stageMs?: StageMs;
}
