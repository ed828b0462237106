/** One self-contained HTML file: a contents list, then every article with its source and date. */
import { sanitizeArticleHtml } from "../../extract/sanitize.js";
import type { SavedArticle } from "../types.js";
import { escapeHtml, type ExportFile } from "./types.js";

type Win = Window & typeof globalThis;

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#1d2326}
header.doc{border-bottom:1px solid #ccc;margin-bottom:2rem}article{margin:3rem 0;border-top:1px solid #ddd}
.meta{font:14px/1.4 system-ui,sans-serif;color:#5b6568}img{max-width:100%;height:auto}`;

function meta(a: SavedArticle): string {
  const parts = [
    a.siteName,
    a.byline,
    a.publishedTime?.slice(0, 10),
    a.tags.length ? `#${a.tags.join(" #")}` : null,
  ];
  return parts
    .filter(Boolean)
    .map((p) => escapeHtml(String(p)))
    .join(" · ");
}

export function exportHtml(articles: SavedArticle[], win: Win = window, now = Date.now()): ExportFile {
  const day = new Date(now).toISOString().slice(0, 10);
  const toc = articles.map((a, i) => `<li><a href="#a${i + 1}">${escapeHtml(a.title)}</a></li>`).join("\n");
  const body = articles.map((a, i) => {
    const content = a.linkOnly ? `<p><em>Link only.</em></p>` : sanitizeArticleHtml(a.content, win);
    return `<article id="a${i + 1}"><h2>${escapeHtml(a.title)}</h2>
<p class="meta">${meta(a)} · <a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>
${content}</article>`;
  });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tidings library — ${day}</title>
<style>${STYLE}</style></head><body>
<header class="doc"><h1>Tidings library</h1><p class="meta">${articles.length} articles, exported ${day}</p>
<ol>${toc}</ol></header>
${body.join("\n")}
</body></html>
`;
  return {
    name: `tidings-library-${day}.html`,
    type: "text/html",
    blob: new Blob([html], { type: "text/html" }),
  };
}
