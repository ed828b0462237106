/** Export one article, a selection or everything, in one of four formats. */
import { getDb, type TidingsDb } from "../db.js";
import { guard } from "../errors.js";
import { joinArticle, type SavedArticle } from "../types.js";
import { exportEpub } from "./epub.js";
import { exportHtml } from "./html.js";
import { exportMarkdown } from "./markdown.js";
import { exportTidingsJson } from "./tidings-json.js";
import type { ExportFile } from "./types.js";

export type ExportFormat = "json" | "markdown" | "html" | "epub";

/** The articles with ids (null: all), newest first, read in slices. */
export async function articlesForExport(
  ids: string[] | null,
  { db = getDb() }: { db?: TidingsDb } = {},
): Promise<SavedArticle[]> {
  return guard(async () => {
    const rows = ids
      ? (await db.articles.bulkGet(ids)).filter((r) => r !== undefined)
      : await db.articles.orderBy("savedAt").reverse().toArray();
    const out: SavedArticle[] = [];
    for (let i = 0; i < rows.length; i += 1_000) {
      const part = rows.slice(i, i + 1_000);
      const bodies = await db.bodies.bulkGet(part.map((r) => r.id));
      part.forEach((row, j) => out.push(joinArticle(row, bodies[j])));
    }
    return out;
  });
}

export async function exportArticles(
  format: ExportFormat,
  ids: string[] | null,
  { db = getDb(), win = window }: { db?: TidingsDb; win?: Window & typeof globalThis } = {},
): Promise<ExportFile> {
  const articles = await articlesForExport(ids, { db });
  switch (format) {
    case "json":
      return exportTidingsJson(articles);
    case "markdown":
      return exportMarkdown(articles);
    case "html":
      return exportHtml(articles, win);
    case "epub":
      return exportEpub(articles, { win });
  }
}

export type { ExportFile } from "./types.js";
