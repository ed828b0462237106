/** The article as Markdown (GitHub flavour: tables, strikethrough), for "Copy as Markdown". */
import TurndownService from "turndown";
import { gfm } from "@joplin/turndown-plugin-gfm";
import type { Article } from "../extract/types.js";

export function articleMarkdown(
  article: Pick<Article, "title" | "url" | "byline" | "content">,
  meta: { source: string; date: string | null },
): string {
  const turndown = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
  });
  turndown.use(gfm);
  const lines = [`# ${article.title}`, ""];
  const credit = [meta.source, article.byline, meta.date].filter(Boolean).join(" · ");
  if (credit) lines.push(`_${credit}_`, "");
  if (/^https?:/i.test(article.url)) lines.push(`<${article.url}>`, "");
  return `${lines.join("\n")}\n${turndown.turndown(article.content)}\n`;
}
