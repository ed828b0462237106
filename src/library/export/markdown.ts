/**
 * Markdown per article (turndown + GFM tables) with YAML front matter; several articles go into
 * one ZIP, one file each.
 */
import TurndownService from "turndown";
import { gfm } from "@joplin/turndown-plugin-gfm";
import { zipSync, strToU8 } from "fflate";
import type { SavedArticle } from "../types.js";
import { isoDay, slugify, uniqueNamer, type ExportFile } from "./types.js";

let service: TurndownService | undefined;

function turndown(html: string): string {
  service ??= new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
  }).use(gfm);
  return service.turndown(html);
}

/** A YAML scalar: always double-quoted JSON strings, which YAML reads as they are. */
const yaml = (value: string) => JSON.stringify(value);

export function frontMatter(a: SavedArticle): string {
  const lines = [
    `title: ${yaml(a.title)}`,
    `url: ${yaml(a.url)}`,
    a.siteName && `site: ${yaml(a.siteName)}`,
    a.source && `source: ${yaml(a.source)}`,
    a.byline && `author: ${yaml(a.byline)}`,
    a.publishedTime && `published: ${yaml(a.publishedTime)}`,
    `saved: ${yaml(isoDay(a.savedAt))}`,
    a.tags.length ? `tags:\n${a.tags.map((t) => `  - ${yaml(t)}`).join("\n")}` : "tags: []",
    `archived: ${a.archived}`,
    `favourite: ${a.favourite}`,
    a.linkOnly && "link_only: true",
  ];
  return `---\n${lines.filter(Boolean).join("\n")}\n---\n`;
}

export function articleMarkdown(a: SavedArticle): string {
  const body = a.linkOnly ? `[${a.url}](${a.url})` : turndown(a.content);
  const highlights = a.highlights ? `\n\n## Highlights\n\n${a.highlights.trim()}` : "";
  return `${frontMatter(a)}\n# ${a.title}\n\n${body}${highlights}\n`;
}

export function exportMarkdown(articles: SavedArticle[], now = Date.now()): ExportFile {
  if (articles.length === 1) {
    const a = articles[0]!;
    return {
      name: `${slugify(a.title)}.md`,
      type: "text/markdown",
      blob: new Blob([articleMarkdown(a)], { type: "text/markdown" }),
    };
  }
  const name = uniqueNamer();
  const files = Object.fromEntries(
    articles.map((a) => [name(slugify(a.title), "md"), strToU8(articleMarkdown(a))]),
  );
  return {
    name: `tidings-markdown-${new Date(now).toISOString().slice(0, 10)}.zip`,
    type: "application/zip",
    blob: new Blob([zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
  };
}
