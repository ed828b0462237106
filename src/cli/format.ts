/** An Article as JSON, plain text or Markdown. */
import TurndownService from "turndown";
import { gfm } from "@joplin/turndown-plugin-gfm";
import type { Article } from "../extract/types";
import type { Format } from "./args";

function header(article: Article): string[] {
  const by = [article.byline, article.siteName].filter(Boolean).join(" — ");
  const src = [article.source && `Source: ${article.source}`, article.publishedTime]
    .filter(Boolean)
    .join(" · ");
  return [by, src].filter(Boolean);
}

function toMarkdown(article: Article): string {
  const turndown = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
  });
  turndown.use(gfm);
  const front = Object.entries({
    title: article.title,
    url: article.url,
    byline: article.byline,
    site: article.siteName,
    source: article.source,
    published: article.publishedTime,
    lang: article.lang,
  })
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${front.join("\n")}\n---\n\n# ${article.title}\n\n${turndown.turndown(article.content)}\n`;
}

export function formatArticle(article: Article, format: Format): string {
  if (format === "json") return JSON.stringify(article, null, 2) + "\n";
  if (format === "markdown") return toMarkdown(article);
  return [article.title, ...header(article), "", article.textContent, ""].join("\n");
}
