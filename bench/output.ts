/** What the scorers read of one extractor's output on one page (no Node imports: bundled into pages too). */
import type { ExtractResult } from "../src/extract/index.js";

export interface Output {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}

/** Tidings' answer as the scorers read it: no output for a "no article". */
export function outputOf(result: ExtractResult): Output | null {
  if (result.kind !== "article") return null;
  const a = result.article;
  return {
    text: a.textContent,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    lang: a.lang,
    dir: a.dir,
    excerpt: a.excerpt,
  };
}

/** "article", or the reason there is none. */
export function verdictOf(result: ExtractResult): string {
  return result.kind === "article" ? "article" : result.reason;
}
