/** An Article as JSON, plain text or Markdown. */
import type { Article } from "../extract/types";
import type { Format } from "./args";

function header(article: Article): string[] {
  const by = [article.byline, article.siteName].filter(Boolean).join(" — ");
  const src = [article.source && `Source: ${article.source}`, article.publishedTime]
    .filter(Boolean)
    .join(" · ");
  return [by, src].filter(Boolean);
}

async function toMarkdown(article: Article): Promise<string> {
  // Loaded on demand: Turndown builds its HTML parser when loaded, which the JSON and text
  // formats and the batch never need.
  const [{ default: TurndownService }, { gfm }] = await Promise.all([
    import("turndown"),
    import("@joplin/turndown-plugin-gfm"),
  ]);
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

export async function formatArticle(article: Article, format: Format): Promise<string> {
  if (format === "json") return JSON.stringify(article, null, 2) + "\n";
  if (format === "markdown") return toMarkdown(article);
  return [article.title, ...header(article), "", article.textContent, ""].join("\n");
}
